package org.researchml.core.ensemble;

import java.util.Arrays;
import java.util.Random;

/**
 * Grows one tree of a {@link HistogramRandomForest} on binned features; shared read-only by the forest's threads.
 */
final class TreeGrower {

    private final byte[][] bins;
    private final double[][] cuts;
    private final int[] labels;
    private final int featuresPerSplit;
    private final int maxDepth;
    private final int minLeafSize;

    /** A grown tree with its per-feature Gini decrease (not yet divided by the bag size) and split count. */
    record Result(HistogramRandomForest.Tree tree, double[] impurityDecrease, double[] splitCount) {
    }

    TreeGrower(byte[][] bins, double[][] cuts, int[] labels, int featuresPerSplit, int maxDepth, int minLeafSize) {
        this.bins = bins;
        this.cuts = cuts;
        this.labels = labels;
        this.featuresPerSplit = featuresPerSplit;
        this.maxDepth = maxDepth;
        this.minLeafSize = minLeafSize;
    }

    /** Mutable node arrays of the tree being grown. */
    private static final class Nodes {
        int count;
        int[] feature = new int[1024];
        double[] threshold = new double[1024];
        int[] left = new int[1024];
        int[] right = new int[1024];
        double[] eventFraction = new double[1024];

        int add() {
            if (count == feature.length) {
                int size = count * 2;
                feature = Arrays.copyOf(feature, size);
                threshold = Arrays.copyOf(threshold, size);
                left = Arrays.copyOf(left, size);
                right = Arrays.copyOf(right, size);
                eventFraction = Arrays.copyOf(eventFraction, size);
            }
            feature[count] = -1;
            return count++;
        }
    }

    Result grow(int bagSize, Random random) {
        int n = labels.length;
        int[] rows = new int[bagSize];
        for (int k = 0; k < bagSize; k++) {
            rows[k] = random.nextInt(n);
        }
        int p = bins.length;
        double[] decrease = new double[p];
        double[] splits = new double[p];
        Nodes nodes = new Nodes();
        int[] scratch = new int[bagSize];
        long[][] histogram = new long[HistogramRandomForest.MAX_BINS][2];
        int[] order = new int[p];
        for (int j = 0; j < p; j++) {
            order[j] = j;
        }
        build(nodes, rows, scratch, 0, bagSize, 1, random, histogram, order, decrease, splits);
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("Growing a tree was interrupted.");
        }
        HistogramRandomForest.Tree tree = new HistogramRandomForest.Tree(Arrays.copyOf(nodes.feature, nodes.count),
                Arrays.copyOf(nodes.threshold, nodes.count), Arrays.copyOf(nodes.left, nodes.count),
                Arrays.copyOf(nodes.right, nodes.count), Arrays.copyOf(nodes.eventFraction, nodes.count));
        return new Result(tree, decrease, splits);
    }

    private int build(Nodes nodes, int[] rows, int[] scratch, int start, int end, int depth, Random random,
            long[][] histogram, int[] order, double[] decrease, double[] splits) {
        int node = nodes.add();
        long events = 0;
        for (int k = start; k < end; k++) {
            events += labels[rows[k]];
        }
        long size = end - start;
        nodes.eventFraction[node] = (double) events / size;
        boolean depthReached = maxDepth > 0 && depth > maxDepth;
        if (depthReached || size < 2L * minLeafSize || events == 0 || events == size) {
            return node;
        }

        double parentImpurity = 2.0 * events * (size - events) / size;
        double bestDecrease = 1e-12;
        int bestFeature = -1;
        int bestBin = -1;
        // Partial Fisher-Yates shuffle picks the features tried at this node.
        for (int f = 0; f < featuresPerSplit; f++) {
            int pick = f + random.nextInt(order.length - f);
            int feature = order[pick];
            order[pick] = order[f];
            order[f] = feature;

            int binCount = cuts[feature].length + 1;
            for (int b = 0; b < binCount; b++) {
                histogram[b][0] = 0;
                histogram[b][1] = 0;
            }
            byte[] column = bins[feature];
            for (int k = start; k < end; k++) {
                int row = rows[k];
                histogram[column[row] & 0xFF][labels[row]]++;
            }
            long leftAll = 0;
            long leftEvents = 0;
            for (int b = 0; b < binCount - 1; b++) {
                leftAll += histogram[b][0] + histogram[b][1];
                leftEvents += histogram[b][1];
                long rightAll = size - leftAll;
                if (leftAll < minLeafSize) {
                    continue;
                }
                if (rightAll < minLeafSize) {
                    break;
                }
                long rightEvents = events - leftEvents;
                double children = 2.0 * leftEvents * (leftAll - leftEvents) / leftAll
                        + 2.0 * rightEvents * (rightAll - rightEvents) / rightAll;
                double gain = parentImpurity - children;
                if (gain > bestDecrease) {
                    bestDecrease = gain;
                    bestFeature = feature;
                    bestBin = b;
                }
            }
        }
        if (bestFeature < 0 || Thread.currentThread().isInterrupted()) {
            return node;
        }

        byte[] column = bins[bestFeature];
        int leftEnd = start;
        int rightStart = end;
        for (int k = start; k < end; k++) {
            int row = rows[k];
            if ((column[row] & 0xFF) <= bestBin) {
                rows[leftEnd++] = row;
            } else {
                scratch[--rightStart] = row;
            }
        }
        System.arraycopy(scratch, rightStart, rows, rightStart, end - rightStart);
        decrease[bestFeature] += bestDecrease;
        splits[bestFeature]++;
        nodes.feature[node] = bestFeature;
        nodes.threshold[node] = cuts[bestFeature][bestBin];
        int leftChild = build(nodes, rows, scratch, start, leftEnd, depth + 1, random, histogram, order, decrease,
                splits);
        int rightChild = build(nodes, rows, scratch, leftEnd, end, depth + 1, random, histogram, order, decrease,
                splits);
        nodes.left[node] = leftChild;
        nodes.right[node] = rightChild;
        return node;
    }
}

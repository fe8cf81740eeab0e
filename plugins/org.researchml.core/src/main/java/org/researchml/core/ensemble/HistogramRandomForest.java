package org.researchml.core.ensemble;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Weka classifier for two classes: a random forest whose trees search splits on per-feature quantile bins.
 *
 * <p>Each feature is cut into at most {@link #MAX_BINS} bins at quantiles of the training values, so a node finds
 * its best split from a class histogram per tried feature instead of sorting its rows. Trees are grown on bootstrap
 * samples, try a random subset of features at each node, choose the split with the largest Gini decrease and stop at
 * the maximum depth, at the minimum leaf size or when the node is pure. A tree's output is the event fraction of the
 * bootstrap rows in the leaf, and the forest averages the trees.
 */
public class HistogramRandomForest extends AbstractClassifier {

    private static final long serialVersionUID = 1L;

    /** Maximum number of bins per feature. */
    static final int MAX_BINS = 256;

    /** Rows sampled per feature to find the quantile cut points. */
    private static final int QUANTILE_SAMPLE = 200_000;

    private int numberOfTrees = 100;
    private int maxDepth = 16;
    private int minLeafSize = 5;
    private int featuresPerSplit;
    private int bagSizePercent = 100;
    private int executionSlots = 1;
    private int seed = 1;

    private Tree[] trees;
    private double[] impurityDecrease;
    private double[] splitCount;

    /** One tree in array form; node 0 is the root and a leaf has feature -1. */
    static final class Tree implements Serializable {
        private static final long serialVersionUID = 1L;
        final int[] feature;
        final double[] threshold;
        final int[] left;
        final int[] right;
        final double[] eventFraction;

        Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] eventFraction) {
            this.feature = feature;
            this.threshold = threshold;
            this.left = left;
            this.right = right;
            this.eventFraction = eventFraction;
        }

        double predict(double[] x) {
            int node = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return eventFraction[node];
        }
    }

    public void setNumberOfTrees(int numberOfTrees) {
        this.numberOfTrees = numberOfTrees;
    }

    /** Sets the maximum depth; 0 means unlimited. */
    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public void setMinLeafSize(int minLeafSize) {
        this.minLeafSize = minLeafSize;
    }

    /** Sets the features tried per split; 0 means {@code floor(log2(feature count)) + 1}. */
    public void setFeaturesPerSplit(int featuresPerSplit) {
        this.featuresPerSplit = featuresPerSplit;
    }

    public void setBagSizePercent(int bagSizePercent) {
        this.bagSizePercent = bagSizePercent;
    }

    public void setExecutionSlots(int executionSlots) {
        this.executionSlots = executionSlots;
    }

    public void setSeed(int seed) {
        this.seed = seed;
    }

    @Override
    public Capabilities getCapabilities() {
        Capabilities capabilities = super.getCapabilities();
        capabilities.disableAll();
        capabilities.enable(Capability.NUMERIC_ATTRIBUTES);
        capabilities.enable(Capability.BINARY_CLASS);
        return capabilities;
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        DenseMatrices.requireBinaryNumeric(data, "Histogram random forest");
        int n = data.numInstances();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = DenseMatrices.features(data.instance(i));
            y[i] = (int) data.instance(i).classValue();
        }
        fit(x, y);
    }

    void fit(double[][] x, int[] y) throws InterruptedException, ExecutionException {
        int p = x[0].length;
        double[][] cuts = new double[p][];
        byte[][] bins = new byte[p][];
        for (int j = 0; j < p; j++) {
            cuts[j] = quantileCuts(x, j, new Random(seed + 31L * j));
            bins[j] = binColumn(x, j, cuts[j]);
        }
        int tried = featuresPerSplit > 0 ? Math.min(featuresPerSplit, p) : (int) (Math.log(p) / Math.log(2)) + 1;
        TreeGrower grower = new TreeGrower(bins, cuts, y, tried, maxDepth, minLeafSize);
        int bagSize = Math.max(1, (int) Math.round(x.length * bagSizePercent / 100.0));

        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, executionSlots));
        try {
            List<Future<TreeGrower.Result>> futures = new ArrayList<>();
            for (int t = 0; t < numberOfTrees; t++) {
                Random random = new Random(seed * 1_000_003L + t);
                futures.add(executor.submit(() -> grower.grow(bagSize, random)));
            }
            trees = new Tree[numberOfTrees];
            impurityDecrease = new double[p];
            splitCount = new double[p];
            for (int t = 0; t < numberOfTrees; t++) {
                TreeGrower.Result result = futures.get(t).get();
                trees[t] = result.tree();
                for (int j = 0; j < p; j++) {
                    impurityDecrease[j] += result.impurityDecrease()[j] / ((double) bagSize * numberOfTrees);
                    splitCount[j] += result.splitCount()[j];
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** Returns ascending cut points at quantiles of a column; a value {@code v} falls in the first bin with v <= cut. */
    private static double[] quantileCuts(double[][] x, int column, Random random) {
        int n = x.length;
        int sampleSize = Math.min(n, QUANTILE_SAMPLE);
        double[] sample = new double[sampleSize];
        for (int k = 0; k < sampleSize; k++) {
            int row = sampleSize == n ? k : random.nextInt(n);
            sample[k] = x[row][column];
        }
        Arrays.sort(sample);
        double[] cuts = new double[MAX_BINS - 1];
        int count = 0;
        for (int b = 1; b < MAX_BINS; b++) {
            int index = (int) ((long) b * sampleSize / MAX_BINS);
            if (index >= sampleSize - 1) {
                break;
            }
            // The cut lies midway between neighbouring distinct values, as in exact tree learners.
            double cut = (sample[index] + sample[index + 1]) / 2;
            if (sample[index] < sample[index + 1] && (count == 0 || cut > cuts[count - 1])) {
                cuts[count++] = cut;
            }
        }
        return Arrays.copyOf(cuts, count);
    }

    private static byte[] binColumn(double[][] x, int column, double[] cuts) {
        byte[] bins = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            int position = Arrays.binarySearch(cuts, x[i][column]);
            int bin = position >= 0 ? position : -position - 1;
            bins[i] = (byte) bin;
        }
        return bins;
    }

    /** Returns the mean event fraction over the trees for one feature vector in training column order. */
    double eventProbability(double[] features) {
        double sum = 0;
        for (Tree tree : trees) {
            sum += tree.predict(features);
        }
        return sum / trees.length;
    }

    @Override
    public double[] distributionForInstance(Instance instance) {
        double probability = eventProbability(DenseMatrices.features(instance));
        return new double[] {1 - probability, probability};
    }

    /**
     * Returns the Gini decrease of the splits on each feature, weighted by the node's share of the bootstrap rows
     * and averaged over the trees (mean decrease in impurity).
     */
    public double[] impurityDecrease() {
        return impurityDecrease.clone();
    }

    /** Returns the number of nodes over all trees that split on each feature. */
    public double[] splitCount() {
        return splitCount.clone();
    }

    @Override
    public String toString() {
        if (trees == null) {
            return "Histogram random forest: not trained";
        }
        return "Histogram random forest of " + trees.length + " trees (max depth " + maxDepth + ", min leaf size "
                + minLeafSize + ")";
    }
}

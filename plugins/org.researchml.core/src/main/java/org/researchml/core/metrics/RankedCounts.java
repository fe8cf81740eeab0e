package org.researchml.core.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Cumulative true and false positive counts when every distinct score, in decreasing order,
 * is used as threshold ("positive" means score &ge; threshold).
 */
record RankedCounts(double[] thresholds, long[] truePositives, long[] falsePositives, long positives, long negatives) {

    static RankedCounts of(int[] truth, double[] score) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed());

        double[] thresholds = new double[score.length];
        long[] tps = new long[score.length];
        long[] fps = new long[score.length];
        int distinct = 0;
        long tp = 0;
        long fp = 0;
        for (int rank = 0; rank < order.length; rank++) {
            int sample = order[rank];
            if (truth[sample] == 1) {
                tp++;
            } else {
                fp++;
            }
            // Record a point only after the last sample of a run of equal scores, so ties share one point.
            boolean lastOfTie = rank == order.length - 1 || score[order[rank + 1]] != score[sample];
            if (lastOfTie) {
                thresholds[distinct] = score[sample];
                tps[distinct] = tp;
                fps[distinct] = fp;
                distinct++;
            }
        }
        return new RankedCounts(Arrays.copyOf(thresholds, distinct), Arrays.copyOf(tps, distinct),
                Arrays.copyOf(fps, distinct), tp, fp);
    }
}

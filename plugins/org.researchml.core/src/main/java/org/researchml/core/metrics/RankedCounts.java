package org.researchml.core.metrics;

import java.util.Arrays;

/**
 * Cumulative true and false positive counts when every distinct score, in decreasing order,
 * is used as threshold ("positive" means score &ge; threshold).
 */
record RankedCounts(double[] thresholds, long[] truePositives, long[] falsePositives, long positives, long negatives) {

    /** Counts from scores without NaN and 0/1 truth of equal length. */
    static RankedCounts of(int[] truth, double[] score) {
        // Sorting the scores of each class as primitives avoids boxing one object per sample.
        int positiveCount = 0;
        for (int label : truth) {
            positiveCount += label;
        }
        double[] positiveScores = new double[positiveCount];
        double[] negativeScores = new double[truth.length - positiveCount];
        int p = 0;
        int n = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == 1) {
                positiveScores[p++] = score[i];
            } else {
                negativeScores[n++] = score[i];
            }
        }
        Arrays.sort(positiveScores);
        Arrays.sort(negativeScores);

        // Walk both sorted arrays from the highest score down and emit one point per distinct score.
        double[] thresholds = new double[truth.length];
        long[] tps = new long[truth.length];
        long[] fps = new long[truth.length];
        int distinct = 0;
        int nextPositive = positiveScores.length - 1;
        int nextNegative = negativeScores.length - 1;
        long tp = 0;
        long fp = 0;
        while (nextPositive >= 0 || nextNegative >= 0) {
            double threshold;
            if (nextNegative < 0 || (nextPositive >= 0 && positiveScores[nextPositive] > negativeScores[nextNegative])) {
                threshold = positiveScores[nextPositive];
            } else {
                threshold = negativeScores[nextNegative];
            }
            while (nextPositive >= 0 && positiveScores[nextPositive] == threshold) {
                tp++;
                nextPositive--;
            }
            while (nextNegative >= 0 && negativeScores[nextNegative] == threshold) {
                fp++;
                nextNegative--;
            }
            thresholds[distinct] = threshold;
            tps[distinct] = tp;
            fps[distinct] = fp;
            distinct++;
        }
        return new RankedCounts(Arrays.copyOf(thresholds, distinct), Arrays.copyOf(tps, distinct),
                Arrays.copyOf(fps, distinct), tp, fp);
    }
}

package org.researchml.core.metrics;

import java.util.Arrays;

/**
 * Receiver operating characteristic curve of a score against 0/1 truth.
 *
 * <p>There is one point per distinct score, taken as threshold in decreasing order, where
 * "positive" means score &ge; threshold. The curve starts at (0, 0) with threshold +&infin;.
 * Tied scores move the curve diagonally, so the trapezoidal area equals the Mann-Whitney
 * probability that a random positive sample scores above a random negative one, counting ties as 1/2.
 *
 * @param falsePositiveRates FP / negatives at each point, from 0 to 1
 * @param truePositiveRates TP / positives at each point, from 0 to 1
 * @param thresholds score threshold at each point, decreasing from {@link Double#POSITIVE_INFINITY}
 */
public record RocCurve(double[] falsePositiveRates, double[] truePositiveRates, double[] thresholds) {

    /**
     * Computes the curve.
     *
     * @throws IllegalArgumentException if the arrays differ in length, a score is NaN, a label is not 0/1,
     *     or the truth lacks either class (the curve is then undefined)
     */
    public static RocCurve of(int[] truth, double[] score) {
        SampleValidation.requireScores(truth, score);
        RankedCounts counts = RankedCounts.of(truth, score);
        if (counts.positives() == 0 || counts.negatives() == 0) {
            throw new IllegalArgumentException("The ROC curve needs both classes, but truth has "
                    + counts.positives() + " positive and " + counts.negatives()
                    + " negative samples. Evaluate on data that contains events and non-events.");
        }
        int points = counts.thresholds().length + 1;
        double[] fpr = new double[points];
        double[] tpr = new double[points];
        double[] thresholds = new double[points];
        thresholds[0] = Double.POSITIVE_INFINITY;
        for (int k = 0; k < counts.thresholds().length; k++) {
            fpr[k + 1] = (double) counts.falsePositives()[k] / counts.negatives();
            tpr[k + 1] = (double) counts.truePositives()[k] / counts.positives();
            thresholds[k + 1] = counts.thresholds()[k];
        }
        return new RocCurve(fpr, tpr, thresholds);
    }

    /** Returns the area under the curve by the trapezoidal rule, from 0 to 1. */
    public double area() {
        double area = 0;
        for (int k = 1; k < falsePositiveRates.length; k++) {
            double width = falsePositiveRates[k] - falsePositiveRates[k - 1];
            area += width * (truePositiveRates[k] + truePositiveRates[k - 1]) / 2;
        }
        return area;
    }

    /** Returns the number of points. */
    public int size() {
        return thresholds.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RocCurve that
                && Arrays.equals(falsePositiveRates, that.falsePositiveRates)
                && Arrays.equals(truePositiveRates, that.truePositiveRates)
                && Arrays.equals(thresholds, that.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(falsePositiveRates) + Arrays.hashCode(truePositiveRates))
                + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "RocCurve[points=" + size() + ", area=" + area() + "]";
    }
}

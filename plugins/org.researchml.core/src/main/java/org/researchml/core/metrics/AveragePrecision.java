package org.researchml.core.metrics;

/**
 * Average precision, the area under the precision-recall curve as scikit-learn's
 * {@code average_precision_score} defines it (checked against scikit-learn 1.2).
 *
 * <p>AP = &Sigma;<sub>k</sub> (R<sub>k</sub> &minus; R<sub>k&minus;1</sub>) P<sub>k</sub>, where k runs over the
 * distinct scores in decreasing order used as thresholds, P<sub>k</sub> and R<sub>k</sub> are precision and
 * recall at that threshold and R<sub>0</sub> = 0. This step sum does not interpolate between points, so it
 * is not the trapezoidal area, which overestimates a precision-recall curve.
 */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * Computes average precision of a score against 0/1 truth.
     *
     * @return the average precision from 0 to 1, or NaN when the truth has no positive sample
     * @throws IllegalArgumentException if the arrays differ in length, a score is NaN or a label is not 0/1
     */
    public static double of(int[] truth, double[] score) {
        SampleValidation.requireScores(truth, score);
        RankedCounts counts = RankedCounts.of(truth, score);
        if (counts.positives() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        double previousRecall = 0;
        for (int k = 0; k < counts.thresholds().length; k++) {
            long tp = counts.truePositives()[k];
            double precision = (double) tp / (tp + counts.falsePositives()[k]);
            double recall = (double) tp / counts.positives();
            sum += (recall - previousRecall) * precision;
            previousRecall = recall;
        }
        return sum;
    }
}

package org.researchml.core.metrics;

/**
 * Sample-level confusion matrix of a binary detector, with the ratios derived from it.
 *
 * <p>A ratio whose denominator is zero (for example precision when nothing was predicted
 * positive) is {@link Double#NaN}, because it is undefined rather than zero.
 *
 * @param truePositives samples with truth 1 and prediction 1
 * @param falsePositives samples with truth 0 and prediction 1
 * @param trueNegatives samples with truth 0 and prediction 0
 * @param falseNegatives samples with truth 1 and prediction 0
 */
public record ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    public ConfusionMatrix {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("Confusion matrix counts must not be negative, but got TP="
                    + truePositives + ", FP=" + falsePositives + ", TN=" + trueNegatives + ", FN=" + falseNegatives + ".");
        }
    }

    /**
     * Counts the four cells from 0/1 truth and 0/1 predictions of equal length.
     *
     * @throws IllegalArgumentException if the lengths differ or a value is not 0/1
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " samples but predicted has "
                    + predicted.length + ". Pass arrays of equal length.");
        }
        SampleValidation.requireBinary(truth, "truth");
        SampleValidation.requireBinary(predicted, "predicted");
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean actual = truth[i] == 1;
            boolean positive = predicted[i] == 1;
            if (actual && positive) {
                tp++;
            } else if (positive) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /** Returns the number of samples. */
    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** Returns TP / (TP + FP), or NaN when nothing was predicted positive. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Returns the sensitivity TP / (TP + FN), or NaN when the truth has no positive sample. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Returns TN / (TN + FP), or NaN when the truth has no negative sample. */
    public double specificity() {
        return ratio(trueNegatives, trueNegatives + falsePositives);
    }

    /** Returns (TP + TN) / total, or NaN for an empty matrix. */
    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /**
     * Returns the harmonic mean of precision and recall, 2 TP / (2 TP + FP + FN).
     * It is NaN only when TP, FP and FN are all zero.
     */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}

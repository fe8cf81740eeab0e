package org.researchml.core.metrics;

/** Checks the per-sample inputs shared by the metrics and names the offending value in each error. */
final class SampleValidation {

    private SampleValidation() {
    }

    static void requireSameLength(int[] truth, double[] probability) {
        if (truth == null || probability == null) {
            throw new IllegalArgumentException("truth and probability must not be null.");
        }
        if (truth.length != probability.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " samples but probability has "
                    + probability.length + ". Both must cover the same samples.");
        }
    }

    static void requireBinaryLabels(int[] truth) {
        requireBinary(truth, "truth");
    }

    static void requireBinary(int[] labels, String name) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + labels[i]
                        + " but labels must be 0 (no event) or 1 (event). Recode the " + name + " column to 0/1.");
            }
        }
    }

    static void requireNoNaN(double[] probability) {
        for (int i = 0; i < probability.length; i++) {
            if (Double.isNaN(probability[i])) {
                throw new IllegalArgumentException("probability[" + i + "] is NaN. Remove or impute that sample"
                        + " before computing metrics.");
            }
        }
    }

    static void requireSamplingRate(double samplingRateHz) {
        if (!(samplingRateHz > 0) || Double.isInfinite(samplingRateHz)) {
            throw new IllegalArgumentException("samplingRateHz is " + samplingRateHz
                    + " but must be a positive finite number of samples per second.");
        }
    }

    static void requireThreshold(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN. Pass the probability above which a sample"
                    + " counts as detected, for example 0.5.");
        }
    }

    /** Validates scores for ranking metrics (ROC, average precision). */
    static void requireScores(int[] truth, double[] probability) {
        requireSameLength(truth, probability);
        requireBinaryLabels(truth);
        requireNoNaN(probability);
    }
}

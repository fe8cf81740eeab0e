package org.researchml.core.metrics;

import java.util.Collection;

import org.researchml.core.image.BinaryMask;

/**
 * Pixel counts of a binary segmentation against its ground truth, and the scores derived from them.
 *
 * <p>Scores over a set of images come from pooled counts ({@link #pooled}), so large images
 * weigh more than small ones. A score whose denominator is zero is defined as 1 when both the
 * prediction and the ground truth are empty (nothing to find, nothing found) and as 0 otherwise.
 *
 * @param truePositives foreground pixels predicted as foreground
 * @param falsePositives background pixels predicted as foreground
 * @param falseNegatives foreground pixels predicted as background
 * @param trueNegatives background pixels predicted as background
 */
public record SegmentationScores(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public SegmentationScores {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("Pixel counts must not be negative.");
        }
    }

    /**
     * Counts the pixels of a prediction against its ground truth.
     *
     * @throws IllegalArgumentException if the masks differ in size
     */
    public static SegmentationScores compare(BinaryMask truth, BinaryMask prediction) {
        if (truth.width() != prediction.width() || truth.height() != prediction.height()) {
            throw new IllegalArgumentException("Prediction " + prediction.name() + " is " + prediction.width() + "x"
                    + prediction.height() + " but ground truth " + truth.name() + " is " + truth.width() + "x"
                    + truth.height() + "; compare masks of the same image.");
        }
        boolean[] expected = truth.foreground();
        boolean[] actual = prediction.foreground();
        long truePositives = 0;
        long falsePositives = 0;
        long falseNegatives = 0;
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] && expected[i]) {
                truePositives++;
            } else if (actual[i]) {
                falsePositives++;
            } else if (expected[i]) {
                falseNegatives++;
            }
        }
        long trueNegatives = expected.length - truePositives - falsePositives - falseNegatives;
        return new SegmentationScores(truePositives, falsePositives, falseNegatives, trueNegatives);
    }

    /** Adds the counts of several images. */
    public static SegmentationScores pooled(Collection<SegmentationScores> scores) {
        SegmentationScores sum = new SegmentationScores(0, 0, 0, 0);
        for (SegmentationScores score : scores) {
            sum = sum.plus(score);
        }
        return sum;
    }

    /** Returns the sum of these counts and another's. */
    public SegmentationScores plus(SegmentationScores other) {
        return new SegmentationScores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    /** Returns the total number of pixels. */
    public long pixelCount() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Returns intersection over union (Jaccard index): TP / (TP + FP + FN). */
    public double iou() {
        return ratio(truePositives, truePositives + falsePositives + falseNegatives);
    }

    /** Returns the Dice coefficient (F1 score): 2 TP / (2 TP + FP + FN). */
    public double dice() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** Returns precision: TP / (TP + FP). */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Returns recall (sensitivity): TP / (TP + FN). */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Returns pixel accuracy: (TP + TN) / all pixels. */
    public double pixelAccuracy() {
        return ratio(truePositives + trueNegatives, pixelCount());
    }

    private double ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return truePositives + falsePositives + falseNegatives == 0 ? 1.0 : 0.0;
        }
        return (double) numerator / denominator;
    }
}

package org.researchml.core.segmentation;

import org.researchml.core.image.IntensityNormalization;

/**
 * Settings of a U-Net training run.
 *
 * @param architecture network shape
 * @param loss training loss
 * @param patchSize side of the square training patches in pixels
 * @param batchSize patches per training step
 * @param stepsPerEpoch training steps per epoch
 * @param maxEpochs largest number of epochs
 * @param learningRate initial Adam learning rate
 * @param learningRateDecay factor applied to the learning rate after each epoch, 0 to 1 (1 keeps it)
 * @param foregroundFraction share of patches (0..1) centred on a foreground pixel
 * @param augmentation random changes applied to patches
 * @param normalization how raw intensities are mapped: min-max, or 1st and 99th percentile
 * @param earlyStoppingPatience epochs without a better validation IoU before training stops
 * @param threshold probability from which a pixel is predicted as foreground
 * @param validationOverlap tile overlap in pixels when predicting validation images
 * @param seed seed of weights, patch sampling and augmentation; the same seed repeats a run
 */
public record TrainingConfig(UNetArchitecture architecture, SegmentationLoss loss, int patchSize, int batchSize,
        int stepsPerEpoch, int maxEpochs, double learningRate, double learningRateDecay, double foregroundFraction,
        Augmentation augmentation, IntensityNormalization.Method normalization, int earlyStoppingPatience,
        double threshold, int validationOverlap, long seed) {

    public TrainingConfig {
        architecture.checkTileSize(patchSize);
        requirePositive("Batch size", batchSize);
        requirePositive("Steps per epoch", stepsPerEpoch);
        requirePositive("Maximum epochs", maxEpochs);
        requirePositive("Early stopping patience", earlyStoppingPatience);
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("Learning rate is " + learningRate + "; use a positive value such as 0.001.");
        }
        if (!(learningRateDecay > 0 && learningRateDecay <= 1)) {
            throw new IllegalArgumentException("Learning rate decay is " + learningRateDecay
                    + "; use a factor above 0 and at most 1, such as 0.95.");
        }
        if (!(foregroundFraction >= 0 && foregroundFraction <= 1)) {
            throw new IllegalArgumentException("Foreground patch fraction is " + foregroundFraction + "; use 0 to 1.");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("Threshold is " + threshold + "; use a probability between 0 and 1.");
        }
        if (validationOverlap < 0 || validationOverlap >= patchSize) {
            throw new IllegalArgumentException("Validation overlap is " + validationOverlap + "; use 0 to "
                    + (patchSize - 1) + " pixels.");
        }
    }

    /**
     * Returns settings for a U-Net of the given shape with Adam at 0.001, BCE plus Dice loss,
     * half of the patches on foreground, standard augmentation and percentile normalization.
     */
    public static TrainingConfig defaults(UNetArchitecture architecture, int patchSize, int batchSize,
            int stepsPerEpoch, int maxEpochs) {
        return new TrainingConfig(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE, patchSize, batchSize,
                stepsPerEpoch, maxEpochs, 1e-3, 0.95, 0.5, Augmentation.STANDARD,
                IntensityNormalization.Method.PERCENTILE, 5, 0.5, patchSize / 4, 42);
    }

    /** Returns a copy with another seed. */
    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(architecture, loss, patchSize, batchSize, stepsPerEpoch, maxEpochs, learningRate,
                learningRateDecay, foregroundFraction, augmentation, normalization, earlyStoppingPatience, threshold,
                validationOverlap, newSeed);
    }

    /** Returns a copy with another augmentation. */
    public TrainingConfig withAugmentation(Augmentation newAugmentation) {
        return new TrainingConfig(architecture, loss, patchSize, batchSize, stepsPerEpoch, maxEpochs, learningRate,
                learningRateDecay, foregroundFraction, newAugmentation, normalization, earlyStoppingPatience,
                threshold, validationOverlap, seed);
    }

    /** Returns a copy with another loss. */
    public TrainingConfig withLoss(SegmentationLoss newLoss) {
        return new TrainingConfig(architecture, newLoss, patchSize, batchSize, stepsPerEpoch, maxEpochs, learningRate,
                learningRateDecay, foregroundFraction, augmentation, normalization, earlyStoppingPatience, threshold,
                validationOverlap, seed);
    }

    private static void requirePositive(String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " is " + value + "; use at least 1.");
        }
    }
}

package org.researchml.core.segmentation;

/**
 * Result of one training epoch.
 *
 * @param epoch epoch number from 1
 * @param steps training steps (minibatches) in this epoch
 * @param meanLoss mean training loss over the epoch's steps
 * @param validationIou intersection over union on the validation images, pooled over them;
 *        {@code NaN} without validation images
 * @param validationDice Dice coefficient on the validation images; {@code NaN} without them
 * @param learningRate learning rate used in this epoch
 * @param durationSeconds wall-clock time of training and validation
 */
public record EpochRecord(int epoch, int steps, double meanLoss, double validationIou, double validationDice,
        double learningRate, double durationSeconds) {
}

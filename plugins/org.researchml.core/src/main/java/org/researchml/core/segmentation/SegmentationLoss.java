package org.researchml.core.segmentation;

/** Training loss of a one-class U-Net. */
public enum SegmentationLoss {
    /** Mean binary cross-entropy over all pixels. */
    BINARY_CROSS_ENTROPY(1, 0),
    /** Soft Dice loss over all pixels of a minibatch. */
    SOFT_DICE(0, 1),
    /** Sum of mean binary cross-entropy and soft Dice loss. */
    CROSS_ENTROPY_PLUS_DICE(1, 1);

    private final double crossEntropyWeight;
    private final double diceWeight;

    SegmentationLoss(double crossEntropyWeight, double diceWeight) {
        this.crossEntropyWeight = crossEntropyWeight;
        this.diceWeight = diceWeight;
    }

    /** Returns the DL4J loss function that computes this loss on sigmoid outputs. */
    public CrossEntropyDiceLoss toLossFunction() {
        return new CrossEntropyDiceLoss(crossEntropyWeight, diceWeight);
    }
}

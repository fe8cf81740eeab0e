package org.researchml.core.segmentation;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Weighted sum of mean binary cross-entropy and soft Dice loss, as a DL4J loss function.
 *
 * <p>{@code L = crossEntropyWeight * mean(BCE) + diceWeight * (1 - (2 sum(p y) + 1) / (sum(p) + sum(y) + 1))}
 * where {@code p} are the predicted probabilities and {@code y} the labels. DL4J's CNN loss layer
 * passes all pixels of a minibatch as rows of one matrix, so the Dice term is computed over the
 * whole minibatch rather than per image. The smoothing constant 1 keeps the loss defined for
 * tiles without foreground.
 *
 * <p>A mask array, if given, must have one column or as many columns as the output and
 * excludes pixels where it is 0.
 */
public final class CrossEntropyDiceLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;
    private static final double SMOOTHING = 1.0;
    private static final double PROBABILITY_CLIP = 1e-7;

    private final double crossEntropyWeight;
    private final double diceWeight;

    @JsonCreator
    public CrossEntropyDiceLoss(@JsonProperty("crossEntropyWeight") double crossEntropyWeight,
            @JsonProperty("diceWeight") double diceWeight) {
        if (crossEntropyWeight < 0 || diceWeight < 0 || crossEntropyWeight + diceWeight <= 0) {
            throw new IllegalArgumentException("Loss weights " + crossEntropyWeight + " and " + diceWeight
                    + " are invalid; both must be non-negative and at least one positive.");
        }
        this.crossEntropyWeight = crossEntropyWeight;
        this.diceWeight = diceWeight;
    }

    @JsonProperty("crossEntropyWeight")
    public double getCrossEntropyWeight() {
        return crossEntropyWeight;
    }

    @JsonProperty("diceWeight")
    public double getDiceWeight() {
        return diceWeight;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        INDArray probabilities = probabilities(preOutput, activationFn);
        INDArray weights = weights(labels, mask);
        double pixelCount = weights.sumNumber().doubleValue();
        double crossEntropySum = crossEntropy(labels, probabilities).muli(weights).sumNumber().doubleValue();
        double loss = crossEntropyWeight * crossEntropySum / Math.max(pixelCount, 1)
                + diceWeight * diceLoss(labels, probabilities, weights);
        return average ? loss : loss * labels.size(0);
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        // NOTE: the Dice term is not a sum over rows, so each row gets an equal share of it.
        INDArray probabilities = probabilities(preOutput, activationFn);
        INDArray weights = weights(labels, mask);
        double pixelCount = Math.max(weights.sumNumber().doubleValue(), 1);
        INDArray perRow = crossEntropy(labels, probabilities).muli(weights).sum(1).muli(crossEntropyWeight / pixelCount);
        double diceShare = diceWeight * diceLoss(labels, probabilities, weights) / labels.size(0);
        return perRow.addi(diceShare).reshape(labels.size(0), 1);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray probabilities = probabilities(preOutput, activationFn);
        INDArray weights = weights(labels, mask);
        double pixelCount = Math.max(weights.sumNumber().doubleValue(), 1);

        // d mean(BCE) / dp = (p - y) / (p (1 - p)) / pixelCount
        INDArray oneMinusP = probabilities.rsub(1.0);
        INDArray gradient = probabilities.sub(labels).divi(probabilities.mul(oneMinusP)).muli(crossEntropyWeight / pixelCount);

        if (diceWeight > 0) {
            // D = 1 - (2I + s) / (S + s), I = sum(w p y), S = sum(w p) + sum(w y):
            // dD/dp = -(2 y (S + s) - (2I + s)) / (S + s)^2
            double intersection = probabilities.mul(labels).muli(weights).sumNumber().doubleValue();
            double total = probabilities.mul(weights).sumNumber().doubleValue() + labels.mul(weights).sumNumber().doubleValue();
            double denominator = total + SMOOTHING;
            INDArray diceGradient = labels.mul(2 * denominator).subi(2 * intersection + SMOOTHING)
                    .divi(-denominator * denominator).muli(diceWeight);
            gradient.addi(diceGradient);
        }
        gradient.muli(weights);
        return activationFn.backprop(preOutput.dup(), gradient).getFirst();
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return toString();
    }

    @Override
    public String toString() {
        return "CrossEntropyDiceLoss(crossEntropyWeight=" + crossEntropyWeight + ", diceWeight=" + diceWeight + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrossEntropyDiceLoss loss && loss.crossEntropyWeight == crossEntropyWeight
                && loss.diceWeight == diceWeight;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(crossEntropyWeight) * 31 + Double.hashCode(diceWeight);
    }

    private static INDArray probabilities(INDArray preOutput, IActivation activationFn) {
        INDArray probabilities = activationFn.getActivation(preOutput.dup(), false);
        return Transforms.max(Transforms.min(probabilities, 1 - PROBABILITY_CLIP, false), PROBABILITY_CLIP, false);
    }

    private static INDArray crossEntropy(INDArray labels, INDArray probabilities) {
        INDArray logP = Transforms.log(probabilities, true);
        INDArray logOneMinusP = Transforms.log(probabilities.rsub(1.0), false);
        return labels.mul(logP).addi(labels.rsub(1.0).muli(logOneMinusP)).negi();
    }

    private static INDArray weights(INDArray labels, INDArray mask) {
        if (mask == null) {
            return Nd4j.onesLike(labels);
        }
        if (mask.columns() == labels.columns()) {
            return mask.castTo(labels.dataType());
        }
        if (mask.columns() == 1) {
            return Nd4j.onesLike(labels).muliColumnVector(mask.castTo(labels.dataType()));
        }
        throw new IllegalArgumentException("Mask array has " + mask.columns() + " columns but the output has "
                + labels.columns() + "; use one column per pixel or one per output channel.");
    }

    private double diceLoss(INDArray labels, INDArray probabilities, INDArray weights) {
        if (diceWeight == 0) {
            return 0;
        }
        double intersection = probabilities.mul(labels).muli(weights).sumNumber().doubleValue();
        double total = probabilities.mul(weights).sumNumber().doubleValue() + labels.mul(weights).sumNumber().doubleValue();
        return 1 - (2 * intersection + SMOOTHING) / (total + SMOOTHING);
    }
}

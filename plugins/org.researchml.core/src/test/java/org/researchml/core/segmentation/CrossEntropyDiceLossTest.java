package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CrossEntropyDiceLossTest {

    private static final ActivationSigmoid SIGMOID = new ActivationSigmoid();

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void scoreMatchesHandFormula() {
        double[] z = {0.5, -1.0, 2.0, 0.0};
        double[] y = {1, 0, 1, 0};
        INDArray preOutput = Nd4j.createFromArray(z).reshape(4, 1);
        INDArray labels = Nd4j.createFromArray(y).reshape(4, 1);

        double crossEntropy = 0;
        double intersection = 0;
        double total = 0;
        for (int i = 0; i < 4; i++) {
            double p = sigmoid(z[i]);
            crossEntropy -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
            intersection += p * y[i];
            total += p + y[i];
        }
        double dice = 1 - (2 * intersection + 1) / (total + 1);

        assertEquals(crossEntropy / 4, SegmentationLoss.BINARY_CROSS_ENTROPY.toLossFunction()
                .computeScore(labels, preOutput, SIGMOID, null, true), 1e-9);
        assertEquals(dice, SegmentationLoss.SOFT_DICE.toLossFunction()
                .computeScore(labels, preOutput, SIGMOID, null, true), 1e-9);
        assertEquals(crossEntropy / 4 + dice, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE.toLossFunction()
                .computeScore(labels, preOutput, SIGMOID, null, true), 1e-9);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        CrossEntropyDiceLoss loss = new CrossEntropyDiceLoss(0.7, 1.3);
        INDArray preOutput = Nd4j.createFromArray(0.3, -0.8, 1.5, -2.0, 0.1, 0.9).reshape(6, 1);
        INDArray labels = Nd4j.createFromArray(1.0, 0.0, 1.0, 1.0, 0.0, 0.0).reshape(6, 1);

        INDArray gradient = loss.computeGradient(labels, preOutput, SIGMOID, null);

        double step = 1e-6;
        for (int i = 0; i < 6; i++) {
            INDArray plus = preOutput.dup();
            plus.putScalar(i, 0, plus.getDouble(i, 0) + step);
            INDArray minus = preOutput.dup();
            minus.putScalar(i, 0, minus.getDouble(i, 0) - step);
            double numeric = (loss.computeScore(labels, plus, SIGMOID, null, true)
                    - loss.computeScore(labels, minus, SIGMOID, null, true)) / (2 * step);
            assertEquals(numeric, gradient.getDouble(i, 0), 1e-6, "row " + i);
        }
        assertEquals(DataType.DOUBLE, gradient.dataType());
    }

    @Test
    void maskExcludesRows() {
        CrossEntropyDiceLoss loss = SegmentationLoss.CROSS_ENTROPY_PLUS_DICE.toLossFunction();
        INDArray preOutput = Nd4j.createFromArray(0.3, -0.8, 5.0).reshape(3, 1);
        INDArray labels = Nd4j.createFromArray(1.0, 0.0, 0.0).reshape(3, 1);
        INDArray mask = Nd4j.createFromArray(1.0, 1.0, 0.0).reshape(3, 1);

        double masked = loss.computeScore(labels, preOutput, SIGMOID, mask, true);
        double firstTwo = loss.computeScore(labels.get(Nd4j.createFromArray(0, 1)),
                preOutput.get(Nd4j.createFromArray(0, 1)), SIGMOID, null, true);

        assertEquals(firstTwo, masked, 1e-9);
        assertEquals(0, loss.computeGradient(labels, preOutput, SIGMOID, mask).getDouble(2, 0));
    }

    @Test
    void networkScoreConvertsToMeanLoss() {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 2, 2, false, 0.0,
                UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION);
        ComputationGraph network = UNetGraphFactory.build(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE,
                new FixedSchedule(1e-3), 8, 9);
        INDArray features = Nd4j.rand(DataType.FLOAT, 3, 8, 8, 1);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 3, 8, 8, 1).gt(0.7).castTo(DataType.FLOAT);

        double score = network.score(new org.nd4j.linalg.dataset.MultiDataSet(features, labels));

        float[] p = network.outputSingle(features).ravel().toFloatVector();
        float[] y = labels.ravel().toFloatVector();
        double crossEntropy = 0;
        double intersection = 0;
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            crossEntropy -= y[i] * Math.log(p[i]) + (1 - y[i]) * Math.log(1 - p[i]);
            intersection += p[i] * y[i];
            total += p[i] + y[i];
        }
        double expected = crossEntropy / p.length + 1 - (2 * intersection + 1) / (total + 1);
        assertEquals(expected, UNetTrainer.meanLoss(score, 8, TileLayout.of(network)), 1e-4);
    }
}

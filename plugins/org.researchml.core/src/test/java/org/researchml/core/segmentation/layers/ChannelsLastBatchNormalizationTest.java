package org.researchml.core.segmentation.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class ChannelsLastBatchNormalizationTest {

    private static ComputationGraph network(BatchNormalization normalization, boolean separateRelu) {
        ComputationGraphConfiguration.GraphBuilder builder = new NeuralNetConfiguration.Builder().seed(2)
                .updater(new Sgd(0.1))
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(5, 6, 3, CNN2DFormat.NHWC))
                .addLayer("bn", normalization, "in");
        String last = "bn";
        if (separateRelu) {
            builder.addLayer("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "bn");
            last = "relu";
        }
        ComputationGraph graph = new ComputationGraph(builder
                .addLayer("out", new CnnLossLayer.Builder(LossFunctions.LossFunction.MSE)
                        .activation(Activation.IDENTITY).format(CNN2DFormat.NHWC).build(), last)
                .setOutputs("out")
                .build());
        graph.init();
        return graph;
    }

    private static BatchNormalization dl4j(boolean logStd) {
        BatchNormalization normalization = new BatchNormalization.Builder().dataFormat(CNN2DFormat.NHWC).build();
        normalization.setUseLogStd(logStd);
        return normalization;
    }

    private static BatchNormalization ours(boolean logStd, boolean relu) {
        BatchNormalization normalization = new ChannelsLastBatchNormalization(CNN2DFormat.NHWC, relu);
        normalization.setUseLogStd(logStd);
        return normalization;
    }

    /** Asserts equality to a tolerance relative to the magnitude, or absolute below 1. */
    private static void assertClose(float[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance * Math.max(1, Math.abs(expected[i])), "index " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"true, false", "false, false", "true, true"})
    void matchesDl4jBatchNormalization(boolean logStd, boolean relu) {
        ComputationGraph expected = network(dl4j(logStd), relu);
        ComputationGraph actual = network(ours(logStd, relu), false);
        // Shifted and scaled input moves the running statistics, gamma and beta. Centred labels make a
        // ReLU output pass gradient at some pixels and not at others.
        INDArray features = Nd4j.rand(DataType.FLOAT, 4, 5, 6, 3).muli(3).addi(2);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 4, 5, 6, 3).subi(0.5);
        MultiDataSet batch = new MultiDataSet(features, labels);
        INDArray initial = actual.params().dup();

        for (ComputationGraph graph : new ComputationGraph[] {expected, actual}) {
            graph.setInputs(features);
            graph.setLabels(labels);
            graph.computeGradientAndScore();
        }

        assertInstanceOf(ChannelsLastBatchNormalizationLayer.class, actual.getLayer("bn"));
        assertEquals(expected.score(), actual.score(), 1e-5);
        // DL4J sums in another order, so float rounding differs by a few units in the fifth digit.
        assertClose(expected.gradient().gradient().toFloatVector(), actual.gradient().gradient().toFloatVector(),
                1e-4);
        for (int step = 0; step < 5; step++) {
            expected.fit(batch);
            actual.fit(batch);
        }
        assertNotEquals(initial, actual.params(), "training must change gamma, beta and the running statistics");
        assertClose(expected.params().toFloatVector(), actual.params().toFloatVector(), 1e-4);
        INDArray test = Nd4j.rand(DataType.FLOAT, 2, 5, 6, 3);
        assertArrayEquals(expected.outputSingle(false, test).ravel().toFloatVector(),
                actual.outputSingle(false, test).ravel().toFloatVector(), 1e-5f);
        assertArrayEquals(expected.outputSingle(true, test).ravel().toFloatVector(),
                actual.outputSingle(true, test).ravel().toFloatVector(), 1e-5f);
    }
}

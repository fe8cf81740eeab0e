package org.researchml.core.segmentation.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.researchml.core.segmentation.OneDnnSupport;

class ChannelsLastConvolutionTest {

    private static ComputationGraph network(CNN2DFormat format, Activation activation, boolean bias, int kernel,
            CacheMode cacheMode) {
        ConvolutionLayer.Builder convolution = new ConvolutionLayer.Builder(kernel, kernel).dataFormat(format)
                .nOut(4).activation(activation).hasBias(bias);
        ComputationGraph graph = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(2)
                .convolutionMode(ConvolutionMode.Same)
                .cacheMode(cacheMode)
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(8, 7, 3, format))
                .addLayer("conv", format == CNN2DFormat.NHWC ? new ChannelsLastConvolution(convolution)
                        : convolution.build(), "in")
                .addLayer("out", new CnnLossLayer.Builder(LossFunctions.LossFunction.MSE)
                        .activation(Activation.IDENTITY).format(format).build(), "conv")
                .setOutputs("out")
                .build());
        graph.init();
        return graph;
    }

    @ParameterizedTest
    @CsvSource({"IDENTITY, false, 3, NONE", "IDENTITY, true, 1, DEVICE", "RELU, false, 3, NONE",
        "RELU, true, 3, NONE", "RELU, true, 3, DEVICE", "RELU, true, 1, DEVICE"})
    void gradientsMatchChannelsFirst(Activation activation, boolean bias, int kernel, CacheMode cacheMode) {
        OneDnnSupport.enable();
        ComputationGraph first = network(CNN2DFormat.NCHW, activation, bias, kernel, cacheMode);
        ComputationGraph last = network(CNN2DFormat.NHWC, activation, bias, kernel, cacheMode);
        last.setParams(first.params());
        // Centred input, so that a ReLU cuts off about half of the pre-activations.
        INDArray features = Nd4j.rand(DataType.FLOAT, 2, 3, 8, 7).subi(0.5);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 2, 4, 8, 7);

        first.setInputs(features);
        first.setLabels(labels);
        first.computeGradientAndScore();
        last.setInputs(features.permute(0, 2, 3, 1).dup('c'));
        last.setLabels(labels.permute(0, 2, 3, 1).dup('c'));
        last.computeGradientAndScore();

        assertInstanceOf(ChannelsLastConvolutionLayer.class, last.getLayer("conv"));
        assertInstanceOf(MKLDNNConvHelper.class, last.getLayer("conv").getHelper());
        // NOTE: scores are not compared, because DL4J's CnnLossLayer scores channels-last output as if it were
        // channels first; its gradient is right.
        assertArrayEquals(first.gradient().gradient().toFloatVector(), last.gradient().gradient().toFloatVector(),
                1e-5f);
        INDArray expected = first.outputSingle(features);
        INDArray actual = last.outputSingle(features.permute(0, 2, 3, 1).dup('c'));
        assertArrayEquals(expected.permute(0, 2, 3, 1).dup('c').ravel().toFloatVector(),
                actual.ravel().toFloatVector(), 1e-5f);
    }
}

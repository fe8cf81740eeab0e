package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.researchml.core.segmentation.layers.ChannelsLastBatchNormalizationLayer;
import org.researchml.core.segmentation.layers.ChannelsLastConvolutionLayer;

class UNetGraphFactoryTest {

    private static ComputationGraph tiny(UNetArchitecture architecture, int tileSize) {
        return UNetGraphFactory.build(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE,
                new FixedSchedule(1e-3), tileSize, 7);
    }

    @Test
    void outputKeepsTileSizeForEveryDepth() {
        for (int depth = 2; depth <= 5; depth++) {
            for (UNetArchitecture.Decoder decoder : UNetArchitecture.Decoder.values()) {
                UNetArchitecture architecture = new UNetArchitecture(1, 1, depth, 2, depth % 2 == 0, 0.1, decoder);
                ComputationGraph graph = tiny(architecture, 32);

                INDArray output = graph.outputSingle(Nd4j.rand(2, 48, 32, 1));

                assertArrayEquals(new long[] {2, 48, 32, 1}, output.shape(), architecture.toString());
                assertTrue(output.minNumber().doubleValue() >= 0, architecture.toString());
                assertTrue(output.maxNumber().doubleValue() <= 1, architecture.toString());
            }
        }
    }

    @Test
    void filtersDoublePerLevel() {
        UNetArchitecture architecture = UNetArchitecture.of(4, 16);
        ComputationGraph graph = tiny(architecture, 32);

        assertEquals(128, architecture.filters(3));
        assertArrayEquals(new long[] {128, 64, 3, 3}, graph.getLayer("enc3_conv1").getParam("W").shape());
        assertArrayEquals(new long[] {16, 32, 3, 3}, graph.getLayer("dec0_conv1").getParam("W").shape());
    }

    @Test
    void architectureJsonRoundTrip() {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 3, 8, false, 0.25,
                UNetArchitecture.Decoder.UPSAMPLING_CONVOLUTION);

        UNetArchitecture parsed = UNetArchitecture.fromJson(architecture.toJson());

        assertEquals(architecture, parsed);
        assertNotEquals(UNetArchitecture.of(3, 8), parsed);
        assertTrue(architecture.toString().contains("baseFilters=8"), architecture.toString());
    }

    @Test
    void tileSizeNotMultipleRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UNetArchitecture.of(4, 8).checkTileSize(100));

        assertTrue(error.getMessage().contains("Tile size 100 is not a multiple of 8"), error.getMessage());
        assertTrue(error.getMessage().contains("Use for example 104"), error.getMessage());
    }

    @Test
    void tileSizeZeroRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UNetArchitecture.of(4, 8).checkTileSize(0));

        assertTrue(error.getMessage().contains("Tile size 0 is not positive"), error.getMessage());
    }

    @Test
    void depthOutOfRangeRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UNetArchitecture.of(6, 8));

        assertTrue(error.getMessage().contains("use 2 to 5 levels"), error.getMessage());
    }

    @Test
    void convolutionsUseOneDnnHelper() {
        assertTrue(OneDnnSupport.isAvailable(), "this ND4J build lacks oneDNN; use the onednn classifier");
        ComputationGraph graph = tiny(UNetArchitecture.of(3, 4), 16);

        graph.outputSingle(Nd4j.rand(1, 16, 16, 1));

        // 3 levels x 2 in the encoder, 2 levels x 2 in the decoder, and the 1x1 output convolution.
        // DL4J has no oneDNN helper for transposed convolutions; ND4J runs unpadded ones with oneDNN itself.
        assertEquals(11, OneDnnSupport.countConvolutionHelpers(graph));
        assertInstanceOf(MKLDNNConvHelper.class, graph.getLayer("dec0_conv2").getHelper());
        assertInstanceOf(ChannelsLastConvolutionLayer.class, graph.getLayer("dec0_conv2"));
        assertInstanceOf(ChannelsLastBatchNormalizationLayer.class, graph.getLayer("enc1_bn1"));
        assertInstanceOf(MKLDNNSubsamplingHelper.class, graph.getLayer("enc2_pool").getHelper());
    }

    @ParameterizedTest
    @CsvSource({"true, TRANSPOSED_CONVOLUTION", "false, TRANSPOSED_CONVOLUTION", "true, UPSAMPLING_CONVOLUTION",
        "false, UPSAMPLING_CONVOLUTION"})
    void channelsLastComputesWhatChannelsFirstComputes(boolean batchNormalization, UNetArchitecture.Decoder decoder) {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 3, 4, batchNormalization, 0.0, decoder);
        ComputationGraph first = UNetGraphFactory.build(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE,
                new FixedSchedule(1e-2), 16, 5, CNN2DFormat.NCHW);
        ComputationGraph last = UNetGraphFactory.build(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE,
                new FixedSchedule(1e-2), 16, 5, CNN2DFormat.NHWC);
        last.setParams(first.params());
        TileLayout lastLayout = TileLayout.of(last);
        INDArray features = Nd4j.rand(DataType.FLOAT, 2, 1, 16, 16);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 2, 1, 16, 16).gt(0.7).castTo(DataType.FLOAT);

        MultiDataSet firstBatch = new MultiDataSet(features, labels);
        MultiDataSet lastBatch = new MultiDataSet(lastLayout.fromChannelsFirst(features),
                lastLayout.fromChannelsFirst(labels));
        first.setInputs(firstBatch.getFeatures());
        first.setLabels(firstBatch.getLabels());
        first.computeGradientAndScore();
        last.setInputs(lastBatch.getFeatures());
        last.setLabels(lastBatch.getLabels());
        last.computeGradientAndScore();

        assertEquals(TileLayout.CHANNELS_FIRST, TileLayout.of(first));
        assertEquals(TileLayout.CHANNELS_LAST, lastLayout);
        assertEquals(UNetTrainer.meanLoss(first.score(), 16, TileLayout.CHANNELS_FIRST),
                UNetTrainer.meanLoss(last.score(), 16, lastLayout), 1e-6);
        // Gradients of all parameters, including the steps of the running batch statistics.
        assertArrayEquals(first.gradient().gradient().toFloatVector(), last.gradient().gradient().toFloatVector(),
                1e-5f);

        for (int step = 0; step < 3; step++) {
            first.fit(firstBatch);
            last.fit(lastBatch);
        }
        float[] expected = first.outputSingle(features).ravel().toFloatVector();
        INDArray output = lastLayout.toChannelsFirst(last.outputSingle(lastLayout.fromChannelsFirst(features)));
        assertArrayEquals(new long[] {2, 1, 16, 16}, output.shape());
        assertArrayEquals(expected, output.ravel().toFloatVector(), 1e-4f);
    }

    @Test
    void cachedConvolutionOutputsGiveTheSameTrainingSteps() {
        UNetArchitecture architecture = UNetArchitecture.of(3, 4);
        ComputationGraph cached = tiny(architecture, 16);
        ComputationGraph recomputed = tiny(architecture, 16);
        recomputed.setCacheMode(CacheMode.NONE);
        MultiDataSet batch = new MultiDataSet(Nd4j.rand(DataType.FLOAT, 2, 16, 16, 1),
                Nd4j.rand(DataType.FLOAT, 2, 16, 16, 1).gt(0.7).castTo(DataType.FLOAT));

        for (int step = 0; step < 3; step++) {
            cached.fit(batch);
            recomputed.fit(batch);
        }

        assertEquals(CacheMode.DEVICE, cached.getConfiguration().getCacheMode());
        assertNotEquals(tiny(architecture, 16).params(), cached.params(), "the steps must change the weights");
        assertArrayEquals(recomputed.params().toFloatVector(), cached.params().toFloatVector(), 1e-6f);
    }

    @Test
    void unpaddedTransposedConvolutionEqualsSamePadding() {
        INDArray input = Nd4j.rand(DataType.FLOAT, 2, 5, 7, 3);
        ComputationGraph same = transposedConvolution(ConvolutionMode.Same);
        ComputationGraph truncate = transposedConvolution(ConvolutionMode.Truncate);
        truncate.setParams(same.params());

        INDArray expected = same.outputSingle(input);
        INDArray actual = truncate.outputSingle(input);

        assertArrayEquals(new long[] {2, 10, 14, 4}, actual.shape());
        assertArrayEquals(expected.ravel().toFloatVector(), actual.ravel().toFloatVector(), 1e-6f);
    }

    private static ComputationGraph transposedConvolution(ConvolutionMode mode) {
        ComputationGraph graph = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(3)
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(5, 7, 3, CNN2DFormat.NHWC))
                .addLayer("up", new Deconvolution2D.Builder(2, 2).stride(2, 2).nOut(4).dataFormat(CNN2DFormat.NHWC)
                        .convolutionMode(mode).activation(Activation.IDENTITY).build(), "in")
                .addLayer("out", new CnnLossLayer.Builder().activation(Activation.IDENTITY)
                        .format(CNN2DFormat.NHWC).build(), "up")
                .setOutputs("out")
                .build());
        graph.init();
        return graph;
    }
}

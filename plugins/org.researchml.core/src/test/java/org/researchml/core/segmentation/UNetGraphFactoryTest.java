package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.FixedSchedule;

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

                INDArray output = graph.outputSingle(Nd4j.rand(2, 1, 48, 32));

                assertArrayEquals(new long[] {2, 1, 48, 32}, output.shape(), architecture.toString());
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
    void depthOutOfRangeRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UNetArchitecture.of(6, 8));

        assertTrue(error.getMessage().contains("use 2 to 5 levels"), error.getMessage());
    }

    @Test
    void convolutionsUseOneDnnHelper() {
        assertTrue(OneDnnSupport.isAvailable(), "this ND4J build lacks oneDNN; use the onednn classifier");
        ComputationGraph graph = tiny(UNetArchitecture.of(3, 4), 16);

        graph.outputSingle(Nd4j.rand(1, 1, 16, 16));

        // 3 levels x 2 in the encoder, 2 levels x 2 in the decoder, and the 1x1 output convolution;
        // DL4J has no oneDNN helper for transposed convolutions.
        assertEquals(11, OneDnnSupport.countConvolutionHelpers(graph));
        assertInstanceOf(MKLDNNConvHelper.class, graph.getLayer("dec0_conv2").getHelper());
        assertInstanceOf(MKLDNNBatchNormHelper.class, graph.getLayer("enc1_bn1").getHelper());
        assertInstanceOf(MKLDNNSubsamplingHelper.class, graph.getLayer("enc2_pool").getHelper());
    }
}

package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

class TiledPredictorTest {

    private static ComputationGraph network;

    @BeforeAll
    static void buildNetwork() {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 2, 2, false, 0.0,
                UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION);
        network = UNetGraphFactory.build(architecture, SegmentationLoss.BINARY_CROSS_ENTROPY,
                new FixedSchedule(1e-3), 16, 5);
    }

    private static float[] randomImage(int width, int height) {
        Random random = new Random(4);
        float[] image = new float[width * height];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextFloat();
        }
        return image;
    }

    @Test
    void tileStartsCoverAxis() {
        assertEquals(List.of(0, 12, 24, 36, 44), TiledPredictor.tileStarts(60, 16, 4));
        assertEquals(List.of(0, 16), TiledPredictor.tileStarts(32, 16, 0));
        assertEquals(List.of(0), TiledPredictor.tileStarts(10, 16, 4));
    }

    @Test
    void singleTileEqualsNetworkOutput() throws CanceledException {
        float[] image = randomImage(16, 16);

        float[] tiled = new TiledPredictor(network, 16, 4, 2).predict(image, 16, 16, ProgressListener.NONE);

        float[] direct = network.outputSingle(Nd4j.create(image, new long[] {1, 16, 16, 1})).ravel().toFloatVector();
        assertArrayEquals(direct, tiled, 1e-5f);
    }

    @Test
    void blendedTilesStayBetweenTileOutputs() throws CanceledException {
        // A weighted mean of tile outputs lies between the smallest and largest tile output at each pixel.
        float[] image = randomImage(40, 24);

        float[] blended = new TiledPredictor(network, 16, 8, 3).predict(image, 40, 24, ProgressListener.NONE);
        float[] noOverlap = new TiledPredictor(network, 16, 0, 3).predict(image, 40, 24, ProgressListener.NONE);

        assertEquals(40 * 24, blended.length);
        double difference = 0;
        for (int i = 0; i < blended.length; i++) {
            assertTrue(blended[i] >= 0, "pixel " + i + " is " + blended[i]);
            assertTrue(blended[i] <= 1, "pixel " + i + " is " + blended[i]);
            difference = Math.max(difference, Math.abs(blended[i] - noOverlap[i]));
        }
        assertTrue(difference < 0.5, "max difference " + difference);
    }

    @Test
    void smallImageMirrored() throws CanceledException {
        float[] probabilities = new TiledPredictor(network, 16, 4, 1).predict(randomImage(5, 7), 5, 7,
                ProgressListener.NONE);

        assertEquals(35, probabilities.length);
    }

    @Test
    void cancelBeforeBatch() {
        ProgressListener canceled = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };

        assertThrows(CanceledException.class,
                () -> new TiledPredictor(network, 16, 4, 1).predict(randomImage(32, 32), 32, 32, canceled));
    }

    @Test
    void overlapTooLargeRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TiledPredictor(network, 16, 16, 1));

        assertTrue(error.getMessage().contains("Tile overlap 16 is invalid"), error.getMessage());
    }
}

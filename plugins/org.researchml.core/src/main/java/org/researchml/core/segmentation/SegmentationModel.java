package org.researchml.core.segmentation;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/**
 * A trained U-Net with the metadata needed to apply it: normalization, tile size and threshold.
 *
 * @param network the DL4J network
 * @param metadata settings and training history
 */
public record SegmentationModel(ComputationGraph network, SegmentationModelMetadata metadata) {

    /**
     * Predicts the foreground probability of each pixel of an image.
     *
     * @param image raw image; it is normalized with the model's {@link SegmentationModelMetadata#normalization()}
     * @param overlap tile overlap in pixels, for example a quarter of the tile size
     * @param batchSize tiles per network call
     * @param listener progress and cancellation
     * @return probabilities 0..1, row by row
     * @throws CanceledException if the listener cancels
     */
    public float[] predictProbabilities(GreyscaleImage image, int overlap, int batchSize, ProgressListener listener)
            throws CanceledException {
        TiledPredictor predictor = new TiledPredictor(network, metadata.tileSize(), overlap, batchSize);
        return predictor.predict(metadata.normalization().apply(image), image.width(), image.height(), listener);
    }

    /**
     * Creates a tiled predictor for this model's network with another tile size or overlap than the model's own.
     * Callers outside this package use it so they need no DL4J types, which the core bundle does not export.
     */
    public TiledPredictor tiledPredictor(int tileSize, int overlap, int batchSize) {
        return new TiledPredictor(network, tileSize, overlap, batchSize);
    }

    /** Returns the number of trainable parameters of the network. */
    public long parameterCount() {
        return network.numParams();
    }

    /** Thresholds probabilities at the model's threshold. */
    public BinaryMask toMask(String name, int width, int height, float[] probabilities) {
        boolean[] foreground = new boolean[probabilities.length];
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = probabilities[i] >= metadata.threshold();
        }
        return new BinaryMask(name, width, height, foreground);
    }
}

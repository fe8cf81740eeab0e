package org.researchml.core.segmentation;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/**
 * Predicts probability maps of images of any size with overlapping square tiles.
 *
 * <p>Tiles start every {@code tileSize - overlap} pixels, and the last tile of a row or column is
 * aligned with the image border. Each tile's output is weighted with a separable Hann window
 * ({@code sin^2(pi (i + 0.5) / tileSize)}), so tile centres count most and overlaps fade into
 * each other without seams; the sum is divided by the summed weights. Images smaller than a tile
 * are mirrored at their borders to fill it.
 */
public final class TiledPredictor {

    private final ComputationGraph network;
    private final TileLayout layout;
    private final int tileSize;
    private final int overlap;
    private final int batchSize;
    private final float[] window;

    /**
     * @param network trained U-Net with one output channel
     * @param tileSize tile side in pixels, a multiple of the architecture's size divisor
     * @param overlap pixels shared by neighbouring tiles, 0 to below {@code tileSize}
     * @param batchSize tiles per network call
     */
    public TiledPredictor(ComputationGraph network, int tileSize, int overlap, int batchSize) {
        if (overlap < 0 || overlap >= tileSize) {
            throw new IllegalArgumentException("Tile overlap " + overlap + " is invalid for tile size " + tileSize
                    + "; use 0 to " + (tileSize - 1) + " pixels, for example a quarter of the tile.");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batch size is " + batchSize + "; use at least 1.");
        }
        this.network = network;
        this.layout = TileLayout.of(network);
        this.tileSize = tileSize;
        this.overlap = overlap;
        this.batchSize = batchSize;
        this.window = new float[tileSize];
        for (int i = 0; i < tileSize; i++) {
            double s = Math.sin(Math.PI * (i + 0.5) / tileSize);
            window[i] = (float) (s * s);
        }
    }

    /** Returns the start positions of the tiles along an axis of {@code length} pixels. */
    static List<Integer> tileStarts(int length, int tileSize, int overlap) {
        List<Integer> starts = new ArrayList<>();
        if (length <= tileSize) {
            starts.add(0);
            return starts;
        }
        int stride = tileSize - overlap;
        for (int start = 0; ; start += stride) {
            if (start + tileSize >= length) {
                starts.add(length - tileSize);
                return starts;
            }
            starts.add(start);
        }
    }

    /**
     * Predicts the foreground probability of each pixel.
     *
     * @param intensities normalized image, row by row
     * @param width image width in pixels
     * @param height image height in pixels
     * @param listener progress per batch of tiles; cancellation is checked before each batch
     * @return probabilities 0..1, row by row
     * @throws CanceledException if the listener cancels
     */
    public float[] predict(float[] intensities, int width, int height, ProgressListener listener)
            throws CanceledException {
        List<int[]> origins = new ArrayList<>();
        for (int y : tileStarts(height, tileSize, overlap)) {
            for (int x : tileStarts(width, tileSize, overlap)) {
                origins.add(new int[] {x, y});
            }
        }
        double[] weightedSum = new double[width * height];
        double[] weightSum = new double[width * height];
        int area = tileSize * tileSize;
        for (int first = 0; first < origins.size(); first += batchSize) {
            listener.checkCanceled();
            int count = Math.min(batchSize, origins.size() - first);
            float[] batch = new float[count * area];
            for (int b = 0; b < count; b++) {
                copyTile(intensities, width, height, origins.get(first + b), batch, b * area);
            }
            INDArray input = layout.fromChannelsFirst(Nd4j.create(batch, new long[] {count, 1, tileSize, tileSize}));
            INDArray output = layout.toChannelsFirst(network.outputSingle(false, input));
            float[] probabilities = output.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).data().asFloat();
            for (int b = 0; b < count; b++) {
                accumulate(probabilities, b * area, origins.get(first + b), width, height, weightedSum, weightSum);
            }
            listener.progress((first + count) / (double) origins.size(), "Predicted " + (first + count) + " of "
                    + origins.size() + " tiles");
        }
        float[] result = new float[width * height];
        for (int i = 0; i < result.length; i++) {
            result[i] = (float) (weightedSum[i] / weightSum[i]);
        }
        return result;
    }

    private void copyTile(float[] intensities, int width, int height, int[] origin, float[] batch, int offset) {
        for (int y = 0; y < tileSize; y++) {
            int imageY = PatchSampler.mirror(origin[1] + y, height);
            for (int x = 0; x < tileSize; x++) {
                int imageX = PatchSampler.mirror(origin[0] + x, width);
                batch[offset + y * tileSize + x] = intensities[imageY * width + imageX];
            }
        }
    }

    private void accumulate(float[] probabilities, int offset, int[] origin, int width, int height,
            double[] weightedSum, double[] weightSum) {
        int rows = Math.min(tileSize, height - origin[1]);
        int columns = Math.min(tileSize, width - origin[0]);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                double weight = window[x] * window[y];
                int i = (origin[1] + y) * width + origin[0] + x;
                weightedSum[i] += weight * probabilities[offset + y * tileSize + x];
                weightSum[i] += weight;
            }
        }
    }
}

package org.researchml.core.segmentation;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Memory layout of the tile batches a U-Net takes and returns.
 *
 * <p>The rest of the segmentation code builds batches channels first, shape [tiles, channels, rows,
 * columns]. Networks that {@link UNetGraphFactory} builds are channels last; model files written by
 * earlier builds of this project are channels first. This class converts between the two so that both kinds of model
 * keep working. For one channel the conversion is a reshape, which copies nothing for contiguous arrays.
 */
public enum TileLayout {

    /** [tiles, channels, rows, columns] (DL4J's NCHW). */
    CHANNELS_FIRST,
    /** [tiles, rows, columns, channels] (DL4J's NHWC). */
    CHANNELS_LAST;

    /**
     * Returns the layout of a network's input, read from its first convolution layer.
     *
     * @throws IllegalArgumentException if the network has no 2D convolution layer
     */
    public static TileLayout of(ComputationGraph network) {
        for (Layer layer : network.getLayers()) {
            if (layer.conf().getLayer() instanceof org.deeplearning4j.nn.conf.layers.ConvolutionLayer convolution) {
                return convolution.getCnn2dDataFormat() == CNN2DFormat.NHWC ? CHANNELS_LAST : CHANNELS_FIRST;
            }
        }
        throw new IllegalArgumentException("The network has no 2D convolution layer, so it is not a U-Net.");
    }

    /** Returns a channels-first batch [tiles, channels, rows, columns] in this layout. */
    public INDArray fromChannelsFirst(INDArray batch) {
        if (this == CHANNELS_FIRST) {
            return batch;
        }
        if (batch.size(1) == 1) {
            return batch.reshape('c', batch.size(0), batch.size(2), batch.size(3), 1);
        }
        return batch.permute(0, 2, 3, 1).dup('c');
    }

    /** Returns a batch in this layout as channels first [tiles, channels, rows, columns]. */
    public INDArray toChannelsFirst(INDArray batch) {
        if (this == CHANNELS_FIRST) {
            return batch;
        }
        if (batch.size(3) == 1) {
            return batch.reshape('c', batch.size(0), 1, batch.size(1), batch.size(2));
        }
        return batch.permute(0, 3, 1, 2).dup('c');
    }
}

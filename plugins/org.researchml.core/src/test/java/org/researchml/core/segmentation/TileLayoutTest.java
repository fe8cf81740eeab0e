package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TileLayoutTest {

    @Test
    void channelsFirstLeavesBatchAlone() {
        INDArray batch = Nd4j.rand(DataType.FLOAT, 2, 3, 4, 5);

        assertSame(batch, TileLayout.CHANNELS_FIRST.fromChannelsFirst(batch));
        assertSame(batch, TileLayout.CHANNELS_FIRST.toChannelsFirst(batch));
    }

    @Test
    void channelsLastMovesEveryChannelValue() {
        INDArray batch = Nd4j.rand(DataType.FLOAT, 2, 3, 4, 5);

        INDArray last = TileLayout.CHANNELS_LAST.fromChannelsFirst(batch);

        assertArrayEquals(new long[] {2, 4, 5, 3}, last.shape());
        assertEquals(batch.getFloat(1, 2, 3, 4), last.getFloat(1, 3, 4, 2));
        assertEquals(batch.getFloat(0, 1, 0, 2), last.getFloat(0, 0, 2, 1));
        assertEquals(batch, TileLayout.CHANNELS_LAST.toChannelsFirst(last));
    }

    @Test
    void singleChannelKeepsPixelOrder() {
        INDArray batch = Nd4j.rand(DataType.FLOAT, 3, 1, 6, 7);

        INDArray last = TileLayout.CHANNELS_LAST.fromChannelsFirst(batch);
        INDArray back = TileLayout.CHANNELS_LAST.toChannelsFirst(last);

        assertArrayEquals(new long[] {3, 6, 7, 1}, last.shape());
        assertArrayEquals(batch.ravel().toFloatVector(), last.ravel().toFloatVector());
        assertArrayEquals(new long[] {3, 1, 6, 7}, back.shape());
        assertEquals(batch, back);
    }
}

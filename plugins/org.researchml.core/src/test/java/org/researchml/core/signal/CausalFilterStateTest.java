package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CausalFilterStateTest {

    private static double[] noise(int length, long seed) {
        Random random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = 10 * random.nextGaussian() + 40;
        }
        return values;
    }

    @Test
    void blocksEqualWholeSignal() {
        SosFilter filter = ButterworthDesign.design(FilterSpec.bandPass(5, 0.5, 30), 160);
        double[] signal = noise(10_000, 3);
        double[] whole = filter.filter(signal);

        CausalFilterState state = filter.causal();
        double[] streamed = new double[signal.length];
        int[] blockSizes = {1, 7, 64, 2047, 2048, 2049, 0, 333};
        int position = 0;
        for (int b = 0; position < signal.length; b++) {
            int size = Math.min(blockSizes[b % blockSizes.length], signal.length - position);
            double[] block = java.util.Arrays.copyOfRange(signal, position, position + size);
            System.arraycopy(state.process(block), 0, streamed, position, size);
            position += size;
        }
        assertArrayEquals(whole, streamed);
        assertEquals(signal.length, state.samplesProcessed());
    }

    @Test
    void steadyStateStartHasNoTransient() {
        SosFilter filter = ButterworthDesign.design(FilterSpec.lowPass(4, 10), 250);
        double[] constant = new double[500];
        java.util.Arrays.fill(constant, 12.5);
        double[] output = filter.causalSteadyState(12.5).process(constant);
        for (int i = 0; i < output.length; i++) {
            assertEquals(12.5, output[i], 1e-9, "sample " + i);
        }
    }

    @Test
    void invalidBlockRangeRejected() {
        CausalFilterState state = ButterworthDesign.design(FilterSpec.highPass(2, 1), 250).causal();
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> state.processInPlace(new double[10], 5, 11));
        assertEquals("Invalid block [5, 11) for an array of 10 samples.", e.getMessage());
    }
}

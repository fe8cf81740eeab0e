package org.researchml.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleProjectionTest {

    @Test
    void probabilityAppliesFromWindowEnd() {
        double[] perSample = SampleProjection.toSamples(new long[] {3, 5}, new double[] {0.2, 0.9}, 7);

        assertArrayEquals(new double[] {0, 0, 0.2, 0.2, 0.9, 0.9, 0.9}, perSample);
    }

    @Test
    void decreasingWindowEndsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SampleProjection.toSamples(new long[] {5, 3}, new double[] {0.1, 0.2}, 6));

        assertTrue(error.getMessage().contains("window 1 ends at sample 3"), error.getMessage());
    }

    @Test
    void lengthMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SampleProjection.toSamples(new long[] {5}, new double[] {0.1, 0.2}, 6));

        assertTrue(error.getMessage().contains("1 window ends but 2 probabilities"), error.getMessage());
    }
}

package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PolyphaseResamplerTest {

    private static final JsonNode REFERENCE = ScipyReference.load("resample_reference.json");

    /** Relative to the signal's max abs value; the measured worst case is about 1e-15. */
    private static final double TOLERANCE = 1e-13;

    @Test
    void outputMatchesScipyResamplePoly() {
        double[] signal = ScipyReference.vector(REFERENCE.get("signal"));
        int compared = 0;
        for (JsonNode entry : REFERENCE.get("cases")) {
            double[] input = entry.has("input") ? ScipyReference.vector(entry.get("input")) : signal;
            int up = entry.get("up").asInt();
            int down = entry.get("down").asInt();
            double[] expected = ScipyReference.vector(entry.get("output"));
            double[] actual = new PolyphaseResampler(up, down).resample(input);
            double error = ScipyReference.relativeError(expected, actual);
            assertTrue(error < TOLERANCE, up + "/" + down + " on " + input.length + " samples: relative error "
                    + error);
            compared++;
        }
        assertEquals(8, compared, "reference cases");
    }

    @Test
    void factorReducedByCommonDivisor() {
        PolyphaseResampler resampler = new PolyphaseResampler(4, 6);
        assertEquals(2, resampler.up());
        assertEquals(3, resampler.down());
        assertEquals(7, resampler.outputLength(10));
    }

    @Test
    void unitFactorCopiesSignal() {
        double[] signal = {1, 2, 3};
        double[] output = new PolyphaseResampler(3, 3).resample(signal);
        assertArrayEquals(signal, output);
        output[0] = 9;
        assertEquals(1, signal[0]);
    }

    @Test
    void kaiserWindowMatchesClosedForm() {
        assertEquals(1.0, KaiserLowPass.besselI0(0), 0);
        assertEquals(27.239871823604442, KaiserLowPass.besselI0(5), 1e-12);
        double[] window = KaiserLowPass.kaiserWindow(5, 5.0);
        assertEquals(1.0, window[2], 1e-15);
        assertEquals(1 / 27.239871823604442, window[0], 1e-15);
    }

    @Test
    void zeroFactorRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PolyphaseResampler(0, 2));
        assertEquals("Resampling factors must be at least 1, got up = 0 and down = 2.", e.getMessage());
    }
}

package org.researchml.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class IntensityNormalizationTest {

    private static GreyscaleImage rampOf101() {
        float[] pixels = new float[101];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i;
        }
        return new GreyscaleImage("ramp", 101, 1, 8, pixels);
    }

    @Test
    void minMaxMapsToUnitRange() {
        IntensityNormalization normalization = IntensityNormalization.fitMinMax(List.of(rampOf101()));

        assertEquals(0, normalization.low());
        assertEquals(100, normalization.high());
        assertEquals(0.25f, normalization.apply(25f));
        assertEquals(1.5f, normalization.apply(150f));
    }

    @Test
    void percentilesClip() {
        IntensityNormalization normalization = IntensityNormalization.fitPercentiles(List.of(rampOf101()), 10, 90);

        assertEquals(10, normalization.low(), 1e-9);
        assertEquals(90, normalization.high(), 1e-9);
        assertEquals(0.5f, normalization.apply(50f), 1e-6);
        assertEquals(0f, normalization.apply(3f));
        assertEquals(1f, normalization.apply(99f));
    }

    @Test
    void percentileInterpolates() {
        assertEquals(2.5, IntensityNormalization.percentile(new float[] {1, 2, 3, 4}, 50), 1e-9);
    }

    @Test
    void constantImageRejected() {
        GreyscaleImage flat = new GreyscaleImage("flat", 2, 2, 8, new float[] {7, 7, 7, 7});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IntensityNormalization.fitMinMax(List.of(flat)));

        assertTrue(error.getMessage().contains("constant intensity"), error.getMessage());
    }
}

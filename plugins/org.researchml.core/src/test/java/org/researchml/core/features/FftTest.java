package org.researchml.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class FftTest {

    private static void assertMatchesDirectDft(int length) {
        Random random = new Random(length);
        double[] re = new double[length];
        double[] im = new double[length];
        for (int i = 0; i < length; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
        }
        double[] expectedRe = new double[length];
        double[] expectedIm = new double[length];
        for (int k = 0; k < length; k++) {
            for (int n = 0; n < length; n++) {
                double angle = -2 * Math.PI * ((long) k * n % length) / length;
                expectedRe[k] += re[n] * Math.cos(angle) - im[n] * Math.sin(angle);
                expectedIm[k] += re[n] * Math.sin(angle) + im[n] * Math.cos(angle);
            }
        }

        new Fft(length).transform(re, im);

        for (int k = 0; k < length; k++) {
            assertEquals(expectedRe[k], re[k], 1e-9 * length, "real part of bin " + k + " for N = " + length);
            assertEquals(expectedIm[k], im[k], 1e-9 * length, "imaginary part of bin " + k + " for N = " + length);
        }
    }

    @Test
    void powersOfTwoMatchDft() {
        for (int length : new int[] {1, 2, 4, 8, 64, 256}) {
            assertMatchesDirectDft(length);
        }
    }

    @Test
    void otherLengthsMatchDft() {
        for (int length : new int[] {3, 5, 7, 12, 100, 160, 321}) {
            assertMatchesDirectDft(length);
        }
    }

    @Test
    void reusedInstanceGivesSameResult() {
        Fft fft = new Fft(160);
        double[] first = new double[160];
        first[3] = 1;
        double[] firstIm = new double[160];
        double[] second = first.clone();
        double[] secondIm = new double[160];

        fft.transform(first, firstIm);
        fft.transform(second, secondIm);

        assertEquals(first[17], second[17], 0);
        assertEquals(firstIm[17], secondIm[17], 0);
    }

    @Test
    void wrongArrayLengthRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Fft(8).transform(new double[8], new double[7]));

        assertEquals("FFT of length 8 got arrays of length 8 and 7.", e.getMessage());
    }

    @Test
    void zeroLengthRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Fft(0));

        assertEquals("FFT length must be at least 1, got 0.", e.getMessage());
    }
}

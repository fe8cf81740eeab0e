package org.researchml.core.signal;

/**
 * Linear-phase low-pass FIR filters by the window method with a Kaiser window.
 *
 * <p>The taps are a windowed ideal low-pass (sinc) impulse response, scaled to unit gain at 0 Hz, as
 * SciPy's {@code firwin(numtaps, cutoff, window=('kaiser', beta))} designs them.
 */
final class KaiserLowPass {

    private KaiserLowPass() {
    }

    /**
     * Returns the taps.
     *
     * @param tapCount number of taps, odd for a type-I filter
     * @param cutoff cut-off as a fraction of the Nyquist frequency, in (0, 1]
     * @param beta Kaiser window shape; larger values give more stop-band attenuation and a wider transition
     */
    static double[] design(int tapCount, double cutoff, double beta) {
        double[] taps = new double[tapCount];
        double centre = 0.5 * (tapCount - 1);
        double[] window = kaiserWindow(tapCount, beta);
        double sum = 0;
        for (int n = 0; n < tapCount; n++) {
            taps[n] = cutoff * sinc(cutoff * (n - centre)) * window[n];
            sum += taps[n];
        }
        for (int n = 0; n < tapCount; n++) {
            taps[n] /= sum;
        }
        return taps;
    }

    /** Returns the symmetric Kaiser window {@code I0(beta sqrt(1 - (2n/(N-1) - 1)^2)) / I0(beta)}. */
    static double[] kaiserWindow(int length, double beta) {
        double[] window = new double[length];
        if (length == 1) {
            window[0] = 1;
            return window;
        }
        double half = 0.5 * (length - 1);
        double denominator = besselI0(beta);
        for (int n = 0; n < length; n++) {
            double ratio = (n - half) / half;
            window[n] = besselI0(beta * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / denominator;
        }
        return window;
    }

    /** Returns the modified Bessel function of the first kind, order 0, from its power series. */
    static double besselI0(double x) {
        double quarterSquare = 0.25 * x * x;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 500; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    private static double sinc(double x) {
        if (x == 0) {
            return 1;
        }
        double arg = Math.PI * x;
        return Math.sin(arg) / arg;
    }
}

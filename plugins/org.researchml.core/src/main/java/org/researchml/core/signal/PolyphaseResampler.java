package org.researchml.core.signal;

/**
 * Resamples a signal by a rational factor {@code up / down} with a polyphase anti-aliasing FIR filter.
 *
 * <p>The signal is conceptually upsampled by inserting {@code up - 1} zeros between samples, low-pass filtered
 * at {@code 1 / max(up, down)} of the Nyquist frequency with a Kaiser-window FIR of {@code 20 max(up, down) + 1}
 * taps (beta 5), and downsampled by keeping every {@code down}-th sample; only the needed products are computed.
 * The signal is taken as zero outside its ends and the filter delay is removed, which is what SciPy 1.10's
 * {@code resample_poly(x, up, down)} does with its defaults. Output sample {@code k} lies at input time
 * {@code k * down / up} samples.
 */
public final class PolyphaseResampler {

    /** Kaiser window shape used by the anti-aliasing filter. */
    public static final double KAISER_BETA = 5.0;
    /** Half the anti-aliasing filter length, in multiples of {@code max(up, down)}. */
    private static final int HALF_LENGTH_FACTOR = 10;

    private final int up;
    private final int down;
    /** Filter taps, scaled by {@code up}, with leading zeros that align output 0 with input 0. */
    private final double[] taps;
    private final int firstOutput;

    /**
     * Creates a resampler; the factor is reduced by its greatest common divisor.
     *
     * @throws IllegalArgumentException if {@code up} or {@code down} is below 1
     */
    public PolyphaseResampler(int up, int down) {
        if (up < 1 || down < 1) {
            throw new IllegalArgumentException("Resampling factors must be at least 1, got up = " + up + " and down = "
                    + down + ".");
        }
        int divisor = gcd(up, down);
        this.up = up / divisor;
        this.down = down / divisor;
        int maxRate = Math.max(this.up, this.down);
        int halfLength = HALF_LENGTH_FACTOR * maxRate;
        double[] lowPass = KaiserLowPass.design(2 * halfLength + 1, 1.0 / maxRate, KAISER_BETA);
        int prePad = this.down - halfLength % this.down;
        taps = new double[prePad + lowPass.length];
        for (int i = 0; i < lowPass.length; i++) {
            taps[prePad + i] = lowPass[i] * this.up;
        }
        firstOutput = (halfLength + prePad) / this.down;
    }

    public int up() {
        return up;
    }

    public int down() {
        return down;
    }

    /** Returns the output length for an input of {@code inputLength} samples: {@code ceil(inputLength * up / down)}. */
    public int outputLength(int inputLength) {
        long product = (long) inputLength * up;
        long length = product / down + (product % down == 0 ? 0 : 1);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Resampling " + inputLength + " samples by " + up + "/" + down
                    + " gives " + length + " samples, more than an array can hold.");
        }
        return (int) length;
    }

    /** Returns the resampled signal; the input is not modified. */
    public double[] resample(double[] signal) {
        if (up == 1 && down == 1) {
            return signal.clone();
        }
        int outputLength = outputLength(signal.length);
        double[] output = new double[outputLength];
        int tapCount = taps.length;
        for (int k = 0; k < outputLength; k++) {
            // Output k of the full convolution sums taps[t - i * up] * signal[i] over valid i, with t = k * down.
            long t = (long) (k + firstOutput) * down;
            int lastInput = (int) Math.min(signal.length - 1, t / up);
            long lowest = t - (tapCount - 1);
            int firstInput = (int) Math.max(0, lowest <= 0 ? 0 : (lowest + up - 1) / up);
            double sum = 0;
            int tap = (int) (t - (long) lastInput * up);
            for (int i = lastInput; i >= firstInput; i--, tap += up) {
                sum += taps[tap] * signal[i];
            }
            output[k] = sum;
        }
        return output;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int rest = a % b;
            a = b;
            b = rest;
        }
        return a;
    }
}

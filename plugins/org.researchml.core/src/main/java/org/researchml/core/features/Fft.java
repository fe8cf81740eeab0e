package org.researchml.core.features;

/**
 * Forward discrete Fourier transform of a fixed length, {@code X[k] = sum_n x[n] exp(-2 pi i k n / N)}.
 *
 * <p>Powers of two use an iterative radix-2 transform. Other lengths use Bluestein's chirp-z algorithm, which
 * rewrites the transform as a convolution computed with radix-2 transforms of a power-of-two length of at least
 * {@code 2N - 1}. An instance keeps scratch buffers, so it is not thread-safe; use one per thread.
 */
public final class Fft {

    private final int length;
    private final Radix2 radix2;
    private final Bluestein bluestein;

    /**
     * Prepares the tables for transforms of the given length.
     *
     * @throws IllegalArgumentException if {@code length < 1}
     */
    public Fft(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("FFT length must be at least 1, got " + length + ".");
        }
        this.length = length;
        if (Integer.bitCount(length) == 1) {
            this.radix2 = new Radix2(length);
            this.bluestein = null;
        } else {
            this.radix2 = null;
            this.bluestein = new Bluestein(length);
        }
    }

    public int length() {
        return length;
    }

    /**
     * Transforms in place.
     *
     * @param real real parts, of length {@link #length()}
     * @param imaginary imaginary parts, of length {@link #length()}
     */
    public void transform(double[] real, double[] imaginary) {
        if (real.length != length || imaginary.length != length) {
            throw new IllegalArgumentException("FFT of length " + length + " got arrays of length " + real.length
                    + " and " + imaginary.length + ".");
        }
        if (radix2 != null) {
            radix2.transform(real, imaginary, false);
        } else {
            bluestein.transform(real, imaginary);
        }
    }

    /** Iterative in-place radix-2 transform with precomputed twiddle factors. */
    private static final class Radix2 {

        private final int n;
        private final double[] cos;
        private final double[] sin;
        private final int[] bitReversed;

        Radix2(int n) {
            this.n = n;
            cos = new double[n / 2];
            sin = new double[n / 2];
            for (int k = 0; k < n / 2; k++) {
                double angle = 2 * Math.PI * k / n;
                cos[k] = Math.cos(angle);
                sin[k] = Math.sin(angle);
            }
            bitReversed = new int[n];
            int bits = Integer.numberOfTrailingZeros(n);
            for (int i = 0; i < n; i++) {
                bitReversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
            }
        }

        /** Transforms in place; {@code inverse} flips the sign of the exponent and does not scale. */
        void transform(double[] re, double[] im, boolean inverse) {
            for (int i = 0; i < n; i++) {
                int j = bitReversed[i];
                if (j > i) {
                    double t = re[i];
                    re[i] = re[j];
                    re[j] = t;
                    t = im[i];
                    im[i] = im[j];
                    im[j] = t;
                }
            }
            double sign = inverse ? 1 : -1;
            for (int size = 2; size <= n; size <<= 1) {
                int half = size >> 1;
                int tableStep = n / size;
                for (int start = 0; start < n; start += size) {
                    for (int k = 0; k < half; k++) {
                        double wr = cos[k * tableStep];
                        double wi = sign * sin[k * tableStep];
                        int a = start + k;
                        int b = a + half;
                        double tr = re[b] * wr - im[b] * wi;
                        double ti = re[b] * wi + im[b] * wr;
                        re[b] = re[a] - tr;
                        im[b] = im[a] - ti;
                        re[a] += tr;
                        im[a] += ti;
                    }
                }
            }
        }
    }

    /**
     * Bluestein's algorithm: with {@code nk = (n^2 + k^2 - (k - n)^2) / 2}, the transform becomes
     * {@code X[k] = conj(c[k]) * sum_n (x[n] conj(c[n])) c[k - n]} with the chirp {@code c[m] = exp(i pi m^2 / N)}.
     */
    private static final class Bluestein {

        private final int n;
        private final Radix2 radix2;
        private final double[] chirpRe;
        private final double[] chirpIm;
        private final double[] filterRe;
        private final double[] filterIm;
        private final double[] workRe;
        private final double[] workIm;

        Bluestein(int n) {
            this.n = n;
            int size = Integer.highestOneBit(2 * n - 1);
            if (size < 2 * n - 1) {
                size <<= 1;
            }
            radix2 = new Radix2(size);
            chirpRe = new double[n];
            chirpIm = new double[n];
            for (int k = 0; k < n; k++) {
                // k * k mod 2n keeps the angle small and exact for large k.
                long square = ((long) k * k) % (2L * n);
                double angle = Math.PI * square / n;
                chirpRe[k] = Math.cos(angle);
                chirpIm[k] = Math.sin(angle);
            }
            filterRe = new double[size];
            filterIm = new double[size];
            filterRe[0] = chirpRe[0];
            filterIm[0] = chirpIm[0];
            for (int k = 1; k < n; k++) {
                filterRe[k] = chirpRe[k];
                filterIm[k] = chirpIm[k];
                filterRe[size - k] = chirpRe[k];
                filterIm[size - k] = chirpIm[k];
            }
            radix2.transform(filterRe, filterIm, false);
            workRe = new double[size];
            workIm = new double[size];
        }

        void transform(double[] re, double[] im) {
            int size = workRe.length;
            for (int k = 0; k < n; k++) {
                workRe[k] = re[k] * chirpRe[k] + im[k] * chirpIm[k];
                workIm[k] = im[k] * chirpRe[k] - re[k] * chirpIm[k];
            }
            java.util.Arrays.fill(workRe, n, size, 0);
            java.util.Arrays.fill(workIm, n, size, 0);
            radix2.transform(workRe, workIm, false);
            for (int k = 0; k < size; k++) {
                double r = workRe[k] * filterRe[k] - workIm[k] * filterIm[k];
                double i = workRe[k] * filterIm[k] + workIm[k] * filterRe[k];
                workRe[k] = r;
                workIm[k] = i;
            }
            radix2.transform(workRe, workIm, true);
            for (int k = 0; k < n; k++) {
                double r = workRe[k] / size;
                double i = workIm[k] / size;
                re[k] = r * chirpRe[k] + i * chirpIm[k];
                im[k] = i * chirpRe[k] - r * chirpIm[k];
            }
        }
    }
}

package org.researchml.core.features;

import java.util.List;

/**
 * Band power of one window from a Hann-windowed periodogram.
 *
 * <p>Steps for a window {@code x} of {@code N} samples at rate {@code fs}: subtract the window's mean, multiply by
 * the periodic Hann window {@code w[n] = 0.5 - 0.5 cos(2 pi n / N)}, take the FFT {@code X}, and form the one-sided
 * power spectral density {@code P[k] = c[k] |X[k]|^2 / (fs * sum w^2)} with {@code c[k] = 2}, except 1 at 0 Hz and
 * at the Nyquist bin of an even {@code N}. The band power is {@code sum P[k] * fs / N} over the bins {@code k} whose
 * frequency {@code k fs / N} lies in the band, edges included, in squared signal units (for example uV^2). This
 * matches {@code scipy.signal.periodogram(x, fs, window='hann', detrend='constant', scaling='density')} summed over
 * the band and times the bin width, and a sine of amplitude {@code A} whose Hann main lobe lies inside the band gives
 * {@code A^2 / 2}.
 *
 * <p>An instance keeps scratch buffers, so it is not thread-safe; use one per thread.
 */
final class BandPowerEstimator {

    private final int windowSamples;
    private final double[] hann;
    private final int[][] binsOfBand;
    private final double[] binWeights;
    private final Fft fft;
    private final double[] real;
    private final double[] imaginary;

    /**
     * Prepares an estimator.
     *
     * @param windowSamples window length {@code N}
     * @param samplingRateHz sampling rate {@code fs}
     * @param bands bands to report, each with at least one FFT bin inside (checked by the caller)
     */
    BandPowerEstimator(int windowSamples, double samplingRateHz, List<FrequencyBand> bands) {
        this.windowSamples = windowSamples;
        hann = new double[windowSamples];
        double sumOfSquares = 0;
        for (int n = 0; n < windowSamples; n++) {
            hann[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / windowSamples);
            sumOfSquares += hann[n] * hann[n];
        }
        double binWidthHz = samplingRateHz / windowSamples;
        binsOfBand = new int[bands.size()][];
        for (int b = 0; b < bands.size(); b++) {
            binsOfBand[b] = binsInBand(bands.get(b), windowSamples, samplingRateHz);
        }
        binWeights = new double[windowSamples / 2 + 1];
        for (int k = 0; k < binWeights.length; k++) {
            boolean unpaired = k == 0 || (windowSamples % 2 == 0 && k == windowSamples / 2);
            double oneSided = unpaired ? 1 : 2;
            binWeights[k] = oneSided * binWidthHz / (samplingRateHz * sumOfSquares);
        }
        fft = new Fft(windowSamples);
        real = new double[windowSamples];
        imaginary = new double[windowSamples];
    }

    /** Returns the indices of the one-sided FFT bins whose frequencies lie in the band. */
    static int[] binsInBand(FrequencyBand band, int windowSamples, double samplingRateHz) {
        double binWidthHz = samplingRateHz / windowSamples;
        int last = windowSamples / 2;
        int first = (int) Math.ceil(band.lowHz() / binWidthHz - 1e-9);
        int end = (int) Math.floor(band.highHz() / binWidthHz + 1e-9);
        first = Math.max(first, 0);
        end = Math.min(end, last);
        if (end < first) {
            return new int[0];
        }
        int[] bins = new int[end - first + 1];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = first + i;
        }
        return bins;
    }

    /**
     * Computes the power of each band for the window {@code signal[end - N, end)}.
     *
     * @param out receives one power per band, starting at {@code outOffset}
     */
    void estimate(double[] signal, int end, double[] out, int outOffset) {
        int start = end - windowSamples;
        double mean = 0;
        for (int n = 0; n < windowSamples; n++) {
            mean += signal[start + n];
        }
        mean /= windowSamples;
        for (int n = 0; n < windowSamples; n++) {
            real[n] = (signal[start + n] - mean) * hann[n];
            imaginary[n] = 0;
        }
        fft.transform(real, imaginary);
        for (int b = 0; b < binsOfBand.length; b++) {
            double power = 0;
            for (int k : binsOfBand[b]) {
                power += (real[k] * real[k] + imaginary[k] * imaginary[k]) * binWeights[k];
            }
            out[outOffset + b] = power;
        }
    }
}

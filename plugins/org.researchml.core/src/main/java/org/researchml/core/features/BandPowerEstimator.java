package org.researchml.core.features;

import java.util.List;
import java.util.TreeSet;

/**
 * Band power of windows sliding along one channel, from a Hann-windowed periodogram.
 *
 * <p>Definition for a window {@code x} of {@code N} samples at rate {@code fs}: subtract the window's mean, multiply
 * by the periodic Hann window {@code w[n] = 0.5 - 0.5 cos(2 pi n / N)}, take the DFT {@code X}, and form the
 * one-sided power spectral density {@code P[k] = c[k] |X[k]|^2 / (fs * sum w^2)} with {@code c[k] = 2}, except 1 at
 * 0 Hz and at the Nyquist bin of an even {@code N}. The band power is {@code sum P[k] * fs / N} over the bins
 * {@code k} whose frequency {@code k fs / N} lies in the band, edges included, in squared signal units (for example
 * uV^2). This matches {@code scipy.signal.periodogram(x, fs, window='hann', detrend='constant', scaling='density')}
 * summed over the band and times the bin width, and a sine of amplitude {@code A} whose Hann main lobe lies inside
 * the band gives {@code A^2 / 2}.
 *
 * <p>Computation: the periodic Hann window equals {@code 0.5 - 0.25 e^{2 pi i n/N} - 0.25 e^{-2 pi i n/N}}, so the
 * windowed DFT is {@code 0.5 U[k] - 0.25 U[k-1] - 0.25 U[k+1]} of the plain DFT {@code U}. Removing the mean only
 * sets {@code U[0]} to 0. Only the bins of the bands and their neighbours are kept. They are computed with the
 * {@link Fft} when a window is placed from scratch and, when the window moves by fewer than {@code N} samples,
 * updated with the sliding DFT {@code U'[k] = (U[k] - x[start] + x[start + N]) e^{2 pi i k / N}} per sample
 * moved. Rounding drift is bounded by recomputing once the samples slid since the last recomputation exceed
 * {@code N}.
 *
 * <p>An instance keeps state and scratch buffers, so it is not thread-safe. Use one per channel and thread.
 */
final class BandPowerEstimator {

    private final double[] signal;
    private final int windowSamples;
    private final int[][] binsOfBand;
    private final double[] binWeights;
    /** DFT bins whose plain values are tracked: the band bins and their neighbours, modulo N. */
    private final int[] trackedBins;
    /** Position of each bin {@code 0..N-1} in {@link #trackedBins}, or -1. */
    private final int[] slotOfBin;
    private final double[] rotationRe;
    private final double[] rotationIm;
    private final double[] plainRe;
    private final double[] plainIm;
    private final Fft fft;
    private final double[] fftRe;
    private final double[] fftIm;
    private int end = -1;
    private int slidSinceRecompute;

    /**
     * Prepares an estimator for one channel.
     *
     * @param signal the channel's samples
     * @param windowSamples window length {@code N}, at least 2
     * @param samplingRateHz sampling rate {@code fs}
     * @param bands bands to report
     */
    BandPowerEstimator(double[] signal, int windowSamples, double samplingRateHz, List<FrequencyBand> bands) {
        this.signal = signal;
        this.windowSamples = windowSamples;
        double sumOfSquares = 0;
        for (int n = 0; n < windowSamples; n++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / windowSamples);
            sumOfSquares += hann * hann;
        }
        double binWidthHz = samplingRateHz / windowSamples;
        binWeights = new double[windowSamples / 2 + 1];
        for (int k = 0; k < binWeights.length; k++) {
            boolean unpaired = k == 0 || (windowSamples % 2 == 0 && k == windowSamples / 2);
            double oneSided = unpaired ? 1 : 2;
            binWeights[k] = oneSided * binWidthHz / (samplingRateHz * sumOfSquares);
        }

        binsOfBand = new int[bands.size()][];
        TreeSet<Integer> tracked = new TreeSet<>();
        for (int b = 0; b < bands.size(); b++) {
            binsOfBand[b] = binsInBand(bands.get(b), windowSamples, samplingRateHz);
            for (int k : binsOfBand[b]) {
                tracked.add(Math.floorMod(k - 1, windowSamples));
                tracked.add(k);
                tracked.add(Math.floorMod(k + 1, windowSamples));
            }
        }
        trackedBins = tracked.stream().mapToInt(Integer::intValue).toArray();
        slotOfBin = new int[windowSamples];
        java.util.Arrays.fill(slotOfBin, -1);
        rotationRe = new double[trackedBins.length];
        rotationIm = new double[trackedBins.length];
        for (int slot = 0; slot < trackedBins.length; slot++) {
            slotOfBin[trackedBins[slot]] = slot;
            double angle = 2 * Math.PI * trackedBins[slot] / windowSamples;
            rotationRe[slot] = Math.cos(angle);
            rotationIm[slot] = Math.sin(angle);
        }
        plainRe = new double[trackedBins.length];
        plainIm = new double[trackedBins.length];
        fft = new Fft(windowSamples);
        fftRe = new double[windowSamples];
        fftIm = new double[windowSamples];
    }

    /** Returns the indices of the one-sided DFT bins whose frequencies lie in the band. */
    static int[] binsInBand(FrequencyBand band, int windowSamples, double samplingRateHz) {
        double binWidthHz = samplingRateHz / windowSamples;
        int first = Math.max(0, (int) Math.ceil(band.lowHz() / binWidthHz - 1e-9));
        int last = Math.min(windowSamples / 2, (int) Math.floor(band.highHz() / binWidthHz + 1e-9));
        if (last < first) {
            return new int[0];
        }
        int[] bins = new int[last - first + 1];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = first + i;
        }
        return bins;
    }

    /**
     * Computes the power of each band for the window {@code signal[newEnd - N, newEnd)}.
     *
     * @param out receives one power per band, starting at {@code outOffset}
     */
    void estimate(int newEnd, double[] out, int outOffset) {
        moveTo(newEnd);
        for (int b = 0; b < binsOfBand.length; b++) {
            double power = 0;
            for (int k : binsOfBand[b]) {
                int below = slotOfBin[Math.floorMod(k - 1, windowSamples)];
                int at = slotOfBin[k];
                int above = slotOfBin[Math.floorMod(k + 1, windowSamples)];
                double re = 0.5 * plainRe(at) - 0.25 * plainRe(below) - 0.25 * plainRe(above);
                double im = 0.5 * plainIm(at) - 0.25 * plainIm(below) - 0.25 * plainIm(above);
                power += (re * re + im * im) * binWeights[k];
            }
            out[outOffset + b] = power;
        }
    }

    /** Returns the plain DFT of the mean-removed window, whose bin 0 is therefore 0. */
    private double plainRe(int slot) {
        return trackedBins[slot] == 0 ? 0 : plainRe[slot];
    }

    private double plainIm(int slot) {
        return trackedBins[slot] == 0 ? 0 : plainIm[slot];
    }

    private void moveTo(int newEnd) {
        int distance = newEnd - end;
        if (end < 0 || distance < 0 || distance >= windowSamples
                || slidSinceRecompute + distance > windowSamples) {
            recompute(newEnd);
            return;
        }
        for (int i = end; i < newEnd; i++) {
            double change = signal[i] - signal[i - windowSamples];
            for (int slot = 0; slot < trackedBins.length; slot++) {
                double re = plainRe[slot] + change;
                double im = plainIm[slot];
                plainRe[slot] = re * rotationRe[slot] - im * rotationIm[slot];
                plainIm[slot] = re * rotationIm[slot] + im * rotationRe[slot];
            }
        }
        slidSinceRecompute += distance;
        end = newEnd;
    }

    private void recompute(int newEnd) {
        int start = newEnd - windowSamples;
        // A constant offset changes only bin 0, so the window's first value is subtracted to keep the sums small.
        double offset = signal[start];
        for (int n = 0; n < windowSamples; n++) {
            fftRe[n] = signal[start + n] - offset;
            fftIm[n] = 0;
        }
        fft.transform(fftRe, fftIm);
        for (int slot = 0; slot < trackedBins.length; slot++) {
            plainRe[slot] = fftRe[trackedBins[slot]];
            plainIm[slot] = fftIm[trackedBins[slot]];
        }
        slidSinceRecompute = 0;
        end = newEnd;
    }
}

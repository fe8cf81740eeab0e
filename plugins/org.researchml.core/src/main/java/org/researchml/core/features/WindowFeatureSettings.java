package org.researchml.core.features;

import java.util.List;

/**
 * Settings of sliding-window feature extraction.
 *
 * <p>Seconds are converted to samples with the recording's sampling rate by rounding to the nearest
 * sample, and {@link WindowFeatureExtractor} checks the converted values against the recording.
 *
 * @param windowSeconds window length in seconds
 * @param stepSeconds distance between the ends of consecutive windows in seconds
 * @param kinds feature kinds, without duplicates, in the column order used for each channel
 * @param bands frequency bands for {@link FeatureKind#BAND_POWER}, empty when band power is not requested
 * @param lagsSeconds lags back from each window's last sample for {@link FeatureKind#LAGGED_SAMPLES}, in seconds
 */
public record WindowFeatureSettings(double windowSeconds, double stepSeconds, List<FeatureKind> kinds,
        List<FrequencyBand> bands, List<Double> lagsSeconds) {

    public WindowFeatureSettings {
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("windowSeconds must be a positive number of seconds, got "
                    + windowSeconds + ".");
        }
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("stepSeconds must be a positive number of seconds, got "
                    + stepSeconds + ". Use 1 / sampling rate for a step of one sample.");
        }
        kinds = List.copyOf(kinds);
        bands = List.copyOf(bands);
        lagsSeconds = List.copyOf(lagsSeconds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("No feature kinds given. Choose one or more of "
                    + List.of(FeatureKind.values()) + ".");
        }
        if (kinds.stream().distinct().count() != kinds.size()) {
            throw new IllegalArgumentException("Feature kinds " + kinds + " contain a duplicate; list each once.");
        }
        if (kinds.contains(FeatureKind.BAND_POWER) && bands.isEmpty()) {
            throw new IllegalArgumentException("BAND_POWER needs at least one frequency band in bands, "
                    + "for example 8-12 Hz and 13-30 Hz.");
        }
        if (kinds.contains(FeatureKind.LAGGED_SAMPLES) && lagsSeconds.isEmpty()) {
            throw new IllegalArgumentException("LAGGED_SAMPLES needs at least one lag in lagsSeconds, "
                    + "for example 0 and 0.1 s.");
        }
        for (double lag : lagsSeconds) {
            if (!(lag >= 0) || Double.isInfinite(lag)) {
                throw new IllegalArgumentException("lagsSeconds must hold numbers of seconds >= 0, got " + lag + ".");
            }
        }
    }

    /**
     * Converts lags given in samples to the seconds that {@code lagsSeconds} expects.
     *
     * @param lagSamples lags in samples, each at least 0
     * @param samplingRateHz sampling rate of the recording the settings will be applied to
     */
    public static List<Double> lagsSecondsFromSamples(int[] lagSamples, double samplingRateHz) {
        if (!(samplingRateHz > 0) || Double.isInfinite(samplingRateHz)) {
            throw new IllegalArgumentException("samplingRateHz must be a positive number, got " + samplingRateHz
                    + ".");
        }
        List<Double> seconds = new java.util.ArrayList<>();
        for (int lag : lagSamples) {
            if (lag < 0) {
                throw new IllegalArgumentException("Lags in samples must be >= 0, got " + lag + ".");
            }
            seconds.add(lag / samplingRateHz);
        }
        return seconds;
    }

    /** Creates settings for log-variance features only. */
    public static WindowFeatureSettings logVariance(double windowSeconds, double stepSeconds) {
        return new WindowFeatureSettings(windowSeconds, stepSeconds, List.of(FeatureKind.LOG_VARIANCE), List.of(),
                List.of());
    }
}

/**
 * Sliding-window features per channel: log-variance, band power, mean and lagged samples.
 *
 * <p>Typical use with 1 s windows every 62.5 ms on a 160 Hz recording:
 * <pre>{@code
 * WindowFeatureSettings settings = new WindowFeatureSettings(1.0, 0.0625,
 *         List.of(FeatureKind.LOG_VARIANCE, FeatureKind.BAND_POWER),
 *         List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30)), List.of());
 * FeatureTable table = WindowFeatureExtractor.extract(recording, settings, labels, ProgressListener.NONE);
 * }</pre>
 */
package org.researchml.core.features;

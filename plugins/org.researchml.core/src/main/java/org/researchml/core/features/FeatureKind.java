package org.researchml.core.features;

/** Kinds of per-channel window features that {@link WindowFeatureExtractor} computes. */
public enum FeatureKind {

    /** Natural logarithm of the window's variance (divided by the sample count), named {@code CH:logvar}. */
    LOG_VARIANCE,

    /** Power in each configured frequency band from a Hann-windowed periodogram, named {@code CH:power_8-12Hz}. */
    BAND_POWER,

    /** Mean of the window's samples, named {@code CH:mean}. */
    MEAN,

    /** Sample values at configured lags back from the window's last sample, named {@code CH:lag_0.100s}. */
    LAGGED_SAMPLES
}

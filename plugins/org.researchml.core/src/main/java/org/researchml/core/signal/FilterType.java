package org.researchml.core.signal;

/** Kind of frequency-selective filter and how many cut-off frequencies it takes. */
public enum FilterType {
    /** Passes frequencies below one cut-off. */
    LOW_PASS(1),
    /** Passes frequencies above one cut-off. */
    HIGH_PASS(1),
    /** Passes frequencies between a low and a high cut-off. */
    BAND_PASS(2),
    /** Rejects frequencies between a low and a high cut-off (a notch when the band is narrow). */
    BAND_STOP(2);

    private final int cutoffCount;

    FilterType(int cutoffCount) {
        this.cutoffCount = cutoffCount;
    }

    /** Returns the number of cut-off frequencies this type needs: 1 or 2. */
    public int cutoffCount() {
        return cutoffCount;
    }

    /** Returns the lower-case name used in logs and messages, for example {@code band-pass}. */
    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

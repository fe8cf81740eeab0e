package org.researchml.core.events;

/** How event annotations or event columns become per-sample labels. */
public enum LabelMode {

    /** Every sample inside an event is 1: an annotation's {@code [onset, onset + duration)}, or a column's 1s. */
    INTERVAL,

    /**
     * Samples within a given number of milliseconds of an event onset are 1, that is recording times
     * {@code t} with {@code onset - margin <= t < onset + margin}. For event columns an onset is a 0-to-1 transition
     * (or a 1 at the first sample of a segment).
     */
    AROUND_ONSET
}

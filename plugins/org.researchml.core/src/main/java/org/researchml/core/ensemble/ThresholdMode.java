package org.researchml.core.ensemble;

/** Source of the decision threshold on the event probability. */
public enum ThresholdMode {

    /** The threshold given in the settings. */
    FIXED,

    /**
     * The lowest threshold at which at most the target fraction of the non-event training rows have a probability
     * above it; see {@link ThresholdSelector#forFalseAlarmRate(double[], int[], double)}.
     */
    FALSE_ALARM_RATE
}

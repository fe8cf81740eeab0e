package org.researchml.core.eeg;

/**
 * A time-stamped annotation or marker of a recording.
 *
 * @param onsetSeconds onset relative to the start of the recording, in seconds
 * @param durationSeconds duration in seconds, 0 if the annotation marks a point in time
 * @param text annotation text, for example {@code T1}
 */
public record Annotation(double onsetSeconds, double durationSeconds, String text) {

    /** Returns the end of the annotated interval in seconds. */
    public double endSeconds() {
        return onsetSeconds + durationSeconds;
    }
}

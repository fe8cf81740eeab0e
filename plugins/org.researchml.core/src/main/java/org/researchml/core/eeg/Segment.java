package org.researchml.core.eeg;

/**
 * A stretch of contiguous samples. Continuous recordings have one segment; discontinuous
 * EDF+D recordings have one per run of adjacent data records, so gaps stay visible.
 *
 * @param firstRecordSeconds offset of the segment's first sample from the recording start, in seconds
 * @param durationSeconds length of the segment in seconds
 */
public record Segment(double firstRecordSeconds, double durationSeconds) {

    /** Returns the end of the segment in seconds. */
    public double endSeconds() {
        return firstRecordSeconds + durationSeconds;
    }
}

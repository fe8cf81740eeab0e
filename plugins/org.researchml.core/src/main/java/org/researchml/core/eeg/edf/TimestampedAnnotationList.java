package org.researchml.core.eeg.edf;

import java.util.List;

/**
 * One time-stamped annotation list (TAL) of an EDF+ annotation channel: an onset, an optional
 * duration and zero or more texts that share them.
 *
 * @param onsetSeconds onset relative to the start date and time of the file, in seconds
 * @param durationSeconds duration in seconds, 0 if the TAL has none
 * @param texts annotation texts in stored order. The first is empty in a timekeeping TAL.
 */
record TimestampedAnnotationList(double onsetSeconds, double durationSeconds, List<String> texts) {

    TimestampedAnnotationList {
        texts = List.copyOf(texts);
    }
}

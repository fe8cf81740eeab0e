package org.researchml.core.study;

import java.util.List;

/** Where the held-out validation part of each training recording starts. */
final class TrainingSplit {

    private final long[] firstValidationSample;

    private TrainingSplit(long[] firstValidationSample) {
        this.firstValidationSample = firstValidationSample;
    }

    /** Holds out the last {@code validationFraction} of every recording's samples. */
    static TrainingSplit of(List<PreparedRecording> recordings, double validationFraction) {
        long[] starts = new long[recordings.size()];
        for (int i = 0; i < starts.length; i++) {
            int count = recordings.get(i).recording().sampleCount();
            starts[i] = Math.round(count * (1 - validationFraction));
        }
        return new TrainingSplit(starts);
    }

    long firstValidationSample(int recordingIndex) {
        return firstValidationSample[recordingIndex];
    }
}

package org.researchml.core.signal;

import java.util.List;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

/** Sample ranges of a recording's contiguous segments, so processing never runs across a gap. */
final class SegmentBounds {

    private SegmentBounds() {
    }

    /**
     * Returns the sample count of each segment, {@code round(duration * rate)}, with the last one adjusted
     * so that the counts add up to the recording's sample count.
     */
    static int[] segmentLengths(Recording recording) {
        List<Segment> segments = recording.segments();
        int[] lengths = new int[segments.size()];
        long total = 0;
        for (int s = 0; s < lengths.length; s++) {
            lengths[s] = (int) Math.round(segments.get(s).durationSeconds() * recording.samplingRateHz());
            total += lengths[s];
        }
        int lastIndex = lengths.length - 1;
        lengths[lastIndex] += recording.sampleCount() - total;
        if (lengths[lastIndex] < 0) {
            throw new IllegalArgumentException("The recording's segments cover " + total + " samples but it has only "
                    + recording.sampleCount() + "; its segment list does not match its samples.");
        }
        return lengths;
    }
}

package org.researchml.core.events;

import java.util.ArrayList;
import java.util.List;

import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

/**
 * Recording time of every sample and the sample ranges of the contiguous segments of a recording.
 *
 * <p>Samples of a discontinuous recording are stored back to back, so sample {@code i} of the array is not at
 * {@code i / rate} seconds once a gap has passed. This class maps sample indices to seconds segment by segment,
 * the way {@link Recording#timeOfSample(long)} does, but for all samples at once.
 */
public final class SampleTimeline {

    private final double samplingRateHz;
    private final double[] secondsOfSample;
    private final int[] segmentStarts;
    private final int[] segmentEnds;

    private SampleTimeline(double samplingRateHz, double[] secondsOfSample, int[] segmentStarts, int[] segmentEnds) {
        this.samplingRateHz = samplingRateHz;
        this.secondsOfSample = secondsOfSample;
        this.segmentStarts = segmentStarts;
        this.segmentEnds = segmentEnds;
    }

    /**
     * Builds the timeline of a recording from its segments.
     *
     * <p>Each segment holds {@code round(durationSeconds * rate)} samples. Samples left over after the last segment
     * continue the last segment, as {@link Recording#timeOfSample(long)} does.
     */
    public static SampleTimeline of(Recording recording) {
        double rate = recording.samplingRateHz();
        int sampleCount = recording.sampleCount();
        double[] seconds = new double[sampleCount];
        List<int[]> ranges = new ArrayList<>();
        int next = 0;
        List<Segment> segments = recording.segments();
        for (int s = 0; s < segments.size() && next < sampleCount; s++) {
            Segment segment = segments.get(s);
            long inSegment = Math.round(segment.durationSeconds() * rate);
            boolean last = s == segments.size() - 1;
            int end = last ? sampleCount : (int) Math.min(sampleCount, next + inSegment);
            for (int i = next; i < end; i++) {
                seconds[i] = segment.firstRecordSeconds() + (i - next) / rate;
            }
            if (end > next) {
                ranges.add(new int[] {next, end});
            }
            next = end;
        }
        int[] starts = new int[ranges.size()];
        int[] ends = new int[ranges.size()];
        for (int r = 0; r < ranges.size(); r++) {
            starts[r] = ranges.get(r)[0];
            ends[r] = ranges.get(r)[1];
        }
        return new SampleTimeline(rate, seconds, starts, ends);
    }

    public double samplingRateHz() {
        return samplingRateHz;
    }

    public int sampleCount() {
        return secondsOfSample.length;
    }

    /** Returns the recording time of a sample in seconds. */
    public double secondsOf(int sampleIndex) {
        return secondsOfSample[sampleIndex];
    }

    /** Returns the number of non-empty segments. */
    public int segmentCount() {
        return segmentStarts.length;
    }

    /** Returns the index of the first sample of a segment. */
    public int segmentStart(int segment) {
        return segmentStarts[segment];
    }

    /** Returns the index just after the last sample of a segment. */
    public int segmentEnd(int segment) {
        return segmentEnds[segment];
    }

    /**
     * Returns the index of the first sample at or after a time, or {@link #sampleCount()} if there is none.
     * A sample within a thousandth of a sample period before {@code seconds} counts as at the time, so that
     * rounding in onsets such as 4.2 s does not move a boundary by one sample.
     */
    public int firstSampleAtOrAfter(double seconds) {
        double threshold = seconds - 1e-3 / samplingRateHz;
        int low = 0;
        int high = secondsOfSample.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (secondsOfSample[middle] < threshold) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}

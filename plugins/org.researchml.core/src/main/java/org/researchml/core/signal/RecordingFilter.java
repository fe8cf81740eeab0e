package org.researchml.core.signal;

import java.util.List;
import java.util.stream.IntStream;
import org.researchml.core.eeg.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a Butterworth filter to chosen channels of a recording and returns a new recording.
 *
 * <p>Each contiguous segment is filtered on its own, so a discontinuous recording is never filtered across
 * a gap. Channels are filtered in parallel. The input recording is not modified; the other channels are
 * copied unchanged.
 */
public final class RecordingFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingFilter.class);

    private RecordingFilter() {
    }

    /**
     * Filters channels of a recording.
     *
     * @param recording input recording; not modified
     * @param spec filter settings, designed at the recording's sampling rate
     * @param channels labels of the channels to filter; {@code null} or empty filters all channels
     * @param zeroPhase {@code true} for forward-backward filtering (no phase shift, squared magnitude
     *     response, like SciPy's {@code sosfiltfilt}); {@code false} for causal filtering from a zero state
     * @return a new recording with the same channels, timing, annotations and events
     * @throws IllegalArgumentException if the filter settings are invalid, a label is unknown, or a segment is
     *     too short for zero-phase filtering
     */
    public static Recording apply(Recording recording, FilterSpec spec, List<String> channels, boolean zeroPhase) {
        SosFilter filter = ButterworthDesign.design(spec, recording.samplingRateHz());
        int[] chosen = channels == null || channels.isEmpty()
                ? IntStream.range(0, recording.channelCount()).toArray()
                : ChannelSelection.indicesOf(recording, channels, "filter");
        String mode = zeroPhase
                ? "zero-phase forward-backward, effective order " + 2 * spec.order() * spec.type().cutoffCount()
                        + ", cut-offs at -6 dB"
                : "causal, cut-offs at -3 dB";
        LOG.info("Filtering {} of {} channels with {} ({}, second-order sections: {})", chosen.length,
                recording.channelCount(), filter.description(), mode, filter.sectionCount());

        double[][] samples = new double[recording.channelCount()][];
        for (int c = 0; c < samples.length; c++) {
            samples[c] = recording.channel(c).clone();
        }
        double[][] selected = new double[chosen.length][];
        for (int i = 0; i < chosen.length; i++) {
            selected[i] = samples[chosen[i]];
        }
        int[] segmentLengths = SegmentBounds.segmentLengths(recording);
        int start = 0;
        for (int s = 0; s < segmentLengths.length; s++) {
            int end = start + segmentLengths[s];
            filterRange(filter, selected, start, end, zeroPhase, s, segmentLengths.length);
            start = end;
        }
        return recording.withSamples(recording.channelLabels(), recording.physicalUnits(), samples);
    }

    /** Filters {@code channels[*][start, end)} in place. */
    private static void filterRange(SosFilter filter, double[][] channels, int start, int end, boolean zeroPhase,
            int segment, int segmentCount) {
        if (start == end) {
            return;
        }
        if (zeroPhase && end - start <= filter.padLength()) {
            String where = segmentCount == 1 ? "The recording" : "Segment " + (segment + 1) + " of " + segmentCount;
            throw new IllegalArgumentException(where + " has " + (end - start) + " samples, but zero-phase filtering "
                    + "with " + filter.description() + " needs at least " + (filter.padLength() + 1)
                    + " samples. Use causal filtering or a lower order.");
        }
        double[][] parts = new double[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            parts[c] = start == 0 && end == channels[c].length ? channels[c]
                    : java.util.Arrays.copyOfRange(channels[c], start, end);
        }
        double[][] filtered = zeroPhase ? filter.filtfiltChannels(parts) : filter.filterChannels(parts);
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(filtered[c], 0, channels[c], start, end - start);
        }
    }
}

package org.researchml.core.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Multichannel samples in memory, all channels at one sampling rate, in physical units.
 *
 * <p>Samples of a discontinuous recording are stored back to back; {@link #segments()} records where
 * each contiguous stretch starts in recording time, so {@link #timeOfSample(long)} stays right across gaps.
 * Processing steps return new recordings and leave their input unchanged.
 */
public final class Recording {

    private final List<String> channelLabels;
    private final List<String> physicalUnits;
    private final double samplingRateHz;
    private final double[][] samples;
    private final List<Segment> segments;
    private final List<Annotation> annotations;
    private final EventColumns eventColumns;

    /**
     * Creates a recording.
     *
     * @param channelLabels one label per channel
     * @param physicalUnits one unit per channel
     * @param samplingRateHz sampling rate shared by all channels
     * @param samples {@code samples[channel][sample]}; kept, not copied
     * @param segments contiguous stretches in recording time; their durations must add up to the sample count
     * @param annotations annotations in recording time
     * @param eventColumns per-sample event columns, or {@code null}
     */
    public Recording(List<String> channelLabels, List<String> physicalUnits, double samplingRateHz, double[][] samples,
            List<Segment> segments, List<Annotation> annotations, EventColumns eventColumns) {
        if (channelLabels.size() != samples.length || physicalUnits.size() != samples.length) {
            throw new IllegalArgumentException("Got " + samples.length + " channels of samples but "
                    + channelLabels.size() + " labels and " + physicalUnits.size() + " units.");
        }
        if (!(samplingRateHz > 0)) {
            throw new IllegalArgumentException("The sampling rate must be positive, got " + samplingRateHz + " Hz.");
        }
        int length = samples.length == 0 ? 0 : samples[0].length;
        for (int c = 0; c < samples.length; c++) {
            if (samples[c].length != length) {
                throw new IllegalArgumentException("Channel " + channelLabels.get(c) + " has " + samples[c].length
                        + " samples, expected " + length + ".");
            }
        }
        this.channelLabels = List.copyOf(channelLabels);
        this.physicalUnits = List.copyOf(physicalUnits);
        this.samplingRateHz = samplingRateHz;
        this.samples = samples;
        this.segments = segments.isEmpty() ? List.of(new Segment(0, length / samplingRateHz)) : List.copyOf(segments);
        this.annotations = List.copyOf(annotations);
        this.eventColumns = eventColumns;
    }

    /** Creates a continuous recording that starts at time 0 and has no annotations or events. */
    public static Recording of(List<String> channelLabels, double samplingRateHz, double[][] samples) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < channelLabels.size(); i++) {
            units.add("");
        }
        return new Recording(channelLabels, units, samplingRateHz, samples, List.of(), List.of(), null);
    }

    public List<String> channelLabels() {
        return channelLabels;
    }

    public List<String> physicalUnits() {
        return physicalUnits;
    }

    public double samplingRateHz() {
        return samplingRateHz;
    }

    public int channelCount() {
        return samples.length;
    }

    public int sampleCount() {
        return samples.length == 0 ? 0 : samples[0].length;
    }

    /** Returns the samples of one channel; the array is shared, not copied. */
    public double[] channel(int index) {
        return samples[index];
    }

    /** Returns all samples as {@code [channel][sample]}; the arrays are shared, not copied. */
    public double[][] samples() {
        return samples;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    /** Returns the event columns, or {@code null} if the recording has none. */
    public EventColumns eventColumns() {
        return eventColumns;
    }

    /** Returns the index of the channel with this label, or -1. */
    public int indexOfChannel(String label) {
        return channelLabels.indexOf(label);
    }

    /** Returns the recording time of a sample in seconds, honouring gaps between segments. */
    public double timeOfSample(long sampleIndex) {
        long before = 0;
        for (Segment segment : segments) {
            long inSegment = Math.round(segment.durationSeconds() * samplingRateHz);
            if (sampleIndex < before + inSegment) {
                return segment.firstRecordSeconds() + (sampleIndex - before) / samplingRateHz;
            }
            before += inSegment;
        }
        Segment last = segments.get(segments.size() - 1);
        return last.endSeconds() + (sampleIndex - before) / samplingRateHz;
    }

    /** Returns a recording with other samples and channels but the same rate, timing, annotations and events. */
    public Recording withSamples(List<String> labels, List<String> units, double[][] newSamples) {
        return new Recording(labels, units, samplingRateHz, newSamples, segments, annotations, eventColumns);
    }

    /** Returns a recording with the same channels and annotations but new samples at a new rate. */
    public Recording withSamplesAtRate(double newRateHz, double[][] newSamples, EventColumns newEvents) {
        List<Segment> scaled = new ArrayList<>();
        for (Segment segment : segments) {
            scaled.add(segment);
        }
        return new Recording(channelLabels, physicalUnits, newRateHz, newSamples, scaled, annotations, newEvents);
    }

    @Override
    public String toString() {
        return "Recording[" + channelCount() + " channels, " + sampleCount() + " samples at " + samplingRateHz
                + " Hz, " + annotations.size() + " annotations" + (Objects.isNull(eventColumns) ? "" : ", events "
                        + eventColumns.names()) + "]";
    }
}

package org.researchml.core.eeg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.researchml.core.eeg.gal.GraspAndLiftReader;

/**
 * Copies chosen channels and a time range of an {@link EegSource} into a {@link Recording}.
 *
 * <p>Samples are read in chunks of {@value #CHUNK_SAMPLES} per channel, all channels of a chunk
 * one after the other, so readers that cache data records read each record once.
 */
final class RangeLoader {

    private static final int CHUNK_SAMPLES = 4096;

    private RangeLoader() {
    }

    static Recording load(Path file, EegSource source, List<String> channelLabels, double startSeconds,
            double endSeconds) throws IOException {
        RecordingHeader header = source.header();
        if (Double.isNaN(startSeconds) || Double.isNaN(endSeconds) || startSeconds >= endSeconds) {
            throw new IllegalArgumentException("Invalid time range " + startSeconds + " s to " + endSeconds
                    + " s for " + file + ": the start must be before the end.");
        }
        int[] channels = chooseChannels(file, header, channelLabels);
        double rateHz = commonRate(file, header, channels);

        List<long[]> ranges = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        long total = 0;
        long segmentFirstSample = 0;
        long available = source.sampleCount(channels[0]);
        for (Segment segment : header.segments()) {
            long segmentSamples = Math.min(Math.round(segment.durationSeconds() * rateHz),
                    available - segmentFirstSample);
            long first = Math.max(0, sampleAtOrAfter(startSeconds - segment.firstRecordSeconds(), rateHz));
            long end = Math.min(segmentSamples, sampleAtOrAfter(endSeconds - segment.firstRecordSeconds(), rateHz));
            if (end > first) {
                ranges.add(new long[] {segmentFirstSample + first, end - first});
                segments.add(new Segment(segment.firstRecordSeconds() + first / rateHz, (end - first) / rateHz));
                total += end - first;
            }
            segmentFirstSample += segmentSamples;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The range " + startSeconds + " s to " + endSeconds + " s of " + file
                    + " contains " + total + " samples per channel, more than one Java array can hold. "
                    + "Load a shorter range.");
        }

        double[][] samples = new double[channels.length][(int) total];
        int written = 0;
        for (long[] range : ranges) {
            for (long done = 0; done < range[1]; done += CHUNK_SAMPLES) {
                int count = (int) Math.min(CHUNK_SAMPLES, range[1] - done);
                for (int c = 0; c < channels.length; c++) {
                    double[] chunk = source.readSamples(channels[c], range[0] + done, count);
                    System.arraycopy(chunk, 0, samples[c], written, count);
                }
                written += count;
            }
        }

        List<String> labels = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int channel : channels) {
            labels.add(header.channels().get(channel).label());
            units.add(header.channels().get(channel).physicalUnit());
        }
        EventColumns events = null;
        if (source instanceof GraspAndLiftReader csv && csv.hasEvents() && !ranges.isEmpty()) {
            events = csv.readEvents(ranges.get(0)[0], (int) total);
        }
        return new Recording(labels, units, rateHz, samples,
                segments.isEmpty() ? List.of(new Segment(Math.max(0, startSeconds), 0)) : segments,
                overlapping(header.annotations(), startSeconds, endSeconds), events);
    }

    /** Returns the index of the first sample at or after {@code seconds} from the segment start. */
    private static long sampleAtOrAfter(double seconds, double rateHz) {
        if (seconds == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        // The small allowance keeps a sample whose time equals the bound despite rounding.
        return (long) Math.ceil(seconds * rateHz - 1e-9);
    }

    private static int[] chooseChannels(Path file, RecordingHeader header, List<String> channelLabels) {
        if (header.channels().isEmpty()) {
            throw new IllegalArgumentException(file + " has no signal channels, only annotations. Read them with "
                    + "EegFiles.open(file).header().annotations().");
        }
        if (channelLabels == null) {
            int[] all = new int[header.channels().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        if (channelLabels.isEmpty()) {
            throw new IllegalArgumentException("No channels requested from " + file
                    + ". Pass null for all channels or at least one label.");
        }
        int[] chosen = new int[channelLabels.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = header.indexOfChannel(channelLabels.get(i));
            if (chosen[i] < 0) {
                List<String> available = header.channels().stream().map(ChannelInfo::label).toList();
                throw new IllegalArgumentException("Channel '" + channelLabels.get(i) + "' not found in " + file
                        + ". Available channels: " + available + ".");
            }
        }
        return chosen;
    }

    private static double commonRate(Path file, RecordingHeader header, int[] channels) {
        double rateHz = header.channels().get(channels[0]).samplingRateHz();
        for (int channel : channels) {
            if (header.channels().get(channel).samplingRateHz() != rateHz) {
                StringBuilder rates = new StringBuilder();
                for (int c : channels) {
                    ChannelInfo info = header.channels().get(c);
                    rates.append(rates.length() == 0 ? "" : ", ").append(info.label()).append(" ")
                            .append(info.samplingRateHz()).append(" Hz");
                }
                throw new IllegalArgumentException("The chosen channels of " + file
                        + " have different sampling rates (" + rates + "). Choose channels of one rate, "
                        + "or resample them to a common rate first.");
            }
        }
        return rateHz;
    }

    private static List<Annotation> overlapping(List<Annotation> annotations, double startSeconds,
            double endSeconds) {
        List<Annotation> chosen = new ArrayList<>();
        for (Annotation annotation : annotations) {
            boolean startsBeforeEnd = annotation.onsetSeconds() < endSeconds;
            boolean endsAfterStart = annotation.endSeconds() > startSeconds
                    || annotation.onsetSeconds() >= startSeconds;
            if (startsBeforeEnd && endsAfterStart) {
                chosen.add(annotation);
            }
        }
        return chosen;
    }
}

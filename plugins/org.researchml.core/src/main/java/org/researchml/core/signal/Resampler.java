package org.researchml.core.signal;

import java.util.stream.IntStream;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resamples a whole recording by a rational factor and returns a new recording at
 * {@code samplingRateHz * up / down}; the input is not modified.
 *
 * <p>Samples go through {@link PolyphaseResampler} (anti-aliasing FIR, SciPy {@code resample_poly} behaviour),
 * channels in parallel, each contiguous segment on its own so no filter runs across a gap. Event columns are
 * resampled by nearest sample. A new sample is marked if the old sample nearest to it in time is marked.
 * Every marked old sample also marks the new sample nearest to it, so short events survive downsampling.
 * Annotations and segment times are in seconds and stay as they are.
 */
public final class Resampler {

    private static final Logger LOG = LoggerFactory.getLogger(Resampler.class);

    private Resampler() {
    }

    /**
     * Resamples a recording.
     *
     * @param recording input recording; not modified
     * @param up upsampling factor, at least 1
     * @param down downsampling factor, at least 1
     * @throws IllegalArgumentException if a factor is below 1
     */
    public static Recording resample(Recording recording, int up, int down) {
        PolyphaseResampler resampler = new PolyphaseResampler(up, down);
        double newRateHz = recording.samplingRateHz() * resampler.up() / resampler.down();
        LOG.info("Resampling {} channels from {} Hz to {} Hz (factor {}/{}, Kaiser-window polyphase FIR with {} taps)",
                recording.channelCount(), recording.samplingRateHz(), newRateHz, resampler.up(), resampler.down(),
                20 * Math.max(resampler.up(), resampler.down()) + 1);

        int[] oldLengths = SegmentBounds.segmentLengths(recording);
        int[] newLengths = new int[oldLengths.length];
        int newTotal = 0;
        for (int s = 0; s < oldLengths.length; s++) {
            newLengths[s] = resampler.outputLength(oldLengths[s]);
            newTotal += newLengths[s];
        }
        int outputLength = newTotal;
        double[][] samples = new double[recording.channelCount()][];
        IntStream.range(0, samples.length).parallel().forEach(c -> samples[c] =
                resampleSegments(resampler, recording.channel(c), oldLengths, outputLength));

        EventColumns events = recording.eventColumns();
        EventColumns newEvents = null;
        if (events != null) {
            byte[][] values = new byte[events.names().size()][];
            for (int e = 0; e < values.length; e++) {
                if (events.values()[e].length != recording.sampleCount()) {
                    throw new IllegalArgumentException("Event column '" + events.names().get(e) + "' has "
                            + events.values()[e].length + " values but the recording has " + recording.sampleCount()
                            + " samples; each event column needs one value per sample.");
                }
                values[e] = resampleEvents(events.values()[e], oldLengths, newLengths, resampler);
            }
            newEvents = new EventColumns(events.names(), values);
        }
        return recording.withSamplesAtRate(newRateHz, samples, newEvents);
    }

    private static double[] resampleSegments(PolyphaseResampler resampler, double[] channel, int[] oldLengths,
            int outputLength) {
        if (oldLengths.length == 1) {
            return resampler.resample(channel);
        }
        double[] output = new double[outputLength];
        int oldStart = 0;
        int newStart = 0;
        for (int oldLength : oldLengths) {
            double[] part = resampler.resample(java.util.Arrays.copyOfRange(channel, oldStart, oldStart + oldLength));
            System.arraycopy(part, 0, output, newStart, part.length);
            oldStart += oldLength;
            newStart += part.length;
        }
        return output;
    }

    /** Resamples one 0/1 event column segment by segment with nearest-sample mapping in both directions. */
    static byte[] resampleEvents(byte[] column, int[] oldLengths, int[] newLengths, PolyphaseResampler resampler) {
        int total = 0;
        for (int length : newLengths) {
            total += length;
        }
        byte[] output = new byte[total];
        long up = resampler.up();
        long down = resampler.down();
        int oldStart = 0;
        int newStart = 0;
        for (int s = 0; s < oldLengths.length; s++) {
            int oldLength = oldLengths[s];
            int newLength = newLengths[s];
            for (int j = 0; j < newLength; j++) {
                // New sample j lies at old sample j * down / up; round half up to the nearest old sample.
                long nearestOld = Math.min(oldLength - 1, (2 * j * down + up) / (2 * up));
                if (column[oldStart + (int) nearestOld] != 0) {
                    output[newStart + j] = 1;
                }
            }
            for (int i = 0; i < oldLength; i++) {
                if (column[oldStart + i] != 0) {
                    long nearestNew = Math.min(newLength - 1, (2 * i * up + down) / (2 * down));
                    output[newStart + (int) nearestNew] = 1;
                }
            }
            oldStart += oldLength;
            newStart += newLength;
        }
        return output;
    }
}

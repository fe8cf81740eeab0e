package org.researchml.core.signal;

import java.util.List;
import java.util.stream.IntStream;
import org.researchml.core.eeg.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-references EEG channels: subtracts, at each sample, a reference signal from every channel and returns a
 * new recording. The input recording is not modified.
 */
public final class Rereference {

    private static final Logger LOG = LoggerFactory.getLogger(Rereference.class);

    private Rereference() {
    }

    /** Subtracts the mean of all channels at each sample (common average reference). */
    public static Recording commonAverage(Recording recording) {
        if (recording.channelCount() == 0) {
            throw new IllegalArgumentException("The recording has no channels to re-reference.");
        }
        LOG.info("Re-referencing {} channels to their common average", recording.channelCount());
        return subtractMean(recording, IntStream.range(0, recording.channelCount()).toArray());
    }

    /**
     * Subtracts the mean of the reference channels at each sample, for example linked mastoids
     * {@code ["M1", "M2"]}. The reference channels are kept; a single reference channel becomes all zeros.
     *
     * @throws IllegalArgumentException if the list is empty, repeats a label, or names an unknown channel
     */
    public static Recording toChannels(Recording recording, List<String> referenceLabels) {
        int[] references = ChannelSelection.indicesOf(recording, referenceLabels, "reference channels");
        LOG.info("Re-referencing {} channels to the mean of {}", recording.channelCount(), referenceLabels);
        return subtractMean(recording, references);
    }

    private static Recording subtractMean(Recording recording, int[] references) {
        int length = recording.sampleCount();
        double[] reference = new double[length];
        for (int r : references) {
            double[] channel = recording.channel(r);
            for (int i = 0; i < length; i++) {
                reference[i] += channel[i];
            }
        }
        for (int i = 0; i < length; i++) {
            reference[i] /= references.length;
        }
        double[][] samples = new double[recording.channelCount()][];
        IntStream.range(0, samples.length).parallel().forEach(c -> {
            double[] channel = recording.channel(c);
            double[] output = new double[length];
            for (int i = 0; i < length; i++) {
                output[i] = channel[i] - reference[i];
            }
            samples[c] = output;
        });
        return recording.withSamples(recording.channelLabels(), recording.physicalUnits(), samples);
    }
}

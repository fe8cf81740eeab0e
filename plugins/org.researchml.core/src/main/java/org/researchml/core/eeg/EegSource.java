package org.researchml.core.eeg;

import java.io.IOException;

/**
 * An open EEG file from which channels and time ranges are read on demand.
 *
 * <p>Implementations read only the bytes a request needs, so memory stays bounded for a recording
 * of any length. Sample indices count the samples of one channel from the start of the data,
 * gaps of discontinuous recordings excluded.
 */
public interface EegSource extends AutoCloseable {

    /** Returns the header, parsed when the source was opened. */
    RecordingHeader header();

    /** Returns the number of samples of one channel. */
    long sampleCount(int channelIndex);

    /**
     * Reads consecutive samples of one channel in physical units.
     *
     * @param channelIndex index into {@link RecordingHeader#channels()}
     * @param firstSample index of the first sample to read
     * @param count number of samples to read
     * @return the samples, of length {@code count}
     * @throws IOException if the file cannot be read or is damaged
     * @throws IllegalArgumentException if the range lies outside the channel
     */
    double[] readSamples(int channelIndex, long firstSample, int count) throws IOException;

    @Override
    void close() throws IOException;
}

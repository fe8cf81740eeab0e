package org.researchml.core.events;

/**
 * One event as a run of samples labelled 1.
 *
 * @param startSample index of the first sample of the event
 * @param endSample index just after the last sample of the event
 */
public record EventInterval(int startSample, int endSample) {

    public EventInterval {
        if (startSample < 0 || endSample <= startSample) {
            throw new IllegalArgumentException("An event interval needs 0 <= startSample < endSample, got ["
                    + startSample + ", " + endSample + ").");
        }
    }

    /** Returns the number of samples in the event. */
    public int lengthSamples() {
        return endSample - startSample;
    }

    /** Returns whether the sample lies inside the event. */
    public boolean contains(int sampleIndex) {
        return sampleIndex >= startSample && sampleIndex < endSample;
    }
}

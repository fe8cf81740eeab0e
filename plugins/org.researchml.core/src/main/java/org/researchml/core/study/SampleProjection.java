package org.researchml.core.study;

/**
 * Turns one probability per analysis window into one probability per sample, causally.
 *
 * <p>A window covering samples {@code [end - length, end)} is complete once sample {@code end - 1} has arrived, so
 * its probability applies from that sample until the next window completes. Samples before the first complete
 * window get probability 0, as an online detector would have no output there yet.
 */
public final class SampleProjection {

    private SampleProjection() {
    }

    /**
     * Projects window probabilities onto samples.
     *
     * @param windowEndSample exclusive end sample of each window, in increasing order
     * @param windowProbability probability of each window
     * @param sampleCount number of samples of the recording
     * @return one probability per sample
     */
    public static double[] toSamples(long[] windowEndSample, double[] windowProbability, int sampleCount) {
        if (windowEndSample.length != windowProbability.length) {
            throw new IllegalArgumentException("Got " + windowEndSample.length + " window ends but "
                    + windowProbability.length + " probabilities.");
        }
        double[] perSample = new double[sampleCount];
        for (int w = 0; w < windowEndSample.length; w++) {
            if (w > 0 && windowEndSample[w] < windowEndSample[w - 1]) {
                throw new IllegalArgumentException("Window ends must increase, but window " + w + " ends at sample "
                        + windowEndSample[w] + " before window " + (w - 1) + " at " + windowEndSample[w - 1] + ".");
            }
            int from = (int) Math.max(0, windowEndSample[w] - 1);
            int to = w + 1 < windowEndSample.length ? (int) Math.min(sampleCount, windowEndSample[w + 1] - 1)
                    : sampleCount;
            for (int s = from; s < to; s++) {
                perSample[s] = windowProbability[w];
            }
        }
        return perSample;
    }
}

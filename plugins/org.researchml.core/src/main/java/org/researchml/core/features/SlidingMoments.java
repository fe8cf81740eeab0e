package org.researchml.core.features;

/**
 * Mean and variance of a window that slides along one channel, updated with running sums.
 *
 * <p>The sums hold {@code x - shift}, where {@code shift} is the mean of the window at the last full recomputation,
 * so an offset far larger than the signal's spread does not cancel digits in {@code E[x^2] - E[x]^2}. To bound the
 * rounding drift of adding and removing samples, the sums are recomputed from scratch once the samples added since
 * the last recomputation exceed the window length, which keeps the cost per window at O(step) on average.
 */
final class SlidingMoments {

    private final double[] signal;
    private final int windowSamples;
    private int end = -1;
    private double shift;
    private double sum;
    private double sumOfSquares;
    private int updatesSinceRecompute;

    SlidingMoments(double[] signal, int windowSamples) {
        this.signal = signal;
        this.windowSamples = windowSamples;
    }

    /** Moves the window to {@code [newEnd - N, newEnd)}; windows may move forward or jump anywhere. */
    void moveTo(int newEnd) {
        int distance = newEnd - end;
        if (end < 0 || distance < 0 || distance >= windowSamples
                || updatesSinceRecompute + distance > windowSamples) {
            recompute(newEnd);
            return;
        }
        for (int i = end; i < newEnd; i++) {
            double added = signal[i] - shift;
            double removed = signal[i - windowSamples] - shift;
            sum += added - removed;
            sumOfSquares += added * added - removed * removed;
        }
        updatesSinceRecompute += distance;
        end = newEnd;
    }

    double mean() {
        return shift + sum / windowSamples;
    }

    /** Returns the variance divided by the sample count (not by count - 1), never negative. */
    double variance() {
        double meanOfShifted = sum / windowSamples;
        double variance = sumOfSquares / windowSamples - meanOfShifted * meanOfShifted;
        return Math.max(variance, 0);
    }

    private void recompute(int newEnd) {
        int start = newEnd - windowSamples;
        double total = 0;
        for (int i = start; i < newEnd; i++) {
            total += signal[i];
        }
        shift = total / windowSamples;
        sum = 0;
        sumOfSquares = 0;
        for (int i = start; i < newEnd; i++) {
            double value = signal[i] - shift;
            sum += value;
            sumOfSquares += value * value;
        }
        updatesSinceRecompute = 0;
        end = newEnd;
    }
}

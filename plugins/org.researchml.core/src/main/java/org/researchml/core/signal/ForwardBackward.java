package org.researchml.core.signal;

import java.util.stream.IntStream;

/**
 * Zero-phase filtering: odd extension at both edges, a forward pass, a backward pass, and trimming.
 *
 * <p>Each pass starts from the filter's steady-state conditions scaled by its first input sample, as
 * SciPy's {@code sosfiltfilt} does. The backward pass runs on a reversed copy so that one forward kernel
 * serves both directions.
 */
final class ForwardBackward {

    private static final int CHANNELS_PER_TASK = 4;

    private ForwardBackward() {
    }

    static double[] filter(SosFilter filter, double[] signal) {
        int padLength = filter.padLength();
        requireLongerThanPad(signal.length, padLength, "The signal");
        double[] extended = extendOdd(signal, padLength);
        double[] packed = filter.packedCoefficients();

        SosKernel.filterInPlace(packed, extended, 0, extended.length, filter.scaledInitialState(extended[0]));
        reverse(extended);
        SosKernel.filterInPlace(packed, extended, 0, extended.length, filter.scaledInitialState(extended[0]));
        return trimReversed(extended, signal.length, padLength);
    }

    static double[][] filterChannels(SosFilter filter, double[][] channels) {
        int padLength = filter.padLength();
        for (int c = 0; c < channels.length; c++) {
            requireLongerThanPad(channels[c].length, padLength, "Channel " + c);
        }
        double[][] output = new double[channels.length][];
        int fullGroups = channels.length / CHANNELS_PER_TASK;
        int tasks = fullGroups + channels.length % CHANNELS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            if (task < fullGroups) {
                filterGroup(filter, channels, task * CHANNELS_PER_TASK, output);
            } else {
                int channel = fullGroups * CHANNELS_PER_TASK + task - fullGroups;
                output[channel] = filter(filter, channels[channel]);
            }
        });
        return output;
    }

    /** Filters four channels starting at {@code first} together; their lengths may differ. */
    private static void filterGroup(SosFilter filter, double[][] channels, int first, double[][] output) {
        int length = channels[first].length;
        for (int c = first + 1; c < first + CHANNELS_PER_TASK; c++) {
            if (channels[c].length != length) {
                // The interleaved kernel needs equal lengths; filter these one by one instead.
                for (int single = first; single < first + CHANNELS_PER_TASK; single++) {
                    output[single] = filter(filter, channels[single]);
                }
                return;
            }
        }
        int padLength = filter.padLength();
        double[] packed = filter.packedCoefficients();
        double[][] extended = new double[CHANNELS_PER_TASK][];
        double[][] states = new double[CHANNELS_PER_TASK][];
        for (int i = 0; i < CHANNELS_PER_TASK; i++) {
            extended[i] = extendOdd(channels[first + i], padLength);
            states[i] = filter.scaledInitialState(extended[i][0]);
        }
        SosKernel.filterInPlace4(packed, extended, 0, extended[0].length, states);
        for (int i = 0; i < CHANNELS_PER_TASK; i++) {
            reverse(extended[i]);
            states[i] = filter.scaledInitialState(extended[i][0]);
        }
        SosKernel.filterInPlace4(packed, extended, 0, extended[0].length, states);
        for (int i = 0; i < CHANNELS_PER_TASK; i++) {
            output[first + i] = trimReversed(extended[i], length, padLength);
        }
    }

    private static void requireLongerThanPad(int length, int padLength, String what) {
        if (length <= padLength) {
            throw new IllegalArgumentException(what + " has " + length + " samples, but zero-phase filtering "
                    + "with this filter pads each edge with " + padLength + " samples and needs at least "
                    + (padLength + 1) + " samples. Use a longer signal, a lower filter order or causal filtering.");
        }
    }

    /** Returns the signal with {@code padLength} samples of odd (point-symmetric) extension at each edge. */
    static double[] extendOdd(double[] signal, int padLength) {
        int length = signal.length;
        double[] extended = new double[length + 2 * padLength];
        double first = signal[0];
        double last = signal[length - 1];
        for (int i = 0; i < padLength; i++) {
            extended[i] = 2 * first - signal[padLength - i];
            extended[padLength + length + i] = 2 * last - signal[length - 2 - i];
        }
        System.arraycopy(signal, 0, extended, padLength, length);
        return extended;
    }

    private static void reverse(double[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** Undoes the reversal of the backward pass and drops the padding. */
    private static double[] trimReversed(double[] extended, int length, int padLength) {
        double[] output = new double[length];
        int last = extended.length - 1 - padLength;
        for (int i = 0; i < length; i++) {
            output[i] = extended[last - i];
        }
        return output;
    }
}

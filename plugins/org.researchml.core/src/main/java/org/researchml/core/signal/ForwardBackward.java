package org.researchml.core.signal;

import java.util.stream.IntStream;

/**
 * Zero-phase filtering: odd extension at both edges, a forward pass, a backward pass, and trimming.
 *
 * <p>Each pass starts from the filter's steady-state conditions scaled by its first input sample, as
 * SciPy's {@code sosfiltfilt} does. The edge extensions are kept in two small arrays next to the output
 * array and the filter state is carried across them, so no padded copy of the whole signal is made. The
 * backward pass does not need to run over the left extension because those samples are dropped.
 */
final class ForwardBackward {

    private static final int CHANNELS_PER_TASK = 4;

    private ForwardBackward() {
    }

    static double[] filter(SosFilter filter, double[] signal) {
        int padLength = filter.padLength();
        requireLongerThanPad(signal.length, padLength, "The signal");
        double[] packed = filter.packedCoefficients();
        double[] left = leftExtension(signal, padLength);
        double[] right = rightExtension(signal, padLength);
        double[] output = signal.clone();

        double[] state = filter.scaledInitialState(padLength > 0 ? left[0] : output[0]);
        SosKernel.filterInPlace(packed, left, 0, padLength, state);
        SosKernel.filterInPlace(packed, output, 0, output.length, state);
        SosKernel.filterInPlace(packed, right, 0, padLength, state);

        state = filter.scaledInitialState(padLength > 0 ? right[padLength - 1] : output[output.length - 1]);
        SosKernel.filterInPlaceBackward(packed, right, 0, padLength, state);
        SosKernel.filterInPlaceBackward(packed, output, 0, output.length, state);
        return output;
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
        double[][] left = new double[CHANNELS_PER_TASK][];
        double[][] right = new double[CHANNELS_PER_TASK][];
        double[][] filtered = new double[CHANNELS_PER_TASK][];
        double[][] states = new double[CHANNELS_PER_TASK][];
        for (int i = 0; i < CHANNELS_PER_TASK; i++) {
            double[] signal = channels[first + i];
            left[i] = leftExtension(signal, padLength);
            right[i] = rightExtension(signal, padLength);
            filtered[i] = signal.clone();
            states[i] = filter.scaledInitialState(padLength > 0 ? left[i][0] : signal[0]);
        }
        SosKernel.filterInPlace4(packed, left, 0, padLength, states);
        SosKernel.filterInPlace4(packed, filtered, 0, length, states);
        SosKernel.filterInPlace4(packed, right, 0, padLength, states);

        for (int i = 0; i < CHANNELS_PER_TASK; i++) {
            states[i] = filter.scaledInitialState(padLength > 0 ? right[i][padLength - 1] : filtered[i][length - 1]);
        }
        SosKernel.filterInPlace4Backward(packed, right, 0, padLength, states);
        SosKernel.filterInPlace4Backward(packed, filtered, 0, length, states);
        System.arraycopy(filtered, 0, output, first, CHANNELS_PER_TASK);
    }

    private static void requireLongerThanPad(int length, int padLength, String inputName) {
        if (length <= padLength) {
            throw new IllegalArgumentException(inputName + " has " + length + " samples, but zero-phase filtering "
                    + "with this filter pads each edge with " + padLength + " samples and needs at least "
                    + (padLength + 1) + " samples. Use a longer signal, a lower filter order or causal filtering.");
        }
    }

    /** Returns the {@code padLength} samples that precede the signal in its odd (point-symmetric) extension. */
    static double[] leftExtension(double[] signal, int padLength) {
        double[] extension = new double[padLength];
        for (int i = 0; i < padLength; i++) {
            extension[i] = 2 * signal[0] - signal[padLength - i];
        }
        return extension;
    }

    /** Returns the {@code padLength} samples that follow the signal in its odd (point-symmetric) extension. */
    static double[] rightExtension(double[] signal, int padLength) {
        int length = signal.length;
        double[] extension = new double[padLength];
        for (int i = 0; i < padLength; i++) {
            extension[i] = 2 * signal[length - 1] - signal[length - 2 - i];
        }
        return extension;
    }
}

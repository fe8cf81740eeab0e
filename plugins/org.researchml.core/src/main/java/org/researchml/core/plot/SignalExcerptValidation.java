package org.researchml.core.plot;

import java.util.List;

/** Checks the inputs of the signal excerpt plot and names the offending argument in each error. */
final class SignalExcerptValidation {

    private SignalExcerptValidation() {
    }

    static SignalExcerptPlot.SignalExcerpt validate(double[][] channels, List<String> labels, String amplitudeUnit,
            double samplingRateHz,
            double startSeconds, int[] truth, int[] detected) {
        if (channels == null || channels.length == 0) {
            throw new IllegalArgumentException("channels is empty. Pass at least one channel to plot.");
        }
        if (labels == null || labels.size() != channels.length) {
            throw new IllegalArgumentException("There are " + channels.length + " channels but "
                    + (labels == null ? 0 : labels.size()) + " labels. Pass one label per channel.");
        }
        int sampleCount = channels[0].length;
        if (sampleCount == 0) {
            throw new IllegalArgumentException("Channel " + labels.get(0) + " has no samples. Pass a non-empty excerpt.");
        }
        for (int c = 0; c < channels.length; c++) {
            if (channels[c].length != sampleCount) {
                throw new IllegalArgumentException("Channel " + labels.get(c) + " has " + channels[c].length
                        + " samples but channel " + labels.get(0) + " has " + sampleCount
                        + ". All channels must cover the same samples.");
            }
        }
        for (int c = 0; c < channels.length; c++) {
            for (int i = 0; i < sampleCount; i++) {
                if (!Double.isFinite(channels[c][i])) {
                    throw new IllegalArgumentException("Channel " + labels.get(c) + " has the value " + channels[c][i]
                            + " at sample " + i + ". Interpolate or cut out non-finite samples before plotting.");
                }
            }
        }
        if (!(samplingRateHz > 0) || Double.isInfinite(samplingRateHz)) {
            throw new IllegalArgumentException("samplingRateHz is " + samplingRateHz
                    + " but must be a positive finite number of samples per second.");
        }
        if (!Double.isFinite(startSeconds)) {
            throw new IllegalArgumentException("startSeconds is " + startSeconds + " but must be finite.");
        }
        requireFlags(truth, "truth", sampleCount);
        requireFlags(detected, "detected", sampleCount);
        return new SignalExcerptPlot.SignalExcerpt(channels, labels, amplitudeUnit == null ? "" : amplitudeUnit,
                samplingRateHz, startSeconds, truth, detected);
    }

    private static void requireFlags(int[] flags, String name, int sampleCount) {
        if (flags == null) {
            return;
        }
        if (flags.length != sampleCount) {
            throw new IllegalArgumentException(name + " has " + flags.length + " samples but the channels have "
                    + sampleCount + ". Pass one 0/1 value per sample.");
        }
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] != 0 && flags[i] != 1) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + flags[i] + " but must be 0 or 1.");
            }
        }
    }
}

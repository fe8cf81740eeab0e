package org.researchml.core.ensemble;

import java.util.Arrays;

/** Chooses decision thresholds on event probabilities; a row is an event when its probability is above the threshold. */
public final class ThresholdSelector {

    private ThresholdSelector() {
    }

    /**
     * Returns the lowest threshold at which at most {@code floor(rate * n0)} of the {@code n0} non-event rows have a
     * probability strictly above it.
     *
     * <p>The threshold is the {@code (k+1)}-th largest non-event probability with {@code k = floor(rate * n0)}, so
     * ties at that value can only lower the false-alarm count.
     *
     * @param probabilities event probability per row
     * @param labels class per row, 0 = no event, 1 = event
     * @param rate maximum fraction of non-event rows above the threshold, from 0 (inclusive) to 1 (exclusive)
     * @throws IllegalArgumentException when the arrays differ in length, the rate is out of range, a label is not
     *         0 or 1, or there are no non-event rows
     */
    public static double forFalseAlarmRate(double[] probabilities, int[] labels, double rate) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException("There are " + probabilities.length + " probabilities but "
                    + labels.length + " labels; give one label per probability.");
        }
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("Invalid false-alarm rate " + rate
                    + ": expected a fraction from 0 (inclusive) to 1 (exclusive), for example 0.0005 for 0.05 %.");
        }
        int nonEventCount = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("Invalid label " + labels[i] + " in row " + i
                        + ": expected 0 (no event) or 1 (event).");
            }
            if (labels[i] == 0) {
                nonEventCount++;
            }
        }
        if (nonEventCount == 0) {
            throw new IllegalArgumentException("No row has label 0 (no event), so no false-alarm rate can be "
                    + "measured; add non-event rows.");
        }
        double[] nonEvent = new double[nonEventCount];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 0) {
                nonEvent[next++] = probabilities[i];
            }
        }
        Arrays.sort(nonEvent);
        int allowed = (int) Math.floor(rate * nonEventCount);
        return nonEvent[nonEventCount - 1 - allowed];
    }

    /** Returns the fraction of non-event rows whose probability is above the threshold. */
    public static double falseAlarmRate(double[] probabilities, int[] labels, double threshold) {
        int nonEvent = 0;
        int above = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 0) {
                nonEvent++;
                if (probabilities[i] > threshold) {
                    above++;
                }
            }
        }
        return nonEvent == 0 ? 0 : (double) above / nonEvent;
    }
}

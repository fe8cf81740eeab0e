package org.researchml.core.ensemble;

import java.util.Arrays;
import java.util.Comparator;

/** Area under the ROC curve of event probabilities, by the rank-sum (Mann-Whitney) formula with tied ranks averaged. */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * Returns the probability that a random event row scores higher than a random non-event row (ties count half).
     *
     * @throws IllegalArgumentException when the lengths differ or one class is missing
     */
    public static double compute(double[] scores, int[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("There are " + scores.length + " scores but " + labels.length
                    + " labels.");
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double eventRankSum = 0;
        long events = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (labels[order[k]] == 1) {
                    eventRankSum += averageRank;
                    events++;
                }
            }
            start = end + 1;
        }
        long nonEvents = scores.length - events;
        if (events == 0 || nonEvents == 0) {
            throw new IllegalArgumentException("The ROC AUC needs rows of both classes; found " + events
                    + " event rows and " + nonEvents + " non-event rows.");
        }
        return (eventRankSum - events * (events + 1) / 2.0) / ((double) events * nonEvents);
    }
}

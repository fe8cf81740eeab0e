package org.researchml.core.events;

import java.util.ArrayList;
import java.util.List;

/** Conversion between per-sample 0/1 labels and event intervals. */
public final class EventIntervals {

    private EventIntervals() {
    }

    /**
     * Returns the runs of consecutive 1s of a label array as intervals, in sample order.
     *
     * @param labels one label per sample, each 0 or 1
     * @throws IllegalArgumentException if a label is neither 0 nor 1
     */
    public static List<EventInterval> of(int[] labels) {
        List<EventInterval> intervals = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label != 0 && label != 1) {
                throw new IllegalArgumentException("Label at sample " + i + " is " + label
                        + ", expected 0 (no event) or 1 (event).");
            }
            if (label == 1 && start < 0) {
                start = i;
            } else if (label == 0 && start >= 0) {
                intervals.add(new EventInterval(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            intervals.add(new EventInterval(start, labels.length));
        }
        return intervals;
    }

    /**
     * Returns a label array of the given length with 1 inside the intervals and 0 elsewhere.
     *
     * @throws IllegalArgumentException if an interval ends after {@code sampleCount}
     */
    public static int[] toLabels(List<EventInterval> intervals, int sampleCount) {
        int[] labels = new int[sampleCount];
        for (EventInterval interval : intervals) {
            if (interval.endSample() > sampleCount) {
                throw new IllegalArgumentException("Event interval " + interval + " ends after the last sample ("
                        + sampleCount + " samples).");
            }
            for (int i = interval.startSample(); i < interval.endSample(); i++) {
                labels[i] = 1;
            }
        }
        return labels;
    }
}

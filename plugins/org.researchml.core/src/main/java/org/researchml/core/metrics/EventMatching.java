package org.researchml.core.metrics;

import java.util.ArrayList;
import java.util.List;

/** Event-level and false-alarm counts that compare predicted runs with true event runs. */
final class EventMatching {

    private EventMatching() {
    }

    /** Matches each true event with the first predicted-positive sample inside it. */
    static List<EventResult> matchEvents(int[] truth, int[] predicted, double samplingRateHz) {
        List<EventResult> results = new ArrayList<>();
        for (SampleRun event : SampleRun.findRuns(truth)) {
            int firstDetected = -1;
            for (int i = event.startSample(); i < event.endSample(); i++) {
                if (predicted[i] == 1) {
                    firstDetected = i;
                    break;
                }
            }
            double onsetSeconds = event.startSample() / samplingRateHz;
            double durationSeconds = event.length() / samplingRateHz;
            if (firstDetected < 0) {
                results.add(new EventResult(onsetSeconds, durationSeconds, false, Double.NaN));
            } else {
                double latencySeconds = (firstDetected - event.startSample()) / samplingRateHz;
                results.add(new EventResult(onsetSeconds, durationSeconds, true, latencySeconds));
            }
        }
        return results;
    }

    /** Counts maximal runs of predicted-positive samples that contain no sample with truth 1. */
    static int countFalseAlarmEpisodes(int[] truth, int[] predicted) {
        int episodes = 0;
        for (SampleRun detection : SampleRun.findRuns(predicted)) {
            boolean overlapsEvent = false;
            for (int i = detection.startSample(); i < detection.endSample() && !overlapsEvent; i++) {
                overlapsEvent = truth[i] == 1;
            }
            if (!overlapsEvent) {
                episodes++;
            }
        }
        return episodes;
    }
}

package org.researchml.core.metrics;

import java.util.List;

/**
 * Computes sample-level, false-alarm and event-level metrics of a sample-by-sample event detector.
 *
 * <p>Definitions:
 * <ul>
 *   <li>A sample is predicted positive when its probability is above the threshold, the rule the ensemble
 *   uses when it chooses a threshold for a false-alarm rate.</li>
 *   <li>An event is a maximal run of truth = 1. It is found when at least one of its samples is predicted
 *       positive, and its latency is the time from its first sample to its first predicted-positive sample.</li>
 *   <li>A false-alarm episode is a maximal run of predicted-positive samples that contains no sample with
 *       truth = 1. False alarms per minute = episodes / (samples with truth 0 / samplingRateHz / 60).
 *       The report also gives the false-positive sample count, which counts every such sample.</li>
 * </ul>
 */
public final class DetectionMetrics {

    private DetectionMetrics() {
    }

    /**
     * Computes the report.
     *
     * @param truth 0/1 label per sample, 1 while an event is under way
     * @param probability event probability per sample, any value except NaN
     * @param threshold probability above which a sample counts as detected
     * @param samplingRateHz samples per second, used for latencies and false alarms per minute
     * @throws IllegalArgumentException if the arrays differ in length, a probability is NaN, a label is
     *     not 0/1, the threshold is NaN or the sampling rate is not positive
     */
    public static DetectionReport compute(int[] truth, double[] probability, double threshold, double samplingRateHz) {
        SampleValidation.requireScores(truth, probability);
        SampleValidation.requireThreshold(threshold);
        SampleValidation.requireSamplingRate(samplingRateHz);

        int[] predicted = predict(probability, threshold);
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, predicted);

        long positives = matrix.truePositives() + matrix.falseNegatives();
        long negatives = matrix.trueNegatives() + matrix.falsePositives();
        RocCurve roc = positives > 0 && negatives > 0 ? RocCurve.of(truth, probability) : null;
        double rocAuc = roc == null ? Double.NaN : roc.area();
        double averagePrecision = AveragePrecision.of(truth, probability);

        int episodes = EventMatching.countFalseAlarmEpisodes(truth, predicted);
        double nonEventMinutes = negatives / samplingRateHz / 60.0;
        double falseAlarmsPerMinute = negatives == 0 ? Double.NaN : episodes / nonEventMinutes;
        List<EventResult> events = EventMatching.matchEvents(truth, predicted, samplingRateHz);

        return new DetectionReport(threshold, samplingRateHz, matrix, rocAuc, averagePrecision, roc,
                matrix.falsePositives(), episodes, nonEventMinutes, falseAlarmsPerMinute, events);
    }

    /** Returns 1 where probability &gt; threshold and 0 elsewhere. */
    public static int[] predict(double[] probability, double threshold) {
        int[] predicted = new int[probability.length];
        for (int i = 0; i < probability.length; i++) {
            predicted[i] = probability[i] > threshold ? 1 : 0;
        }
        return predicted;
    }
}

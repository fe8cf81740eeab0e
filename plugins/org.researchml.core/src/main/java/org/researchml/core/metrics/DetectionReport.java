package org.researchml.core.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Metrics of a sample-by-sample event detector on one recording; {@link DetectionMetrics} computes it.
 *
 * <p>Undefined values (a ratio with zero denominator, the ROC AUC without both classes, the latency of
 * an event that was missed) are {@link Double#NaN} here and {@code null} in JSON.
 *
 * @param threshold probability above which a sample counts as predicted positive
 * @param samplingRateHz samples per second
 * @param confusionMatrix sample-level counts
 * @param rocAuc area under the ROC curve, equal to the Mann-Whitney statistic with ties counted 1/2
 * @param averagePrecision area under the precision-recall curve as scikit-learn defines it, see {@link AveragePrecision}
 * @param rocCurve ROC curve points, or {@code null} when the truth lacks either class
 * @param falsePositiveSamples samples with truth 0 predicted positive (the FP cell)
 * @param falseAlarmEpisodes maximal runs of predicted-positive samples that contain no true event sample
 * @param nonEventDurationMinutes total duration of samples with truth 0, in minutes
 * @param falseAlarmsPerMinute false-alarm episodes divided by the non-event duration in minutes
 * @param events one result per true event, in time order
 */
public record DetectionReport(double threshold, double samplingRateHz, ConfusionMatrix confusionMatrix,
        double rocAuc, double averagePrecision, RocCurve rocCurve, long falsePositiveSamples,
        int falseAlarmEpisodes, double nonEventDurationMinutes, double falseAlarmsPerMinute,
        List<EventResult> events) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DetectionReport {
        events = List.copyOf(events);
    }

    /** Returns the number of true events. */
    public int eventCount() {
        return events.size();
    }

    /** Returns the number of true events with at least one detected sample inside. */
    public int eventsFound() {
        return (int) events.stream().filter(EventResult::found).count();
    }

    /** Returns found events / all events, or NaN when the truth contains no event. */
    public double hitRate() {
        return events.isEmpty() ? Double.NaN : (double) eventsFound() / events.size();
    }

    /** Returns the mean detection latency of the found events in seconds, or NaN when none was found. */
    public double meanLatencySeconds() {
        double[] latencies = foundLatencies();
        if (latencies.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double latency : latencies) {
            sum += latency;
        }
        return sum / latencies.length;
    }

    /**
     * Returns the median detection latency of the found events in seconds (the mean of the two middle
     * values for an even count), or NaN when none was found.
     */
    public double medianLatencySeconds() {
        double[] latencies = foundLatencies();
        if (latencies.length == 0) {
            return Double.NaN;
        }
        java.util.Arrays.sort(latencies);
        int middle = latencies.length / 2;
        return latencies.length % 2 == 1 ? latencies[middle] : (latencies[middle - 1] + latencies[middle]) / 2;
    }

    private double[] foundLatencies() {
        return events.stream().filter(EventResult::found).mapToDouble(EventResult::latencySeconds).toArray();
    }

    /** Writes the report as an indented JSON object, with units in the field names. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the detection report as JSON: " + e.getMessage(), e);
        }
    }

    /** Builds the JSON tree that {@link #toJson()} writes. */
    public ObjectNode toJsonTree() {
        ObjectNode root = MAPPER.createObjectNode();
        putNumber(root, "threshold", threshold);
        putNumber(root, "samplingRateHz", samplingRateHz);
        root.put("sampleCount", confusionMatrix.total());

        ObjectNode samples = root.putObject("sampleLevel");
        samples.put("truePositives", confusionMatrix.truePositives());
        samples.put("falsePositives", confusionMatrix.falsePositives());
        samples.put("trueNegatives", confusionMatrix.trueNegatives());
        samples.put("falseNegatives", confusionMatrix.falseNegatives());
        putNumber(samples, "precision", confusionMatrix.precision());
        putNumber(samples, "recall", confusionMatrix.recall());
        putNumber(samples, "f1", confusionMatrix.f1());
        putNumber(samples, "specificity", confusionMatrix.specificity());
        putNumber(samples, "accuracy", confusionMatrix.accuracy());
        putNumber(samples, "rocAuc", rocAuc);
        putNumber(samples, "averagePrecision", averagePrecision);

        ObjectNode falseAlarms = root.putObject("falseAlarms");
        falseAlarms.put("falsePositiveSamples", falsePositiveSamples);
        falseAlarms.put("episodes", falseAlarmEpisodes);
        putNumber(falseAlarms, "nonEventDurationMinutes", nonEventDurationMinutes);
        putNumber(falseAlarms, "perMinute", falseAlarmsPerMinute);

        ObjectNode eventLevel = root.putObject("eventLevel");
        eventLevel.put("eventCount", eventCount());
        eventLevel.put("eventsFound", eventsFound());
        putNumber(eventLevel, "hitRate", hitRate());
        putNumber(eventLevel, "meanLatencySeconds", meanLatencySeconds());
        putNumber(eventLevel, "medianLatencySeconds", medianLatencySeconds());
        ArrayNode eventArray = eventLevel.putArray("events");
        for (EventResult event : events) {
            ObjectNode node = eventArray.addObject();
            putNumber(node, "onsetSeconds", event.onsetSeconds());
            putNumber(node, "durationSeconds", event.durationSeconds());
            node.put("found", event.found());
            putNumber(node, "latencySeconds", event.latencySeconds());
        }
        return root;
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}

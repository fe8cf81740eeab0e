package org.researchml.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DetectionMetricsTest {

    // At 10 Hz, events cover samples 2..4 and 10..13. Detections cover 3..5 (overlapping event 1),
    // 7..8 (false alarm) and 16 (false alarm), so event 2 is missed.
    private static final int[] TRUTH = {0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    private static final double[] PROBABILITY =
            {0.1, 0.2, 0.3, 0.9, 0.8, 0.7, 0.1, 0.6, 0.6, 0.2, 0.4, 0.3, 0.2, 0.1, 0.0, 0.1, 0.95, 0.1, 0.0, 0.2};

    @Test
    void confusionMatrixCounts() {
        ConfusionMatrix matrix = DetectionMetrics.compute(TRUTH, PROBABILITY, 0.5, 10).confusionMatrix();

        assertEquals(2, matrix.truePositives());
        assertEquals(4, matrix.falsePositives());
        assertEquals(9, matrix.trueNegatives());
        assertEquals(5, matrix.falseNegatives());
    }

    @Test
    void ratiosFromCounts() {
        ConfusionMatrix matrix = new ConfusionMatrix(2, 4, 9, 5);

        assertEquals(2.0 / 6, matrix.precision(), 1e-15);
        assertEquals(2.0 / 7, matrix.recall(), 1e-15);
        assertEquals(9.0 / 13, matrix.specificity(), 1e-15);
        assertEquals(4.0 / 13, matrix.f1(), 1e-15);
        assertEquals(11.0 / 20, matrix.accuracy(), 1e-15);
    }

    @Test
    void precisionUndefinedWithoutPredictions() {
        ConfusionMatrix matrix = new ConfusionMatrix(0, 0, 5, 3);

        assertTrue(Double.isNaN(matrix.precision()));
        assertEquals(0.0, matrix.recall());
    }

    @Test
    void falseAlarmEpisodesAndRate() {
        DetectionReport report = DetectionMetrics.compute(TRUTH, PROBABILITY, 0.5, 10);

        assertEquals(2, report.falseAlarmEpisodes());
        assertEquals(4, report.falsePositiveSamples());
        // 13 non-event samples at 10 Hz = 1.3 s.
        assertEquals(1.3 / 60, report.nonEventDurationMinutes(), 1e-12);
        assertEquals(2 / (1.3 / 60), report.falseAlarmsPerMinute(), 1e-9);
    }

    @Test
    void detectionTouchingEventIsNoFalseAlarm() {
        int[] truth = {0, 0, 1, 1, 0, 0};
        double[] probability = {0, 1, 1, 0, 0, 0};

        assertEquals(0, DetectionMetrics.compute(truth, probability, 0.5, 1).falseAlarmEpisodes());
    }

    @Test
    void eventHitsAndLatency() {
        DetectionReport report = DetectionMetrics.compute(TRUTH, PROBABILITY, 0.5, 10);

        assertEquals(2, report.eventCount());
        assertEquals(1, report.eventsFound());
        assertEquals(0.5, report.hitRate());
        EventResult first = report.events().get(0);
        assertTrue(first.found());
        assertEquals(0.2, first.onsetSeconds(), 1e-12);
        assertEquals(0.3, first.durationSeconds(), 1e-12);
        assertEquals(0.1, first.latencySeconds(), 1e-12);
        EventResult second = report.events().get(1);
        assertFalse(second.found());
        assertTrue(Double.isNaN(second.latencySeconds()));
        assertEquals(0.1, report.meanLatencySeconds(), 1e-12);
        assertEquals(0.1, report.medianLatencySeconds(), 1e-12);
    }

    @Test
    void medianLatencyOfEvenCount() {
        int[] truth = {1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1};
        double[] probability = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1};

        DetectionReport report = DetectionMetrics.compute(truth, probability, 0.5, 2);

        assertEquals(4, report.eventsFound());
        assertEquals((0 + 0.5 + 1 + 1) / 4.0, report.meanLatencySeconds(), 1e-12);
        assertEquals(0.75, report.medianLatencySeconds(), 1e-12);
    }

    @Test
    void thresholdIsExclusive() {
        int[] predicted = DetectionMetrics.predict(new double[] {0.49, 0.5, 0.51}, 0.5);

        assertEquals(0, predicted[0]);
        assertEquals(0, predicted[1]);
        assertEquals(1, predicted[2]);
    }

    @Test
    void rocAucEqualsMannWhitneyWithTies() {
        int[] truth = {1, 0, 1, 0, 1, 0, 0};
        double[] score = {0.8, 0.8, 0.5, 0.5, 0.3, 0.9, 0.1};

        // Pairs (positive, negative): 3 x 4 = 12. Wins count 1, ties 1/2.
        double wins = 0;
        for (int p = 0; p < truth.length; p++) {
            for (int n = 0; n < truth.length; n++) {
                if (truth[p] == 1 && truth[n] == 0) {
                    if (score[p] > score[n]) {
                        wins += 1;
                    } else if (score[p] == score[n]) {
                        wins += 0.5;
                    }
                }
            }
        }

        assertEquals(wins / 12, RocCurve.of(truth, score).area(), 1e-15);
    }

    @Test
    void rocCurvePointsStartAndEnd() {
        RocCurve curve = RocCurve.of(new int[] {0, 1, 1, 0}, new double[] {0.1, 0.4, 0.4, 0.8});

        assertEquals(4, curve.size());
        assertEquals(Double.POSITIVE_INFINITY, curve.thresholds()[0]);
        assertEquals(0.0, curve.falsePositiveRates()[0]);
        assertEquals(0.0, curve.truePositiveRates()[0]);
        assertEquals(0.5, curve.falsePositiveRates()[1]);
        assertEquals(0.0, curve.truePositiveRates()[1]);
        assertEquals(0.5, curve.falsePositiveRates()[2]);
        assertEquals(1.0, curve.truePositiveRates()[2]);
        assertEquals(1.0, curve.falsePositiveRates()[3]);
        assertEquals(1.0, curve.truePositiveRates()[3]);
    }

    @Test
    void rocUndefinedWithoutEvents() {
        DetectionReport report = DetectionMetrics.compute(new int[] {0, 0, 0}, new double[] {0.1, 0.7, 0.2}, 0.5, 1);

        assertTrue(Double.isNaN(report.rocAuc()));
        assertTrue(Double.isNaN(report.averagePrecision()));
        assertTrue(Double.isNaN(report.hitRate()));
        assertNull(report.rocCurve());
        assertEquals(1, report.falseAlarmEpisodes());
    }

    @Test
    void rocCurveRejectsOneClass() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new int[] {1, 1}, new double[] {0.2, 0.3}));

        assertEquals("The ROC curve needs both classes, but truth has 2 positive and 0 negative samples."
                + " Evaluate on data that contains events and non-events.", error.getMessage());
    }

    @Test
    void lengthMismatchNamesBothLengths() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DetectionMetrics.compute(new int[] {0, 1, 0}, new double[] {0.1, 0.2}, 0.5, 10));

        assertEquals("truth has 3 samples but probability has 2. Both must cover the same samples.",
                error.getMessage());
    }

    @Test
    void nanProbabilityNamesIndex() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DetectionMetrics.compute(new int[] {0, 1, 0}, new double[] {0.1, 0.2, Double.NaN}, 0.5, 10));

        assertEquals("probability[2] is NaN. Remove or impute that sample before computing metrics.",
                error.getMessage());
    }

    @Test
    void labelOtherThanBinaryRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DetectionMetrics.compute(new int[] {0, 2, 0}, new double[] {0.1, 0.2, 0.3}, 0.5, 10));

        assertEquals("truth[1] is 2 but labels must be 0 (no event) or 1 (event). Recode the truth column to 0/1.",
                error.getMessage());
    }

    @Test
    void confusionMatrixRejectsNonBinaryPrediction() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, -1}));

        assertEquals("predicted[1] is -1 but labels must be 0 (no event) or 1 (event). Recode the predicted column"
                + " to 0/1.", error.getMessage());
    }

    @Test
    void nonPositiveSamplingRateRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DetectionMetrics.compute(new int[] {0, 1}, new double[] {0.1, 0.2}, 0.5, 0));

        assertEquals("samplingRateHz is 0.0 but must be a positive finite number of samples per second.",
                error.getMessage());
    }

    @Test
    void nanThresholdRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DetectionMetrics.compute(new int[] {0, 1}, new double[] {0.1, 0.2}, Double.NaN, 10));

        assertTrue(error.getMessage().startsWith("threshold is NaN"), error.getMessage());
    }

    @Test
    void jsonHasFieldsAndNullForUndefined() throws Exception {
        DetectionReport report = DetectionMetrics.compute(TRUTH, PROBABILITY, 0.5, 10);

        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertEquals(0.5, json.get("threshold").asDouble());
        assertEquals(20, json.get("sampleCount").asInt());
        assertEquals(2, json.at("/sampleLevel/truePositives").asInt());
        assertEquals(report.rocAuc(), json.at("/sampleLevel/rocAuc").asDouble(), 1e-15);
        assertEquals(2, json.at("/falseAlarms/episodes").asInt());
        assertEquals(4, json.at("/falseAlarms/falsePositiveSamples").asInt());
        assertEquals(0.5, json.at("/eventLevel/hitRate").asDouble());
        assertEquals(2, json.at("/eventLevel/events").size());
        assertTrue(json.at("/eventLevel/events/1/latencySeconds").isNull());
        assertFalse(json.at("/eventLevel/events/1/found").asBoolean());
    }
}

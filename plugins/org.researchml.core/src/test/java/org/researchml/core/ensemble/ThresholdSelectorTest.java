package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ThresholdSelectorTest {

    @Test
    void thresholdAllowsFloorOfRate() {
        double[] p = {0.1, 0.2, 0.3, 0.4, 0.9, 0.8};
        int[] labels = {0, 0, 0, 0, 1, 1};

        assertEquals(0.4, ThresholdSelector.forFalseAlarmRate(p, labels, 0.0));
        assertEquals(0.4, ThresholdSelector.forFalseAlarmRate(p, labels, 0.2));
        assertEquals(0.3, ThresholdSelector.forFalseAlarmRate(p, labels, 0.25));
        assertEquals(0.1, ThresholdSelector.forFalseAlarmRate(p, labels, 0.99));
    }

    @Test
    void targetRateMetOnRandomScores() {
        Random random = new Random(5);
        int n = 200_000;
        double[] p = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < 0.1 ? 1 : 0;
            p[i] = Math.round(random.nextDouble() * 1000) / 1000.0 + labels[i] * 0.2;
        }

        double threshold = ThresholdSelector.forFalseAlarmRate(p, labels, 0.0005);

        assertTrue(ThresholdSelector.falseAlarmRate(p, labels, threshold) <= 0.0005);
    }

    @Test
    void noNonEventRowsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ThresholdSelector.forFalseAlarmRate(new double[] {0.5}, new int[] {1}, 0.01));

        assertTrue(error.getMessage().contains("No row has label 0"), error.getMessage());
    }

    @Test
    void rateOutOfRangeRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ThresholdSelector.forFalseAlarmRate(new double[] {0.5}, new int[] {0}, 1.0));

        assertTrue(error.getMessage().contains("Invalid false-alarm rate 1.0"), error.getMessage());
    }

    @Test
    void aucMatchesHandCount() {
        double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4};
        int[] labels = {0, 0, 1, 1, 1};

        // Pairs (event > non-event): 0.35>0.1, 0.8>both, 0.4>0.1, 0.4=0.4 counts half: (1 + 2 + 1.5) / 6.
        assertEquals(4.5 / 6, RocAuc.compute(scores, labels), 1e-12);
    }
}

package org.researchml.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.researchml.core.image.BinaryMask;

class SegmentationScoresTest {

    /** Builds a mask from rows of '#' (foreground) and '.' (background). */
    private static BinaryMask mask(String... rows) {
        int width = rows[0].length();
        boolean[] foreground = new boolean[width * rows.length];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < width; x++) {
                foreground[y * width + x] = rows[y].charAt(x) == '#';
            }
        }
        return new BinaryMask("m", width, rows.length, foreground);
    }

    @Test
    void handCountedScores() {
        // Truth has 4 foreground pixels, the prediction 3 of them plus 2 wrong ones.
        BinaryMask truth = mask("##..", "##..", "....");
        BinaryMask prediction = mask("##..", "#.##", "....");

        SegmentationScores scores = SegmentationScores.compare(truth, prediction);

        assertEquals(3, scores.truePositives());
        assertEquals(2, scores.falsePositives());
        assertEquals(1, scores.falseNegatives());
        assertEquals(6, scores.trueNegatives());
        assertEquals(3.0 / 6, scores.iou(), 1e-12);
        assertEquals(6.0 / 9, scores.dice(), 1e-12);
        assertEquals(3.0 / 5, scores.precision(), 1e-12);
        assertEquals(3.0 / 4, scores.recall(), 1e-12);
        assertEquals(9.0 / 12, scores.pixelAccuracy(), 1e-12);
    }

    @Test
    void pooledCountsNotMeanOfScores() {
        SegmentationScores perfect = SegmentationScores.compare(mask("#."), mask("#."));
        SegmentationScores missed = SegmentationScores.compare(mask("###."), mask("...."));

        SegmentationScores pooled = SegmentationScores.pooled(List.of(perfect, missed));

        assertEquals(1, pooled.truePositives());
        assertEquals(3, pooled.falseNegatives());
        assertEquals(0.25, pooled.iou(), 1e-12);
        assertEquals(2.0 / 5, pooled.dice(), 1e-12);
        assertEquals(6, pooled.pixelCount());
    }

    @Test
    void bothEmptyScoresOne() {
        SegmentationScores scores = SegmentationScores.compare(mask("...."), mask("...."));

        assertEquals(1.0, scores.iou());
        assertEquals(1.0, scores.dice());
        assertEquals(1.0, scores.precision());
        assertEquals(1.0, scores.recall());
    }

    @Test
    void emptyPredictionScoresZero() {
        SegmentationScores scores = SegmentationScores.compare(mask("#..."), mask("...."));

        assertEquals(0.0, scores.iou());
        assertEquals(0.0, scores.precision());
        assertEquals(0.75, scores.pixelAccuracy());
    }

    @Test
    void sizeMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SegmentationScores.compare(mask("##"), mask("###")));

        assertTrue(error.getMessage().contains("is 3x1 but ground truth m is 2x1"), error.getMessage());
    }
}

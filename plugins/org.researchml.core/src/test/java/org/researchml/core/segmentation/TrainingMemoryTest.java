package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.researchml.core.image.IntensityNormalization;

class TrainingMemoryTest {

    private static final long GIB = 1024L * 1024 * 1024;

    private static TrainingConfig config(int baseFilters, int patchSize, int batchSize) {
        return new TrainingConfig(UNetArchitecture.of(4, baseFilters), SegmentationLoss.CROSS_ENTROPY_PLUS_DICE,
                patchSize, batchSize, 1, 1, 1e-3, 1, 0.5, Augmentation.NONE, IntensityNormalization.Method.MIN_MAX, 1,
                0.5, 0, 1);
    }

    @Test
    void estimateScalesWithPixels() {
        double small = TrainingMemory.estimatedBytes(config(16, 256, 4));

        assertEquals(4 * small, TrainingMemory.estimatedBytes(config(16, 512, 4)), 1);
        assertEquals(2 * small, TrainingMemory.estimatedBytes(config(16, 256, 8)), 1);
        // Measured about 1.2 GiB above the idle process for this setting.
        assertTrue(small > 0.8 * GIB, "estimate " + small / GIB + " GiB");
        assertTrue(small < 1.6 * GIB, "estimate " + small / GIB + " GiB");
    }

    @Test
    void studySettingsFitIntoEightGib() {
        assertDoesNotThrow(() -> TrainingMemory.check(SegmentationStudy.defaultConfig(), 8 * GIB));
    }

    @Test
    void hugePatchRejectedBeforeTraining() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new UNetTrainer(config(8, 2048, 8)).train(List.of(SyntheticImages.disks("a", 32, 2, 1)),
                        List.of(), TrainingListener.of(org.researchml.core.progress.ProgressListener.NONE)));

        assertTrue(error.getMessage().contains("patches of 2048 px in batches of 8"), error.getMessage());
        assertTrue(error.getMessage().contains("Use a smaller patch size or batch size"), error.getMessage());
    }
}

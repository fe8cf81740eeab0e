package org.researchml.knime.segmentation.learner;

import org.knime.core.node.NodeSettings;

/** Settings of a U-Net small enough to train in a few seconds in a test. */
public final class UNetLearnerTestSettings {

    private UNetLearnerTestSettings() {
    }

    /** Two levels, 4 base filters, no batch normalization, 2 epochs of 3 steps on 2 patches of 32 px. */
    public static void tiny(NodeSettings settings) {
        settings.addInt(UNetLearnerSettings.KEY_DEPTH, 2);
        settings.addInt(UNetLearnerSettings.KEY_BASE_FILTERS, 4);
        settings.addBoolean(UNetLearnerSettings.KEY_BATCH_NORMALIZATION, false);
        settings.addInt(UNetLearnerSettings.KEY_MAX_EPOCHS, 2);
        settings.addInt(UNetLearnerSettings.KEY_STEPS_PER_EPOCH, 3);
        settings.addInt(UNetLearnerSettings.KEY_PATCH_SIZE, 32);
        settings.addInt(UNetLearnerSettings.KEY_BATCH_SIZE, 2);
        settings.addDouble(UNetLearnerSettings.KEY_LEARNING_RATE, 0.01);
        settings.addString(UNetLearnerSettings.KEY_VALIDATION_SPLIT, UNetLearnerSettings.LAST_ROWS);
        settings.addInt(UNetLearnerSettings.KEY_VALIDATION_ROWS, 1);
        settings.addInt(UNetLearnerSettings.KEY_SEED, 7);
    }
}

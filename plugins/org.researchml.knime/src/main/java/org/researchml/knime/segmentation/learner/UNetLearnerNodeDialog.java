package org.researchml.knime.segmentation.learner;

import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the U-Net Learner; labels match the option names of the node description. */
final class UNetLearnerNodeDialog extends DefaultNodeSettingsPane {

    UNetLearnerNodeDialog() {
        UNetLearnerSettings settings = new UNetLearnerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(settings.imageColumn,
                UNetLearnerSettings.LABEL_IMAGE_COLUMN, 0, PNGImageValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.maskColumn,
                UNetLearnerSettings.LABEL_MASK_COLUMN, 0, PNGImageValue.class));

        createNewGroup("Architecture");
        addDialogComponent(new DialogComponentNumber(settings.depth, UNetLearnerSettings.LABEL_DEPTH, 1));
        addDialogComponent(new DialogComponentNumber(settings.baseFilters, UNetLearnerSettings.LABEL_BASE_FILTERS, 8));
        addDialogComponent(new DialogComponentBoolean(settings.batchNormalization,
                UNetLearnerSettings.LABEL_BATCH_NORMALIZATION));
        addDialogComponent(new DialogComponentNumber(settings.dropoutRate, UNetLearnerSettings.LABEL_DROPOUT, 0.1));
        addDialogComponent(new DialogComponentStringSelection(settings.decoder, UNetLearnerSettings.LABEL_DECODER,
                UNetLearnerSettings.TRANSPOSED, UNetLearnerSettings.UPSAMPLING));
        closeCurrentGroup();

        createNewGroup("Training");
        addDialogComponent(new DialogComponentStringSelection(settings.loss, UNetLearnerSettings.LABEL_LOSS,
                UNetLearnerSettings.BCE, UNetLearnerSettings.DICE, UNetLearnerSettings.BCE_DICE));
        addDialogComponent(new DialogComponentNumber(settings.maxEpochs, UNetLearnerSettings.LABEL_MAX_EPOCHS, 1));
        addDialogComponent(new DialogComponentNumber(settings.stepsPerEpoch,
                UNetLearnerSettings.LABEL_STEPS_PER_EPOCH, 10));
        addDialogComponent(new DialogComponentNumber(settings.patchSize, UNetLearnerSettings.LABEL_PATCH_SIZE, 16));
        addDialogComponent(new DialogComponentNumber(settings.batchSize, UNetLearnerSettings.LABEL_BATCH_SIZE, 1));
        addDialogComponent(new DialogComponentNumber(settings.learningRate, UNetLearnerSettings.LABEL_LEARNING_RATE,
                0.0001));
        addDialogComponent(new DialogComponentNumber(settings.learningRateDecay,
                UNetLearnerSettings.LABEL_LEARNING_RATE_DECAY, 0.01));
        addDialogComponent(new DialogComponentNumber(settings.foregroundFraction,
                UNetLearnerSettings.LABEL_FOREGROUND_FRACTION, 0.1));
        addDialogComponent(new DialogComponentStringSelection(settings.augmentation,
                UNetLearnerSettings.LABEL_AUGMENTATION, UNetLearnerSettings.NO_AUGMENTATION,
                UNetLearnerSettings.STANDARD_AUGMENTATION));
        addDialogComponent(new DialogComponentStringSelection(settings.normalization,
                UNetLearnerSettings.LABEL_NORMALIZATION, UNetLearnerSettings.PERCENTILES,
                UNetLearnerSettings.MIN_MAX));
        addDialogComponent(new DialogComponentNumber(settings.patience, UNetLearnerSettings.LABEL_PATIENCE, 1));
        addDialogComponent(new DialogComponentNumber(settings.threshold, UNetLearnerSettings.LABEL_THRESHOLD, 0.05));
        addDialogComponent(new DialogComponentNumber(settings.seed, UNetLearnerSettings.LABEL_SEED, 1));
        addDialogComponent(new DialogComponentNumber(settings.timeBudgetSeconds,
                UNetLearnerSettings.LABEL_TIME_BUDGET, 60));
        closeCurrentGroup();

        createNewGroup("Validation");
        addDialogComponent(new DialogComponentStringSelection(settings.validationSplit,
                UNetLearnerSettings.LABEL_VALIDATION_SPLIT, UNetLearnerSettings.NO_VALIDATION,
                UNetLearnerSettings.LAST_ROWS, UNetLearnerSettings.LAST_FRACTION));
        addDialogComponent(new DialogComponentNumber(settings.validationRows,
                UNetLearnerSettings.LABEL_VALIDATION_ROWS, 1));
        addDialogComponent(new DialogComponentNumber(settings.validationFraction,
                UNetLearnerSettings.LABEL_VALIDATION_FRACTION, 0.05));
        closeCurrentGroup();
    }
}

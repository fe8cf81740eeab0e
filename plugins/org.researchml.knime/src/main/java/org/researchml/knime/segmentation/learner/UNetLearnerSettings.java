package org.researchml.knime.segmentation.learner;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.researchml.core.image.IntensityNormalization;
import org.researchml.core.segmentation.Augmentation;
import org.researchml.core.segmentation.SegmentationLoss;
import org.researchml.core.segmentation.TrainingConfig;
import org.researchml.core.segmentation.UNetArchitecture;

/**
 * Settings of the U-Net Learner. The keys are stored in workflows and must never change; the dialog labels named in
 * messages must match the node description.
 */
final class UNetLearnerSettings {

    static final String KEY_IMAGE_COLUMN = "image_column";
    static final String KEY_MASK_COLUMN = "mask_column";
    static final String KEY_DEPTH = "depth";
    static final String KEY_BASE_FILTERS = "base_filters";
    static final String KEY_BATCH_NORMALIZATION = "batch_normalization";
    static final String KEY_DROPOUT = "dropout_rate";
    static final String KEY_DECODER = "decoder";
    static final String KEY_LOSS = "loss";
    static final String KEY_MAX_EPOCHS = "max_epochs";
    static final String KEY_STEPS_PER_EPOCH = "steps_per_epoch";
    static final String KEY_PATCH_SIZE = "patch_size_px";
    static final String KEY_BATCH_SIZE = "batch_size";
    static final String KEY_LEARNING_RATE = "learning_rate";
    static final String KEY_LEARNING_RATE_DECAY = "learning_rate_decay";
    static final String KEY_FOREGROUND_FRACTION = "foreground_fraction";
    static final String KEY_AUGMENTATION = "augmentation";
    static final String KEY_NORMALIZATION = "normalization";
    static final String KEY_PATIENCE = "early_stopping_patience";
    static final String KEY_THRESHOLD = "threshold";
    static final String KEY_VALIDATION_SPLIT = "validation_split";
    static final String KEY_VALIDATION_ROWS = "validation_rows";
    static final String KEY_VALIDATION_FRACTION = "validation_fraction";
    static final String KEY_SEED = "seed";
    static final String KEY_TIME_BUDGET = "time_budget_s";

    static final String LABEL_IMAGE_COLUMN = "Image column";
    static final String LABEL_MASK_COLUMN = "Mask column";
    static final String LABEL_DEPTH = "Depth (levels)";
    static final String LABEL_BASE_FILTERS = "Base filters";
    static final String LABEL_BATCH_NORMALIZATION = "Batch normalization";
    static final String LABEL_DROPOUT = "Dropout rate";
    static final String LABEL_DECODER = "Decoder";
    static final String LABEL_LOSS = "Loss";
    static final String LABEL_MAX_EPOCHS = "Maximum epochs";
    static final String LABEL_STEPS_PER_EPOCH = "Steps per epoch";
    static final String LABEL_PATCH_SIZE = "Patch size (px)";
    static final String LABEL_BATCH_SIZE = "Batch size";
    static final String LABEL_LEARNING_RATE = "Learning rate";
    static final String LABEL_LEARNING_RATE_DECAY = "Learning rate decay per epoch";
    static final String LABEL_FOREGROUND_FRACTION = "Foreground patch fraction";
    static final String LABEL_AUGMENTATION = "Augmentation";
    static final String LABEL_NORMALIZATION = "Intensity normalization";
    static final String LABEL_PATIENCE = "Early stopping patience (epochs)";
    static final String LABEL_THRESHOLD = "Threshold";
    static final String LABEL_VALIDATION_SPLIT = "Validation images";
    static final String LABEL_VALIDATION_ROWS = "Validation rows";
    static final String LABEL_VALIDATION_FRACTION = "Validation fraction";
    static final String LABEL_SEED = "Seed";
    static final String LABEL_TIME_BUDGET = "Time budget (s)";

    static final String TRANSPOSED = "Transposed convolution";
    static final String UPSAMPLING = "Upsampling and convolution";
    static final String BCE = "Binary cross-entropy";
    static final String DICE = "Dice";
    static final String BCE_DICE = "Binary cross-entropy + Dice";
    static final String NO_AUGMENTATION = "None";
    static final String STANDARD_AUGMENTATION = "Flips, rotations, intensity";
    static final String PERCENTILES = "Percentiles 1 to 99";
    static final String MIN_MAX = "Minimum to maximum";
    static final String NO_VALIDATION = "None";
    static final String LAST_ROWS = "Last rows";
    static final String LAST_FRACTION = "Last fraction of rows";

    final SettingsModelString imageColumn = new SettingsModelString(KEY_IMAGE_COLUMN, "image");
    final SettingsModelString maskColumn = new SettingsModelString(KEY_MASK_COLUMN, "mask");
    final SettingsModelIntegerBounded depth = new SettingsModelIntegerBounded(KEY_DEPTH, 4, 2, 5);
    final SettingsModelIntegerBounded baseFilters = new SettingsModelIntegerBounded(KEY_BASE_FILTERS, 16, 1, 512);
    final SettingsModelBoolean batchNormalization = new SettingsModelBoolean(KEY_BATCH_NORMALIZATION, true);
    final SettingsModelDoubleBounded dropoutRate = new SettingsModelDoubleBounded(KEY_DROPOUT, 0, 0, 0.95);
    final SettingsModelString decoder = new SettingsModelString(KEY_DECODER, TRANSPOSED);
    final SettingsModelString loss = new SettingsModelString(KEY_LOSS, BCE_DICE);
    final SettingsModelIntegerBounded maxEpochs = new SettingsModelIntegerBounded(KEY_MAX_EPOCHS, 30, 1, 100_000);
    final SettingsModelIntegerBounded stepsPerEpoch =
            new SettingsModelIntegerBounded(KEY_STEPS_PER_EPOCH, 50, 1, 1_000_000);
    final SettingsModelIntegerBounded patchSize = new SettingsModelIntegerBounded(KEY_PATCH_SIZE, 128, 4, 4096);
    final SettingsModelIntegerBounded batchSize = new SettingsModelIntegerBounded(KEY_BATCH_SIZE, 8, 1, 4096);
    final SettingsModelDoubleBounded learningRate = new SettingsModelDoubleBounded(KEY_LEARNING_RATE, 1e-3, 1e-7, 1);
    final SettingsModelDoubleBounded learningRateDecay =
            new SettingsModelDoubleBounded(KEY_LEARNING_RATE_DECAY, 0.95, 0.01, 1);
    final SettingsModelDoubleBounded foregroundFraction =
            new SettingsModelDoubleBounded(KEY_FOREGROUND_FRACTION, 0.5, 0, 1);
    final SettingsModelString augmentation = new SettingsModelString(KEY_AUGMENTATION, STANDARD_AUGMENTATION);
    final SettingsModelString normalization = new SettingsModelString(KEY_NORMALIZATION, PERCENTILES);
    final SettingsModelIntegerBounded patience = new SettingsModelIntegerBounded(KEY_PATIENCE, 5, 1, 100_000);
    final SettingsModelDoubleBounded threshold = new SettingsModelDoubleBounded(KEY_THRESHOLD, 0.5, 0.001, 0.999);
    final SettingsModelString validationSplit = new SettingsModelString(KEY_VALIDATION_SPLIT, LAST_FRACTION);
    final SettingsModelIntegerBounded validationRows =
            new SettingsModelIntegerBounded(KEY_VALIDATION_ROWS, 1, 1, Integer.MAX_VALUE);
    final SettingsModelDoubleBounded validationFraction =
            new SettingsModelDoubleBounded(KEY_VALIDATION_FRACTION, 0.2, 0.01, 0.9);
    final SettingsModelIntegerBounded seed =
            new SettingsModelIntegerBounded(KEY_SEED, 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
    final SettingsModelDoubleBounded timeBudgetSeconds =
            new SettingsModelDoubleBounded(KEY_TIME_BUDGET, 0, 0, 365 * 86_400.0);

    private List<SettingsModel> models() {
        return List.of(imageColumn, maskColumn, depth, baseFilters, batchNormalization, dropoutRate, decoder, loss,
                maxEpochs, stepsPerEpoch, patchSize, batchSize, learningRate, learningRateDecay, foregroundFraction,
                augmentation, normalization, patience, threshold, validationSplit, validationRows, validationFraction,
                seed, timeBudgetSeconds);
    }

    void save(NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }

    /** Checks stored settings without taking them: each value alone, then the rules that involve several. */
    static void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        UNetLearnerSettings candidate = new UNetLearnerSettings();
        for (SettingsModel model : candidate.models()) {
            try {
                model.validateSettings(settings);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
            }
        }
        candidate.load(settings);
        candidate.check();
    }

    /** Checks the current values; every message names the dialog option to change. */
    void check() throws InvalidSettingsException {
        toTrainingConfig();
        choice(validationSplit, LABEL_VALIDATION_SPLIT, NO_VALIDATION, LAST_ROWS, LAST_FRACTION);
    }

    /** Returns the network shape. */
    UNetArchitecture architecture() throws InvalidSettingsException {
        String decoderName = choice(decoder, LABEL_DECODER, TRANSPOSED, UPSAMPLING);
        return new UNetArchitecture(1, 1, depth.getIntValue(), baseFilters.getIntValue(),
                batchNormalization.getBooleanValue(), dropoutRate.getDoubleValue(),
                TRANSPOSED.equals(decoderName) ? UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION
                        : UNetArchitecture.Decoder.UPSAMPLING_CONVOLUTION);
    }

    /** Returns the core training settings; a value the core rejects is reported with its dialog option. */
    TrainingConfig toTrainingConfig() throws InvalidSettingsException {
        UNetArchitecture architecture = architecture();
        int patch = patchSize.getIntValue();
        if (patch % architecture.sizeDivisor() != 0) {
            int suggestion = Math.max(architecture.sizeDivisor(),
                    Math.round(patch / (float) architecture.sizeDivisor()) * architecture.sizeDivisor());
            throw new InvalidSettingsException("'" + LABEL_PATCH_SIZE + "' (" + patch + ") must be a multiple of "
                    + architecture.sizeDivisor() + " for a U-Net with " + architecture.depth() + " levels. Set it to "
                    + suggestion + ", or change '" + LABEL_DEPTH + "'.");
        }
        String lossName = choice(loss, LABEL_LOSS, BCE, DICE, BCE_DICE);
        SegmentationLoss coreLoss = switch (lossName) {
            case BCE -> SegmentationLoss.BINARY_CROSS_ENTROPY;
            case DICE -> SegmentationLoss.SOFT_DICE;
            default -> SegmentationLoss.CROSS_ENTROPY_PLUS_DICE;
        };
        Augmentation coreAugmentation = STANDARD_AUGMENTATION.equals(
                choice(augmentation, LABEL_AUGMENTATION, NO_AUGMENTATION, STANDARD_AUGMENTATION))
                        ? Augmentation.STANDARD : Augmentation.NONE;
        IntensityNormalization.Method method = PERCENTILES.equals(
                choice(normalization, LABEL_NORMALIZATION, PERCENTILES, MIN_MAX))
                        ? IntensityNormalization.Method.PERCENTILE : IntensityNormalization.Method.MIN_MAX;
        return new TrainingConfig(architecture, coreLoss, patch, batchSize.getIntValue(),
                stepsPerEpoch.getIntValue(), maxEpochs.getIntValue(), learningRate.getDoubleValue(),
                learningRateDecay.getDoubleValue(), foregroundFraction.getDoubleValue(), coreAugmentation, method,
                patience.getIntValue(), threshold.getDoubleValue(), patch / 4, seed.getIntValue());
    }

    /** Returns the time budget in seconds, or infinity for the setting 0. */
    double timeBudgetOrInfinity() {
        double value = timeBudgetSeconds.getDoubleValue();
        return value == 0 ? Double.POSITIVE_INFINITY : value;
    }

    /**
     * Returns how many of {@code rowCount} rows, taken from the end of the table, validate the model.
     *
     * @throws InvalidSettingsException if no training row would be left
     */
    int validationRowCount(long rowCount) throws InvalidSettingsException {
        String mode = choice(validationSplit, LABEL_VALIDATION_SPLIT, NO_VALIDATION, LAST_ROWS, LAST_FRACTION);
        long count = switch (mode) {
            case NO_VALIDATION -> 0;
            case LAST_ROWS -> validationRows.getIntValue();
            default -> Math.max(1, Math.round(validationFraction.getDoubleValue() * rowCount));
        };
        if (count >= rowCount) {
            throw new InvalidSettingsException("'" + LABEL_VALIDATION_SPLIT + "' takes " + count + " of the "
                    + rowCount + " images for validation, which leaves none for training. Use fewer validation "
                    + "images or more input rows.");
        }
        return (int) count;
    }

    private static String choice(SettingsModelString model, String label, String... allowed)
            throws InvalidSettingsException {
        String value = model.getStringValue();
        for (String option : allowed) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw new InvalidSettingsException("'" + label + "' is '" + value + "', which is not an option. Choose one "
                + "of: " + String.join(", ", allowed) + ".");
    }
}

package org.researchml.knime.ensemble.scorer;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Detection Scorer. The keys are stored in workflows and must never change; the dialog labels named
 * in messages must match the node description.
 */
final class DetectionScorerSettings {

    static final String KEY_TRUTH_COLUMN = "truth_column";
    static final String KEY_PROBABILITY_COLUMN = "probability_column";
    static final String KEY_DECISION = "decision";
    static final String KEY_THRESHOLD = "threshold";
    static final String KEY_PREDICTED_COLUMN = "predicted_column";
    static final String KEY_SAMPLING_RATE = "sampling_rate_hz";

    static final String LABEL_TRUTH_COLUMN = "Truth column";
    static final String LABEL_PROBABILITY_COLUMN = "Probability column";
    static final String LABEL_DECISION = "Detected when";
    static final String LABEL_THRESHOLD = "Threshold";
    static final String LABEL_PREDICTED_COLUMN = "Predicted column";
    static final String LABEL_SAMPLING_RATE = "Sampling rate (Hz)";

    static final String BY_THRESHOLD = "Probability above threshold";
    static final String BY_PREDICTED_COLUMN = "Predicted column is 1";

    /** Largest accepted row rate in Hz; larger values are taken as typing errors. */
    static final double MAX_SAMPLING_RATE_HZ = 1e6;

    final SettingsModelString truthColumn = new SettingsModelString(KEY_TRUTH_COLUMN, "label");
    final SettingsModelString probabilityColumn = new SettingsModelString(KEY_PROBABILITY_COLUMN,
            "event_probability");
    final SettingsModelString decision = new SettingsModelString(KEY_DECISION, BY_PREDICTED_COLUMN);
    final SettingsModelDoubleBounded threshold = new SettingsModelDoubleBounded(KEY_THRESHOLD, 0.5, 0, 1);
    final SettingsModelString predictedColumn = new SettingsModelString(KEY_PREDICTED_COLUMN, "predicted_class");
    final SettingsModelDoubleBounded samplingRateHz =
            new SettingsModelDoubleBounded(KEY_SAMPLING_RATE, 1, 1e-6, MAX_SAMPLING_RATE_HZ);

    private List<SettingsModel> models() {
        return List.of(truthColumn, probabilityColumn, decision, threshold, predictedColumn, samplingRateHz);
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
        DetectionScorerSettings candidate = new DetectionScorerSettings();
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
        requireName(truthColumn, LABEL_TRUTH_COLUMN);
        requireName(probabilityColumn, LABEL_PROBABILITY_COLUMN);
        if (usePredictedColumn()) {
            requireName(predictedColumn, LABEL_PREDICTED_COLUMN);
        }
    }

    private static void requireName(SettingsModelString model, String label) throws InvalidSettingsException {
        if (model.getStringValue() == null || model.getStringValue().isBlank()) {
            throw new InvalidSettingsException("'" + label + "' is empty. Enter a column name of the input table.");
        }
    }

    /** Returns whether detections come from the predicted column rather than from the threshold. */
    boolean usePredictedColumn() throws InvalidSettingsException {
        String value = decision.getStringValue();
        if (BY_PREDICTED_COLUMN.equals(value)) {
            return true;
        }
        if (BY_THRESHOLD.equals(value)) {
            return false;
        }
        throw new InvalidSettingsException("'" + LABEL_DECISION + "' is '" + value + "'. Choose '" + BY_THRESHOLD
                + "' or '" + BY_PREDICTED_COLUMN + "'.");
    }

    /** Returns the predicted column name, or {@code null} when detections come from the threshold. */
    String predictedColumnOrNull() throws InvalidSettingsException {
        return usePredictedColumn() ? predictedColumn.getStringValue().trim() : null;
    }
}

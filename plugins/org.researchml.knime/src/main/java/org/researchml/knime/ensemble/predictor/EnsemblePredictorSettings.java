package org.researchml.knime.ensemble.predictor;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Ensemble Predictor. The keys are stored in workflows and must never change; the dialog labels
 * named in messages must match the node description.
 */
final class EnsemblePredictorSettings {

    static final String KEY_THRESHOLD_SOURCE = "threshold_source";
    static final String KEY_FIXED_THRESHOLD = "fixed_threshold";

    static final String LABEL_THRESHOLD_SOURCE = "Threshold";
    static final String LABEL_FIXED_THRESHOLD = "Fixed threshold";

    static final String MODEL_THRESHOLD = "Model threshold";
    static final String FIXED = "Fixed";

    final SettingsModelString thresholdSource = new SettingsModelString(KEY_THRESHOLD_SOURCE, MODEL_THRESHOLD);
    final SettingsModelDoubleBounded fixedThreshold = new SettingsModelDoubleBounded(KEY_FIXED_THRESHOLD, 0.5, 0, 1);

    private List<SettingsModel> models() {
        return List.of(thresholdSource, fixedThreshold);
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

    /** Checks stored settings without taking them. */
    static void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        EnsemblePredictorSettings candidate = new EnsemblePredictorSettings();
        for (SettingsModel model : candidate.models()) {
            try {
                model.validateSettings(settings);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
            }
        }
        candidate.load(settings);
        candidate.useFixedThreshold();
    }

    /** Returns whether the fixed threshold replaces the model's own. */
    boolean useFixedThreshold() throws InvalidSettingsException {
        String value = thresholdSource.getStringValue();
        if (MODEL_THRESHOLD.equals(value)) {
            return false;
        }
        if (FIXED.equals(value)) {
            return true;
        }
        throw new InvalidSettingsException("'" + LABEL_THRESHOLD_SOURCE + "' is '" + value + "'. Choose '"
                + MODEL_THRESHOLD + "' or '" + FIXED + "'.");
    }
}

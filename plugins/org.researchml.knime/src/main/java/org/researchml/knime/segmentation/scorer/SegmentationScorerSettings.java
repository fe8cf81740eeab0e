package org.researchml.knime.segmentation.scorer;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Segmentation Scorer. The keys are stored in workflows and must never change; the dialog labels
 * named in messages must match the node description.
 */
final class SegmentationScorerSettings {

    static final String KEY_TRUTH_COLUMN = "truth_column";
    static final String KEY_PREDICTED_COLUMN = "predicted_column";

    static final String LABEL_TRUTH_COLUMN = "Ground-truth mask column";
    static final String LABEL_PREDICTED_COLUMN = "Predicted mask column";

    final SettingsModelString truthColumn = new SettingsModelString(KEY_TRUTH_COLUMN, "mask");
    final SettingsModelString predictedColumn = new SettingsModelString(KEY_PREDICTED_COLUMN, "predicted_mask");

    private List<SettingsModel> models() {
        return List.of(truthColumn, predictedColumn);
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
        SegmentationScorerSettings candidate = new SegmentationScorerSettings();
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

    /** Checks that two different columns are chosen. */
    void check() throws InvalidSettingsException {
        String truth = truthColumn.getStringValue();
        if (truth != null && !truth.isBlank() && truth.equals(predictedColumn.getStringValue())) {
            throw new InvalidSettingsException("'" + LABEL_TRUTH_COLUMN + "' and '" + LABEL_PREDICTED_COLUMN
                    + "' are both '" + truth + "'. Choose the ground-truth masks and the predicted masks.");
        }
    }
}

package org.researchml.knime.ensemble.scorer;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Detection Scorer; labels match the option names of the node description. */
final class DetectionScorerNodeDialog extends DefaultNodeSettingsPane {

    DetectionScorerNodeDialog() {
        DetectionScorerSettings settings = new DetectionScorerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(settings.truthColumn,
                DetectionScorerSettings.LABEL_TRUTH_COLUMN, 0, IntValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.probabilityColumn,
                DetectionScorerSettings.LABEL_PROBABILITY_COLUMN, 0, DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(settings.decision,
                DetectionScorerSettings.LABEL_DECISION, DetectionScorerSettings.BY_PREDICTED_COLUMN,
                DetectionScorerSettings.BY_THRESHOLD));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.predictedColumn,
                DetectionScorerSettings.LABEL_PREDICTED_COLUMN, 0, false, IntValue.class));
        addDialogComponent(new DialogComponentNumber(settings.threshold, DetectionScorerSettings.LABEL_THRESHOLD,
                0.05));
        addDialogComponent(new DialogComponentNumber(settings.samplingRateHz,
                DetectionScorerSettings.LABEL_SAMPLING_RATE, 1.0));
    }
}

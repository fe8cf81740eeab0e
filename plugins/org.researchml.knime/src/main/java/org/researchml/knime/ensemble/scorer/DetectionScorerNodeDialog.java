package org.researchml.knime.ensemble.scorer;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Detection Scorer; labels match the option names of the node description. */
final class DetectionScorerNodeDialog extends DefaultNodeSettingsPane {

    DetectionScorerNodeDialog() {
        DetectionScorerSettings settings = new DetectionScorerSettings();
        addDialogComponent(new DialogComponentString(settings.truthColumn, DetectionScorerSettings.LABEL_TRUTH_COLUMN,
                true, 20));
        addDialogComponent(new DialogComponentString(settings.probabilityColumn,
                DetectionScorerSettings.LABEL_PROBABILITY_COLUMN, true, 20));
        addDialogComponent(new DialogComponentStringSelection(settings.decision,
                DetectionScorerSettings.LABEL_DECISION, DetectionScorerSettings.BY_PREDICTED_COLUMN,
                DetectionScorerSettings.BY_THRESHOLD));
        addDialogComponent(new DialogComponentString(settings.predictedColumn,
                DetectionScorerSettings.LABEL_PREDICTED_COLUMN, false, 20));
        addDialogComponent(new DialogComponentNumber(settings.threshold, DetectionScorerSettings.LABEL_THRESHOLD,
                0.05));
        addDialogComponent(new DialogComponentNumber(settings.samplingRateHz,
                DetectionScorerSettings.LABEL_SAMPLING_RATE, 1.0));
    }
}

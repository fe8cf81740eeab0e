package org.researchml.knime.ensemble.predictor;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Ensemble Predictor; labels match the option names of the node description. */
final class EnsemblePredictorNodeDialog extends DefaultNodeSettingsPane {

    EnsemblePredictorNodeDialog() {
        EnsemblePredictorSettings settings = new EnsemblePredictorSettings();
        addDialogComponent(new DialogComponentStringSelection(settings.thresholdSource,
                EnsemblePredictorSettings.LABEL_THRESHOLD_SOURCE, EnsemblePredictorSettings.MODEL_THRESHOLD,
                EnsemblePredictorSettings.FIXED));
        addDialogComponent(new DialogComponentNumber(settings.fixedThreshold,
                EnsemblePredictorSettings.LABEL_FIXED_THRESHOLD, 0.05));
    }
}

package org.researchml.knime.eeg.resampler;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the EEG Resampler; labels match the option names of the node description. */
final class EegResamplerNodeDialog extends DefaultNodeSettingsPane {

    EegResamplerNodeDialog() {
        EegResamplerSettings settings = new EegResamplerSettings();

        addDialogComponent(new DialogComponentStringSelection(settings.mode, EegResamplerSettings.LABEL_MODE,
                EegResamplerSettings.MODES));
        addDialogComponent(new DialogComponentNumber(settings.targetRateHz, EegResamplerSettings.LABEL_TARGET_RATE,
                1.0));
        createNewGroup("Factors");
        addDialogComponent(new DialogComponentNumber(settings.up, EegResamplerSettings.LABEL_UP, 1));
        addDialogComponent(new DialogComponentNumber(settings.down, EegResamplerSettings.LABEL_DOWN, 1));
        closeCurrentGroup();
    }
}

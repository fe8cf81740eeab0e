package org.researchml.knime.eeg.features;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.knime.eeg.ChannelListSelection;

/** Dialog of EEG Window Features; labels match the option names of the node description. */
final class EegWindowFeaturesNodeDialog extends DefaultNodeSettingsPane {

    private final ChannelListSelection channels;

    EegWindowFeaturesNodeDialog() {
        EegWindowFeaturesSettings settings = new EegWindowFeaturesSettings();
        channels = new ChannelListSelection(settings.channels, EegWindowFeaturesSettings.KEY_CHANNELS,
                EegWindowFeaturesSettings.LABEL_CHANNELS);

        addDialogComponent(channels.component());
        createNewGroup("Windows");
        addDialogComponent(new DialogComponentNumber(settings.windowSeconds, EegWindowFeaturesSettings.LABEL_WINDOW,
                0.1));
        addDialogComponent(new DialogComponentNumber(settings.stepSeconds, EegWindowFeaturesSettings.LABEL_STEP,
                0.05));
        closeCurrentGroup();
        createNewGroup("Features");
        addDialogComponent(new DialogComponentBoolean(settings.logVariance,
                EegWindowFeaturesSettings.LABEL_LOG_VARIANCE));
        addDialogComponent(new DialogComponentBoolean(settings.bandPower, EegWindowFeaturesSettings.LABEL_BAND_POWER));
        addDialogComponent(new DialogComponentString(settings.bands, EegWindowFeaturesSettings.LABEL_BANDS, false,
                20));
        addDialogComponent(new DialogComponentBoolean(settings.mean, EegWindowFeaturesSettings.LABEL_MEAN));
        addDialogComponent(new DialogComponentBoolean(settings.lagged, EegWindowFeaturesSettings.LABEL_LAGGED));
        addDialogComponent(new DialogComponentString(settings.lags, EegWindowFeaturesSettings.LABEL_LAGS, false, 20));
        closeCurrentGroup();
        createNewGroup("Labels and spatial filters");
        addDialogComponent(new DialogComponentString(settings.labelColumn, EegWindowFeaturesSettings.LABEL_LABEL_COLUMN,
                false, 12));
        addDialogComponent(new DialogComponentBoolean(settings.csp, EegWindowFeaturesSettings.LABEL_CSP));
        addDialogComponent(new DialogComponentNumber(settings.cspPairs, EegWindowFeaturesSettings.LABEL_CSP_PAIRS, 1));
        closeCurrentGroup();
    }

    @Override
    public void loadAdditionalSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs)
            throws NotConfigurableException {
        channels.update(specs == null || specs.length == 0 ? null : specs[0]);
    }

    @Override
    public void saveAdditionalSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException {
        channels.saveAllAsEmpty(settings);
    }
}

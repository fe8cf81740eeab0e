package org.researchml.knime.eeg.filter;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.knime.eeg.ChannelListSelection;

/** Dialog of the EEG Filter; labels match the option names of the node description. */
final class EegFilterNodeDialog extends DefaultNodeSettingsPane {

    private final ChannelListSelection channels;

    EegFilterNodeDialog() {
        EegFilterSettings settings = new EegFilterSettings();
        channels = new ChannelListSelection(settings.channels, EegFilterSettings.KEY_CHANNELS,
                EegFilterSettings.LABEL_CHANNELS);

        addDialogComponent(channels.component());
        addDialogComponent(new DialogComponentStringSelection(settings.filterType,
                EegFilterSettings.LABEL_FILTER_TYPE, EegFilterSettings.TYPE_NAMES));
        addDialogComponent(new DialogComponentNumber(settings.order, EegFilterSettings.LABEL_ORDER, 1));
        addDialogComponent(new DialogComponentNumber(settings.lowCutoffHz, EegFilterSettings.LABEL_LOW_CUTOFF, 0.5));
        addDialogComponent(new DialogComponentNumber(settings.highCutoffHz, EegFilterSettings.LABEL_HIGH_CUTOFF,
                1.0));
        addDialogComponent(new DialogComponentBoolean(settings.zeroPhase, EegFilterSettings.LABEL_ZERO_PHASE));
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

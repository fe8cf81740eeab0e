package org.researchml.knime.eeg.rereference;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.knime.eeg.ChannelListSelection;

/** Dialog of the EEG Re-reference node; labels match the option names of the node description. */
final class EegRereferenceNodeDialog extends DefaultNodeSettingsPane {

    private final ChannelListSelection channels;

    EegRereferenceNodeDialog() {
        EegRereferenceSettings settings = new EegRereferenceSettings();
        channels = new ChannelListSelection(settings.channels, EegRereferenceSettings.KEY_CHANNELS,
                EegRereferenceSettings.LABEL_CHANNELS);

        addDialogComponent(channels.component());
        addDialogComponent(new DialogComponentStringSelection(settings.reference,
                EegRereferenceSettings.LABEL_REFERENCE, EegRereferenceSettings.REFERENCES));
        addDialogComponent(new DialogComponentString(settings.referenceChannels,
                EegRereferenceSettings.LABEL_REFERENCE_CHANNELS, false, 30));
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

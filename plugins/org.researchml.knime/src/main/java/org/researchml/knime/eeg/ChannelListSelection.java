package org.researchml.knime.eeg;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentStringListSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.knime.convert.SampleColumns;

/**
 * Dialog list of the signal columns of a samples table for the EEG processing nodes. An empty setting means all
 * signal columns: the dialog shows it as all selected, and saves a selection of every column as empty again, so a
 * node keeps working on all channels when the input gains or loses channels.
 */
public final class ChannelListSelection {

    private final SettingsModelStringArray model;
    private final String key;
    private final DialogComponentStringListSelection component;
    private List<String> choices = List.of();

    /**
     * Creates the list for a setting of channel column names.
     *
     * @param key settings key of {@code model}
     * @param label dialog option name
     */
    public ChannelListSelection(SettingsModelStringArray model, String key, String label) {
        this.model = model;
        this.key = key;
        this.component = new DialogComponentStringListSelection(model, label, List.of(), false, 8);
    }

    public DialogComponent component() {
        return component;
    }

    /**
     * Offers the signal columns of an input spec; call from {@code loadAdditionalSettingsFrom}. Without a usable
     * spec the list offers the stored channels, so opening and closing the dialog keeps them.
     */
    public void update(PortObjectSpec spec) {
        String[] selected = model.getStringArrayValue();
        choices = List.of();
        if (spec instanceof DataTableSpec table) {
            try {
                choices = SampleColumns.signalColumns(table);
            } catch (InvalidSettingsException e) {
                choices = List.of();
            }
        }
        if (!choices.isEmpty()) {
            boolean all = selected.length == 0;
            component.replaceListItems(choices, all ? choices.toArray(new String[0]) : selected);
        } else if (selected.length > 0) {
            component.replaceListItems(Arrays.asList(selected), selected);
        }
    }

    /** Stores a selection of every offered column as empty (all); call from {@code saveAdditionalSettingsTo}. */
    public void saveAllAsEmpty(NodeSettingsWO settings) {
        String[] selected = model.getStringArrayValue();
        if (!choices.isEmpty() && Arrays.asList(selected).equals(choices)) {
            model.setStringArrayValue(new String[0]);
            settings.addStringArray(key);
        }
    }
}

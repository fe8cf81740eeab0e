package org.researchml.knime.eeg.rereference;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;

/**
 * Settings of the EEG Re-reference node. The keys are stored in workflows and must never change; the dialog labels
 * named in messages must match the node description.
 */
final class EegRereferenceSettings {

    static final String KEY_CHANNELS = "channels";
    static final String KEY_REFERENCE = "reference";
    static final String KEY_REFERENCE_CHANNELS = "reference_channels";

    static final String LABEL_CHANNELS = "Channels";
    static final String LABEL_REFERENCE = "Reference";
    static final String LABEL_REFERENCE_CHANNELS = "Reference channels";

    static final String COMMON_AVERAGE = "common average";
    static final String CHANNEL_MEAN = "reference channels";
    static final List<String> REFERENCES = List.of(COMMON_AVERAGE, CHANNEL_MEAN);

    final SettingsModelStringArray channels = new SettingsModelStringArray(KEY_CHANNELS, new String[0]);
    final SettingsModelString reference = new SettingsModelString(KEY_REFERENCE, COMMON_AVERAGE);
    final SettingsModelString referenceChannels = new SettingsModelString(KEY_REFERENCE_CHANNELS, "");

    private List<SettingsModel> models() {
        return List.of(channels, reference, referenceChannels);
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

    /** Checks stored settings without taking them: each value alone, then the rules that involve several. */
    static void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        EegRereferenceSettings candidate = new EegRereferenceSettings();
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

    /** Checks the current values; every message names the dialog option to change. */
    void check() throws InvalidSettingsException {
        if (!REFERENCES.contains(reference.getStringValue())) {
            throw new InvalidSettingsException("'" + LABEL_REFERENCE + "' is '" + reference.getStringValue()
                    + "'. Choose " + COMMON_AVERAGE + " or " + CHANNEL_MEAN + ".");
        }
        if (usesChannels() && referenceList().isEmpty()) {
            throw new InvalidSettingsException("'" + LABEL_REFERENCE_CHANNELS + "' is empty. Enter one or more "
                    + "channel columns, for example A1,A2 for linked ears, or choose '" + LABEL_REFERENCE + "' "
                    + COMMON_AVERAGE + ".");
        }
    }

    boolean usesChannels() {
        return CHANNEL_MEAN.equals(reference.getStringValue());
    }

    /** Returns the reference channel names from the comma-separated setting, checked for empty and repeated entries. */
    List<String> referenceList() throws InvalidSettingsException {
        String text = referenceChannels.getStringValue();
        List<String> names = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return names;
        }
        for (String part : text.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw new InvalidSettingsException("'" + LABEL_REFERENCE_CHANNELS + "' has an empty entry in '" + text
                        + "'. Separate channel names with single commas, for example A1,A2.");
            }
            if (names.contains(name)) {
                throw new InvalidSettingsException("'" + LABEL_REFERENCE_CHANNELS + "' names channel '" + name
                        + "' twice. List each channel once.");
            }
            names.add(name);
        }
        return names;
    }
}

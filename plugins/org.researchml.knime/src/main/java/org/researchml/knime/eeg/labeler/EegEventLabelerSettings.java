package org.researchml.knime.eeg.labeler;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.researchml.core.events.LabelMode;

/**
 * Settings of the EEG Event Labeler. The keys are stored in workflows and must never change; the dialog labels named
 * in messages must match the node description.
 */
final class EegEventLabelerSettings {

    static final String KEY_SOURCE = "source";
    static final String KEY_ANNOTATION_TEXTS = "annotation_texts";
    static final String KEY_EVENT_COLUMNS = "event_columns";
    static final String KEY_LABEL_MODE = "label_mode";
    static final String KEY_MARGIN = "margin_ms";
    static final String KEY_LABEL_COLUMN = "label_column";

    static final String LABEL_SOURCE = "Events from";
    static final String LABEL_ANNOTATION_TEXTS = "Event annotations";
    static final String LABEL_EVENT_COLUMNS = "Event columns";
    static final String LABEL_LABEL_MODE = "Label mode";
    static final String LABEL_MARGIN = "Margin (ms)";
    static final String LABEL_LABEL_COLUMN = "Label column";

    static final String ANNOTATIONS = "annotations";
    static final String EVENT_COLUMNS = "event columns";
    static final List<String> SOURCES = List.of(ANNOTATIONS, EVENT_COLUMNS);

    static final String INTERVAL = "interval";
    static final String AROUND_ONSET = "around onset";
    static final List<String> MODES = List.of(INTERVAL, AROUND_ONSET);

    final SettingsModelString source = new SettingsModelString(KEY_SOURCE, ANNOTATIONS);
    final SettingsModelString annotationTexts = new SettingsModelString(KEY_ANNOTATION_TEXTS, "T1,T2");
    final SettingsModelString eventColumns = new SettingsModelString(KEY_EVENT_COLUMNS, "");
    final SettingsModelString labelMode = new SettingsModelString(KEY_LABEL_MODE, INTERVAL);
    final SettingsModelDouble marginMillis = new SettingsModelDouble(KEY_MARGIN, 300);
    final SettingsModelString labelColumn = new SettingsModelString(KEY_LABEL_COLUMN, "label");

    private List<SettingsModel> models() {
        return List.of(source, annotationTexts, eventColumns, labelMode, marginMillis, labelColumn);
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
        EegEventLabelerSettings candidate = new EegEventLabelerSettings();
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
        if (!SOURCES.contains(source.getStringValue())) {
            throw new InvalidSettingsException("'" + LABEL_SOURCE + "' is '" + source.getStringValue() + "'. Choose "
                    + ANNOTATIONS + " or " + EVENT_COLUMNS + ".");
        }
        mode();
        if (fromAnnotations() && names(annotationTexts, LABEL_ANNOTATION_TEXTS).isEmpty()) {
            throw new InvalidSettingsException("'" + LABEL_ANNOTATION_TEXTS + "' is empty. Enter the annotation texts "
                    + "that mark events, for example T1,T2.");
        }
        if (!fromAnnotations() && names(eventColumns, LABEL_EVENT_COLUMNS).isEmpty()) {
            throw new InvalidSettingsException("'" + LABEL_EVENT_COLUMNS + "' is empty. Enter the integer 0/1 columns "
                    + "that mark events, for example HandStart.");
        }
        double margin = marginMillis.getDoubleValue();
        if (mode() == LabelMode.AROUND_ONSET && !(margin > 0 && Double.isFinite(margin))) {
            throw new InvalidSettingsException("'" + LABEL_MARGIN + "' is " + margin + " ms, but around-onset "
                    + "labelling needs a positive margin, for example 300.");
        }
        String column = labelColumn.getStringValue();
        if (column == null || column.isBlank()) {
            throw new InvalidSettingsException("'" + LABEL_LABEL_COLUMN + "' is empty. Enter a name for the new column, "
                    + "for example label.");
        }
    }

    boolean fromAnnotations() {
        return ANNOTATIONS.equals(source.getStringValue());
    }

    LabelMode mode() throws InvalidSettingsException {
        return switch (labelMode.getStringValue()) {
            case INTERVAL -> LabelMode.INTERVAL;
            case AROUND_ONSET -> LabelMode.AROUND_ONSET;
            default -> throw new InvalidSettingsException("'" + LABEL_LABEL_MODE + "' is '"
                    + labelMode.getStringValue() + "'. Choose " + INTERVAL + " or " + AROUND_ONSET + ".");
        };
    }

    List<String> annotationTextList() throws InvalidSettingsException {
        return names(annotationTexts, LABEL_ANNOTATION_TEXTS);
    }

    List<String> eventColumnList() throws InvalidSettingsException {
        return names(eventColumns, LABEL_EVENT_COLUMNS);
    }

    /** Splits a comma-separated setting, rejecting empty and repeated entries. */
    private static List<String> names(SettingsModelString model, String label) throws InvalidSettingsException {
        String text = model.getStringValue();
        List<String> names = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return names;
        }
        for (String part : text.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw new InvalidSettingsException("'" + label + "' has an empty entry in '" + text + "'. Separate "
                        + "entries with single commas, for example T1,T2.");
            }
            if (names.contains(name)) {
                throw new InvalidSettingsException("'" + label + "' lists '" + name + "' twice. List each entry once.");
            }
            names.add(name);
        }
        return names;
    }
}

package org.researchml.knime.eeg.labeler;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the EEG Event Labeler; labels match the option names of the node description. */
final class EegEventLabelerNodeDialog extends DefaultNodeSettingsPane {

    EegEventLabelerNodeDialog() {
        EegEventLabelerSettings settings = new EegEventLabelerSettings();

        addDialogComponent(new DialogComponentStringSelection(settings.source, EegEventLabelerSettings.LABEL_SOURCE,
                EegEventLabelerSettings.SOURCES));
        addDialogComponent(new DialogComponentString(settings.annotationTexts,
                EegEventLabelerSettings.LABEL_ANNOTATION_TEXTS, false, 20));
        addDialogComponent(new DialogComponentString(settings.eventColumns, EegEventLabelerSettings.LABEL_EVENT_COLUMNS,
                false, 20));
        addDialogComponent(new DialogComponentStringSelection(settings.labelMode,
                EegEventLabelerSettings.LABEL_LABEL_MODE, EegEventLabelerSettings.MODES));
        addDialogComponent(new DialogComponentNumber(settings.marginMillis, EegEventLabelerSettings.LABEL_MARGIN, 50));
        addDialogComponent(new DialogComponentString(settings.labelColumn, EegEventLabelerSettings.LABEL_LABEL_COLUMN,
                true, 12));
    }
}

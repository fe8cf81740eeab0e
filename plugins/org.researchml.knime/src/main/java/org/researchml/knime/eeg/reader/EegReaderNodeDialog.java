package org.researchml.knime.eeg.reader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the EEG Reader; labels match the option names of the node description. */
final class EegReaderNodeDialog extends DefaultNodeSettingsPane {

    EegReaderNodeDialog() {
        EegReaderSettings settings = new EegReaderSettings();

        createNewGroup(EegReaderSettings.LABEL_PATH);
        addDialogComponent(new DialogComponentFileChooser(settings.path, "researchml-eeg-reader",
                JFileChooser.OPEN_DIALOG, ".edf|.bdf", ".vhdr", ".csv"));
        closeCurrentGroup();
        createNewGroup(EegReaderSettings.LABEL_DATA_FOLDER);
        addDialogComponent(new DialogComponentFileChooser(settings.dataFolder, "researchml-data-folder",
                JFileChooser.OPEN_DIALOG, true));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentString(settings.filePattern, EegReaderSettings.LABEL_FILE_PATTERN,
                true, 20));
        addDialogComponent(new DialogComponentString(settings.channels, EegReaderSettings.LABEL_CHANNELS, false, 30));

        createNewGroup("Time range");
        addDialogComponent(new DialogComponentNumber(settings.startSeconds, EegReaderSettings.LABEL_START, 1.0));
        addDialogComponent(new DialogComponentNumber(settings.endSeconds, EegReaderSettings.LABEL_END, 1.0));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentBoolean(settings.addFileColumn, EegReaderSettings.LABEL_FILE_COLUMN));
    }
}

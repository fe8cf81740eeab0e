package org.researchml.knime.segmentation.imagereader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the Image Reader; labels match the option names of the node description. */
final class ImageReaderNodeDialog extends DefaultNodeSettingsPane {

    ImageReaderNodeDialog() {
        ImageReaderSettings settings = new ImageReaderSettings();

        createNewGroup(ImageReaderSettings.LABEL_PATH);
        addDialogComponent(new DialogComponentFileChooser(settings.path, "researchml-image-reader",
                JFileChooser.OPEN_DIALOG, ".tif|.tiff", ".png"));
        closeCurrentGroup();
        createNewGroup(ImageReaderSettings.LABEL_DATA_FOLDER);
        addDialogComponent(new DialogComponentFileChooser(settings.dataFolder, "researchml-data-folder",
                JFileChooser.OPEN_DIALOG, true));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentString(settings.filePattern, ImageReaderSettings.LABEL_FILE_PATTERN,
                true, 20));
        createNewGroup(ImageReaderSettings.LABEL_MASK_FOLDER);
        addDialogComponent(new DialogComponentFileChooser(settings.maskFolder, "researchml-mask-folder",
                JFileChooser.OPEN_DIALOG, true));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentNumber(settings.maskThreshold, ImageReaderSettings.LABEL_MASK_THRESHOLD,
                1.0));
        createNewGroup("Crop");
        addDialogComponent(new DialogComponentNumber(settings.cropWidth, ImageReaderSettings.LABEL_CROP_WIDTH, 16));
        addDialogComponent(new DialogComponentNumber(settings.cropHeight, ImageReaderSettings.LABEL_CROP_HEIGHT, 16));
        closeCurrentGroup();
    }
}

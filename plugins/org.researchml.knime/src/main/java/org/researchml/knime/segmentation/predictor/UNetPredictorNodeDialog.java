package org.researchml.knime.segmentation.predictor;

import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the U-Net Predictor; labels match the option names of the node description. */
final class UNetPredictorNodeDialog extends DefaultNodeSettingsPane {

    UNetPredictorNodeDialog() {
        UNetPredictorSettings settings = new UNetPredictorSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(settings.imageColumn,
                UNetPredictorSettings.LABEL_IMAGE_COLUMN, UNetPredictorNodeModel.TABLE_PORT, PNGImageValue.class));
        addDialogComponent(new DialogComponentNumber(settings.tileSize, UNetPredictorSettings.LABEL_TILE_SIZE, 16));
        addDialogComponent(new DialogComponentNumber(settings.overlap, UNetPredictorSettings.LABEL_OVERLAP, 8));
        addDialogComponent(new DialogComponentNumber(settings.batchSize, UNetPredictorSettings.LABEL_BATCH_SIZE, 1));
        addDialogComponent(new DialogComponentNumber(settings.threshold, UNetPredictorSettings.LABEL_THRESHOLD, 0.05));
    }
}

package org.researchml.knime.segmentation.scorer;

import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;

/** Dialog of the Segmentation Scorer; labels match the option names of the node description. */
final class SegmentationScorerNodeDialog extends DefaultNodeSettingsPane {

    SegmentationScorerNodeDialog() {
        SegmentationScorerSettings settings = new SegmentationScorerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(settings.truthColumn,
                SegmentationScorerSettings.LABEL_TRUTH_COLUMN, 0, PNGImageValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.predictedColumn,
                SegmentationScorerSettings.LABEL_PREDICTED_COLUMN, 0, PNGImageValue.class));
    }
}

package org.researchml.knime.segmentation.predictor;

import java.io.File;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.TiledPredictor;
import org.researchml.knime.convert.ExecutionProgress;
import org.researchml.knime.convert.ImageTable;
import org.researchml.knime.convert.SegmentationColumns;
import org.researchml.knime.convert.SegmentationColumns.Segmentation;
import org.researchml.knime.port.UNetModelPortObject;
import org.researchml.knime.port.UNetModelPortObjectSpec;

/**
 * Segments the image of each row with a trained U-Net: the image is normalized as in training, predicted in
 * overlapping tiles, and thresholded. Appends the predicted mask and the probability map.
 */
final class UNetPredictorNodeModel extends NodeModel {

    static final int MODEL_PORT = 0;
    static final int TABLE_PORT = 1;

    private final UNetPredictorSettings settings = new UNetPredictorSettings();

    UNetPredictorNodeModel() {
        super(new PortType[] {UNetModelPortObject.TYPE, BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        UNetModelPortObjectSpec model = (UNetModelPortObjectSpec) inSpecs[MODEL_PORT];
        if (model != null) {
            settings.tileSize(model.architecture(), model.tileSizePixels());
        }
        DataTableSpec table = (DataTableSpec) inSpecs[TABLE_PORT];
        ImageTable.requireImageColumn(table, settings.imageColumn.getStringValue(),
                UNetPredictorSettings.LABEL_IMAGE_COLUMN);
        return new PortObjectSpec[] {SegmentationColumns.spec(table)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        SegmentationModel model = ((UNetModelPortObject) inObjects[MODEL_PORT]).model();
        BufferedDataTable table = (BufferedDataTable) inObjects[TABLE_PORT];
        int imageIndex = ImageTable.requireImageColumn(table.getDataTableSpec(), settings.imageColumn.getStringValue(),
                UNetPredictorSettings.LABEL_IMAGE_COLUMN);
        int tile = settings.tileSize(model.metadata().architecture(), model.metadata().tileSize());
        double threshold = settings.threshold(model.metadata().threshold());
        TiledPredictor predictor = model.tiledPredictor(tile, settings.overlap.getIntValue(),
                settings.batchSize.getIntValue());
        try {
            BufferedDataTable output = SegmentationColumns.append(table, imageIndex, (image, imageExec) -> {
                float[] normalized = model.metadata().normalization().apply(image);
                float[] probabilities = ExecutionProgress.run(imageExec,
                        listener -> predictor.predict(normalized, image.width(), image.height(), listener));
                boolean[] foreground = new boolean[probabilities.length];
                for (int i = 0; i < foreground.length; i++) {
                    foreground[i] = probabilities[i] >= threshold;
                }
                return new Segmentation(probabilities, foreground);
            }, exec);
            return new PortObject[] {output};
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        UNetPredictorSettings.validate(settingsIn);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        settings.load(settingsIn);
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The outputs are all there is; KNIME stores them itself.
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The outputs are all there is; KNIME stores them itself.
    }

    @Override
    protected void reset() {
        // No state besides the outputs.
    }
}

package org.researchml.knime.segmentation.scorer;

import java.io.File;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.researchml.core.metrics.SegmentationScores;
import org.researchml.knime.convert.ImageTable;
import org.researchml.knime.convert.SegmentationScoresTable;

/** Scores predicted masks against ground-truth masks: IoU, Dice, precision, recall and pixel accuracy. */
final class SegmentationScorerNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(SegmentationScorerNodeModel.class);

    private final SegmentationScorerSettings settings = new SegmentationScorerSettings();

    SegmentationScorerNodeModel() {
        super(1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        columns(inSpecs[0]);
        return new DataTableSpec[] {SegmentationScoresTable.spec()};
    }

    private int[] columns(DataTableSpec spec) throws InvalidSettingsException {
        return new int[] {
            ImageTable.requireImageColumn(spec, settings.truthColumn.getStringValue(),
                    SegmentationScorerSettings.LABEL_TRUTH_COLUMN),
            ImageTable.requireImageColumn(spec, settings.predictedColumn.getStringValue(),
                    SegmentationScorerSettings.LABEL_PREDICTED_COLUMN)};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        settings.check();
        int[] columns = columns(inData[0].getDataTableSpec());
        Map<String, SegmentationScores> perImage;
        try {
            perImage = SegmentationScoresTable.compare(inData[0], columns[0], columns[1],
                    exec.createSubExecutionContext(0.95));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        if (perImage.isEmpty()) {
            setWarningMessage("The input table has no rows; the pooled row counts no pixels.");
        }
        SegmentationScores pooled = SegmentationScores.pooled(perImage.values());
        LOGGER.info("Scored " + perImage.size() + " images: pooled IoU " + pooled.iou() + ", Dice " + pooled.dice());
        return new BufferedDataTable[] {SegmentationScoresTable.write(perImage, exec.createSubExecutionContext(0.05))};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        SegmentationScorerSettings.validate(settingsIn);
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

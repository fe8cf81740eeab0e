package org.researchml.knime.segmentation.learner;

import java.io.File;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.TrainingConfig;
import org.researchml.core.segmentation.TrainingListener;
import org.researchml.core.segmentation.UNetTrainer;
import org.researchml.knime.convert.ExecutionProgress;
import org.researchml.knime.convert.ImageTable;
import org.researchml.knime.convert.TrainingHistoryTable;
import org.researchml.knime.port.UNetModelPortObject;
import org.researchml.knime.port.UNetModelPortObjectSpec;

/**
 * Trains a U-Net on the image/mask rows of the input table. The last rows, as many as the validation setting
 * selects, are held out and scored after each epoch, and the weights of the epoch with the best validation IoU are
 * kept.
 */
final class UNetLearnerNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(UNetLearnerNodeModel.class);

    private final UNetLearnerSettings settings = new UNetLearnerSettings();

    UNetLearnerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE},
                new PortType[] {UNetModelPortObject.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        TrainingConfig config = settings.toTrainingConfig();
        settings.check();
        checkColumns((DataTableSpec) inSpecs[0]);
        return new PortObjectSpec[] {
            new UNetModelPortObjectSpec(config.architecture(), config.patchSize(), config.threshold()),
            TrainingHistoryTable.spec()};
    }

    private int[] checkColumns(DataTableSpec spec) throws InvalidSettingsException {
        int image = ImageTable.requireImageColumn(spec, settings.imageColumn.getStringValue(),
                UNetLearnerSettings.LABEL_IMAGE_COLUMN);
        int mask = ImageTable.requireImageColumn(spec, settings.maskColumn.getStringValue(),
                UNetLearnerSettings.LABEL_MASK_COLUMN);
        if (image == mask) {
            throw new InvalidSettingsException("'" + UNetLearnerSettings.LABEL_IMAGE_COLUMN + "' and '"
                    + UNetLearnerSettings.LABEL_MASK_COLUMN + "' are both '" + settings.imageColumn.getStringValue()
                    + "'. Choose the column with the ground-truth masks as mask column.");
        }
        return new int[] {image, mask};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        TrainingConfig config = settings.toTrainingConfig();
        int[] columns = checkColumns(table.getDataTableSpec());
        if (table.size() == 0) {
            throw new InvalidSettingsException("The input table has no rows. Connect a table with images and masks, "
                    + "for example from the Image Reader with a mask folder.");
        }
        int validationCount = settings.validationRowCount(table.size());

        exec.setMessage("Decoding images and masks");
        List<ImageMaskPair> pairs;
        try {
            pairs = ImageTable.readPairs(table, columns[0], columns[1], exec.createSubProgress(0.02));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        List<ImageMaskPair> training = pairs.subList(0, pairs.size() - validationCount);
        List<ImageMaskPair> validation = pairs.subList(pairs.size() - validationCount, pairs.size());
        for (ImageMaskPair pair : training) {
            int smallest = Math.min(pair.image().width(), pair.image().height());
            if (smallest < config.patchSize()) {
                LOGGER.info("Image " + pair.name() + " (" + pair.image().width() + "x" + pair.image().height()
                        + ") is smaller than the patch; its patches are mirrored at the borders");
            }
        }

        UNetTrainer trainer = new UNetTrainer(config, settings.timeBudgetOrInfinity());
        SegmentationModel model = ExecutionProgress.run(exec.createSubProgress(0.96),
                listener -> trainer.train(training, validation, TrainingListener.of(listener)));
        LOGGER.info("Trained U-Net for " + model.metadata().history().size() + " epochs on " + training.size()
                + " images; kept epoch " + model.metadata().bestEpoch());

        exec.setMessage("Writing the training history");
        BufferedDataTable history = TrainingHistoryTable.write(model.metadata().history(),
                exec.createSubExecutionContext(0.02));
        exec.setProgress(1);
        return new PortObject[] {new UNetModelPortObject(model), history};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        UNetLearnerSettings.validate(settingsIn);
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

package org.researchml.knime.ensemble.predictor;

import java.io.File;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
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
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.features.FeatureTable;
import org.researchml.knime.convert.PredictionColumns;
import org.researchml.knime.convert.TrainingRowsTable;
import org.researchml.knime.port.EnsembleModelPortObject;
import org.researchml.knime.port.EnsembleModelPortObjectSpec;

/**
 * Appends a trained ensemble's event probability and predicted class to every row of a table. A row is predicted
 * an event when its probability is above the threshold, as in {@link EnsembleModel#predictLabels}.
 */
final class EnsemblePredictorNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EnsemblePredictorNodeModel.class);

    /** Rows predicted per call, so the node reports progress and reacts to cancel between chunks. */
    static final int ROWS_PER_CHUNK = 8192;

    private final EnsemblePredictorSettings settings = new EnsemblePredictorSettings();

    EnsemblePredictorNodeModel() {
        super(new PortType[] {EnsembleModelPortObject.TYPE, BufferedDataTable.TYPE},
                new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.useFixedThreshold();
        EnsembleModelPortObjectSpec modelSpec = (EnsembleModelPortObjectSpec) inSpecs[0];
        DataTableSpec tableSpec = (DataTableSpec) inSpecs[1];
        if (modelSpec == null) {
            throw new InvalidSettingsException("No model at the first input. Connect an Ensemble Learner.");
        }
        checkFeatures(modelSpec.featureNames(), tableSpec);
        return new PortObjectSpec[] {PredictionColumns.spec(tableSpec)};
    }

    private static void checkFeatures(List<String> features, DataTableSpec tableSpec)
            throws InvalidSettingsException {
        List<String> missing = features.stream().filter(name -> !tableSpec.containsName(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The input table lacks " + missing.size() + " feature column(s) of "
                    + "the model: " + String.join(", ", missing) + ". Compute the same features as for training.");
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        EnsembleModel model = ((EnsembleModelPortObject) inObjects[0]).model();
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        checkFeatures(model.featureNames(), table.getDataTableSpec());
        double threshold = settings.useFixedThreshold() ? settings.fixedThreshold.getDoubleValue()
                : model.threshold();

        FeatureTable rows = TrainingRowsTable.read(table, model.featureNames(), null, null,
                exec.createSubProgress(0.2));
        double[] probabilities = predict(model, rows, exec.createSubProgress(0.6));
        int[] predicted = new int[probabilities.length];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = probabilities[i] > threshold ? 1 : 0;
        }
        LOGGER.info("Predicted " + rows.rowCount() + " rows with threshold " + threshold);
        BufferedDataTable output = PredictionColumns.append(table, probabilities, predicted,
                exec.createSubExecutionContext(0.2));
        exec.setProgress(1);
        return new PortObject[] {output};
    }

    /** Predicts chunk by chunk, with progress and cancellation between chunks. */
    private static double[] predict(EnsembleModel model, FeatureTable rows, ExecutionMonitor exec)
            throws CanceledExecutionException {
        double[] probabilities = new double[rows.rowCount()];
        for (int from = 0; from < rows.rowCount(); from += ROWS_PER_CHUNK) {
            exec.checkCanceled();
            exec.setProgress((double) from / rows.rowCount(), "Predicting rows " + from + " of " + rows.rowCount());
            int to = Math.min(rows.rowCount(), from + ROWS_PER_CHUNK);
            double[] chunk = model.predictProbabilities(slice(rows, from, to));
            System.arraycopy(chunk, 0, probabilities, from, chunk.length);
        }
        exec.setProgress(1);
        return probabilities;
    }

    private static FeatureTable slice(FeatureTable rows, int from, int to) {
        return new FeatureTable(rows.featureNames(), java.util.Arrays.copyOfRange(rows.rows(), from, to),
                java.util.Arrays.copyOfRange(rows.windowStartSeconds(), from, to),
                java.util.Arrays.copyOfRange(rows.windowEndSeconds(), from, to),
                java.util.Arrays.copyOfRange(rows.windowEndSample(), from, to), null);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EnsemblePredictorSettings.validate(settingsIn);
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

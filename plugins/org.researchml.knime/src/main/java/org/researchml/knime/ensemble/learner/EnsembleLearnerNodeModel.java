package org.researchml.knime.ensemble.learner;

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
import org.researchml.core.ensemble.EnsembleLearner;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.EnsembleSettings;
import org.researchml.core.ensemble.MemberSpec;
import org.researchml.core.ensemble.ThresholdMode;
import org.researchml.core.features.FeatureTable;
import org.researchml.knime.convert.ExecutionProgress;
import org.researchml.knime.convert.InterpretationTable;
import org.researchml.knime.convert.TrainingRowsTable;
import org.researchml.knime.port.EnsembleModelPortObject;
import org.researchml.knime.port.EnsembleModelPortObjectSpec;

/**
 * Trains an ensemble on the rows of the first input and outputs the model and its interpretation table. A threshold
 * for a target false-alarm rate is chosen on the rows of the optional second input when it is connected, and on the
 * training rows otherwise.
 */
final class EnsembleLearnerNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EnsembleLearnerNodeModel.class);

    static final int TRAINING_PORT = 0;
    static final int VALIDATION_PORT = 1;

    private final EnsembleLearnerSettings settings = new EnsembleLearnerSettings();

    EnsembleLearnerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
                new PortType[] {EnsembleModelPortObject.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        DataTableSpec training = (DataTableSpec) inSpecs[TRAINING_PORT];
        List<String> features = features(training);
        DataTableSpec validation = (DataTableSpec) inSpecs[VALIDATION_PORT];
        if (validation != null) {
            checkValidationSpec(validation, features);
        }
        EnsembleSettings core = settings.toEnsembleSettings();
        List<String> members = core.members().stream().map(MemberSpec::describe).toList();
        return new PortObjectSpec[] {new EnsembleModelPortObjectSpec(features, members, core.combination().name()),
            InterpretationTable.spec()};
    }

    private List<String> features(DataTableSpec training) throws InvalidSettingsException {
        String classColumn = settings.classColumn.getStringValue().trim();
        TrainingRowsTable.checkClassColumn(training, classColumn, settings.eventValue.getStringValue(),
                EnsembleLearnerSettings.LABEL_CLASS_COLUMN, EnsembleLearnerSettings.LABEL_EVENT_VALUE);
        return TrainingRowsTable.featureColumns(training, settings.featureList(), classColumn,
                EnsembleLearnerSettings.LABEL_FEATURE_COLUMNS);
    }

    private void checkValidationSpec(DataTableSpec validation, List<String> features)
            throws InvalidSettingsException {
        List<String> missing = features.stream().filter(name -> !validation.containsName(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The validation table (second input) lacks the feature columns "
                    + missing + " of the training table. Connect a validation table with the same columns.");
        }
        try {
            TrainingRowsTable.checkClassColumn(validation, settings.classColumn.getStringValue().trim(),
                    settings.eventValue.getStringValue(), EnsembleLearnerSettings.LABEL_CLASS_COLUMN,
                    EnsembleLearnerSettings.LABEL_EVENT_VALUE);
        } catch (InvalidSettingsException e) {
            throw new InvalidSettingsException("Validation table (second input): " + e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable trainingTable = (BufferedDataTable) inObjects[TRAINING_PORT];
        BufferedDataTable validationTable = (BufferedDataTable) inObjects[VALIDATION_PORT];
        List<String> features = features(trainingTable.getDataTableSpec());
        String classColumn = settings.classColumn.getStringValue().trim();
        String eventValue = settings.eventValue.getStringValue();
        EnsembleSettings core = settings.toEnsembleSettings();

        exec.setMessage("Reading training rows");
        FeatureTable training = TrainingRowsTable.read(trainingTable, features, classColumn, eventValue,
                exec.createSubProgress(0.05));
        FeatureTable validation = null;
        if (validationTable != null && core.thresholdMode() == ThresholdMode.FALSE_ALARM_RATE) {
            checkValidationSpec(validationTable.getDataTableSpec(), features);
            validation = TrainingRowsTable.read(validationTable, features, classColumn, eventValue,
                    exec.createSubProgress(0.05));
        } else if (validationTable != null) {
            setWarningMessage("The validation table is not used because '" + EnsembleLearnerSettings
                    .LABEL_THRESHOLD_MODE + "' is '" + EnsembleLearnerSettings.FIXED + "'.");
        }

        FeatureTable validationRows = validation;
        EnsembleModel model = ExecutionProgress.run(exec.createSubProgress(0.85),
                listener -> EnsembleLearner.train(training, validationRows, core, listener));
        LOGGER.info("Trained ensemble with threshold " + model.threshold() + " on " + training.rowCount() + " rows");

        exec.setMessage("Writing the interpretation table");
        BufferedDataTable interpretation = InterpretationTable.write(model.interpretation(),
                exec.createSubExecutionContext(0.05));
        exec.setProgress(1);
        return new PortObject[] {new EnsembleModelPortObject(model), interpretation};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EnsembleLearnerSettings.validate(settingsIn);
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

package org.researchml.knime.eeg.features;

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
import org.researchml.core.eeg.Recording;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.WindowFeatureExtractor;
import org.researchml.core.features.WindowFeatureSettings;
import org.researchml.core.features.csp.CommonSpatialPatterns;
import org.researchml.core.features.csp.CspModel;
import org.researchml.knime.convert.CspTable;
import org.researchml.knime.convert.ExecutionProgress;
import org.researchml.knime.convert.FeaturesTable;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;

/**
 * Computes per-channel features over sliding windows of a samples table, optionally on CSP virtual channels fitted
 * on the input's labels. Outputs the feature table and the CSP filters and patterns (empty without CSP).
 */
final class EegWindowFeaturesNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EegWindowFeaturesNodeModel.class);

    private final EegWindowFeaturesSettings settings = new EegWindowFeaturesSettings();

    EegWindowFeaturesNodeModel() {
        super(1, 2);
    }

    /**
     * Checks the settings against the input. The feature table spec is left unknown ({@code null}) because lag
     * feature names depend on the sampling rate, which only the rows of {@code time_s} give.
     */
    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        List<String> channels = SampleColumns.chosenChannels(inSpecs[0], settings.channels.getStringArrayValue(),
                EegWindowFeaturesSettings.LABEL_CHANNELS);
        checkLabelColumn(inSpecs[0]);
        if (settings.csp.getBooleanValue() && channels.size() < 2 * settings.cspPairs.getIntValue()) {
            throw new InvalidSettingsException("'" + EegWindowFeaturesSettings.LABEL_CSP_PAIRS + "' is "
                    + settings.cspPairs.getIntValue() + ", which needs at least " + 2 * settings.cspPairs.getIntValue()
                    + " channels, but " + channels.size() + " are chosen in '" + EegWindowFeaturesSettings.LABEL_CHANNELS
                    + "'. Lower the pairs or choose more channels.");
        }
        return new DataTableSpec[] {null, CspTable.spec()};
    }

    private void checkLabelColumn(DataTableSpec spec) throws InvalidSettingsException {
        String label = settings.labelColumnOrNull();
        if (label != null && !SampleColumns.integerColumns(spec).contains(label)) {
            String problem = spec.containsName(label) ? "is not an integer column" : "is not in the samples table";
            throw new InvalidSettingsException("'" + EegWindowFeaturesSettings.LABEL_LABEL_COLUMN + "' names '" + label
                    + "', which " + problem + ". Enter the 0/1 column of the EEG Event Labeler, or clear the option "
                    + "for unlabelled windows.");
        }
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable input = inData[0];
        List<String> channels = SampleColumns.chosenChannels(input.getDataTableSpec(),
                settings.channels.getStringArrayValue(), EegWindowFeaturesSettings.LABEL_CHANNELS);
        Recording recording = SampleRows.read(input, channels, List.of(), List.of(), exec.createSubProgress(0.3));
        String labelColumn = settings.labelColumnOrNull();
        int[] labels = labelColumn == null ? null
                : SampleRows.readLabels(input, labelColumn, exec.createSubProgress(0.05));
        exec.checkCanceled();

        CspModel csp = null;
        Recording source = recording;
        if (settings.csp.getBooleanValue()) {
            exec.setMessage("Fitting CSP filters");
            try {
                csp = CommonSpatialPatterns.fit(recording, labels, settings.cspPairs.getIntValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage() + " Check '" + EegWindowFeaturesSettings.LABEL_CSP_PAIRS
                        + "', '" + EegWindowFeaturesSettings.LABEL_CHANNELS + "' and '"
                        + EegWindowFeaturesSettings.LABEL_LABEL_COLUMN + "'.", e);
            }
            source = csp.apply(recording);
            LOGGER.info("Fitted " + csp.filterCount() + " CSP filters on " + channels.size() + " channels");
        }
        exec.checkCanceled();

        WindowFeatureSettings featureSettings = settings.featureSettings();
        Recording windows = source;
        FeatureTable features;
        try {
            features = ExecutionProgress.run(exec.createSubProgress(0.45),
                    listener -> WindowFeatureExtractor.extract(windows, featureSettings, labels, listener));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + " Check '" + EegWindowFeaturesSettings.LABEL_WINDOW
                    + "', '" + EegWindowFeaturesSettings.LABEL_STEP + "', '" + EegWindowFeaturesSettings.LABEL_BANDS
                    + "' and '" + EegWindowFeaturesSettings.LABEL_LAGS + "'.", e);
        }
        LOGGER.info("Extracted " + features.featureCount() + " features from " + features.rowCount() + " windows");
        BufferedDataTable featureTable = FeaturesTable.write(features, exec.createSubExecutionContext(0.15));
        BufferedDataTable cspTable = CspTable.write(csp, exec.createSubExecutionContext(0.05));
        exec.setProgress(1);
        return new BufferedDataTable[] {featureTable, cspTable};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EegWindowFeaturesSettings.validate(settingsIn);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        settings.load(settingsIn);
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The output tables are all there is; KNIME stores them itself.
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The output tables are all there is; KNIME stores them itself.
    }

    @Override
    protected void reset() {
        // No state besides the outputs.
    }
}

package org.researchml.knime.eeg.rereference;

import java.io.File;
import java.util.ArrayList;
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
import org.researchml.core.signal.Rereference;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;

/**
 * Re-references chosen channel columns of a samples table to their common average or to the mean of reference
 * channels. Other columns pass through unchanged, and so do reference channels that are not chosen.
 */
final class EegRereferenceNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EegRereferenceNodeModel.class);

    private final EegRereferenceSettings settings = new EegRereferenceSettings();

    EegRereferenceNodeModel() {
        super(1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        channels(inSpecs[0]);
        return new DataTableSpec[] {inSpecs[0]};
    }

    /** Returns the chosen channels followed by the reference channels that are not among them. */
    private List<String> channels(DataTableSpec spec) throws InvalidSettingsException {
        List<String> chosen = SampleColumns.chosenChannels(spec, settings.channels.getStringArrayValue(),
                EegRereferenceSettings.LABEL_CHANNELS);
        List<String> all = new ArrayList<>(chosen);
        if (settings.usesChannels()) {
            List<String> references = SampleColumns.chosenChannels(spec,
                    settings.referenceList().toArray(new String[0]), EegRereferenceSettings.LABEL_REFERENCE_CHANNELS);
            for (String reference : references) {
                if (!all.contains(reference)) {
                    all.add(reference);
                }
            }
        }
        return all;
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable input = inData[0];
        DataTableSpec spec = input.getDataTableSpec();
        List<String> chosen = SampleColumns.chosenChannels(spec, settings.channels.getStringArrayValue(),
                EegRereferenceSettings.LABEL_CHANNELS);
        List<String> labels = channels(spec);
        Recording recording = SampleRows.read(input, labels, List.of(), List.of(), exec.createSubProgress(0.4));
        exec.checkCanceled();
        exec.setMessage("Re-referencing " + chosen.size() + " channels");
        Recording rereferenced;
        if (settings.usesChannels()) {
            List<String> references = settings.referenceList();
            LOGGER.info("Re-referencing " + chosen.size() + " channels to the mean of " + references);
            rereferenced = Rereference.toChannels(recording, references);
        } else {
            LOGGER.info("Re-referencing " + chosen.size() + " channels to their common average");
            rereferenced = Rereference.commonAverage(recording);
        }
        exec.checkCanceled();
        double[][] samples = new double[chosen.size()][];
        for (int c = 0; c < chosen.size(); c++) {
            samples[c] = rereferenced.channel(c);
        }
        Recording output = rereferenced.withSamples(chosen, rereferenced.physicalUnits().subList(0, chosen.size()),
                samples);
        return new BufferedDataTable[] {SampleRows.replaceChannels(input, output, exec.createSubExecutionContext(0.6))};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EegRereferenceSettings.validate(settingsIn);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        settings.load(settingsIn);
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The output table is all there is; KNIME stores it itself.
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The output table is all there is; KNIME stores it itself.
    }

    @Override
    protected void reset() {
        // No state besides the output.
    }
}

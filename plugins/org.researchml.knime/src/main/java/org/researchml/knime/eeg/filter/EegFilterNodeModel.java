package org.researchml.knime.eeg.filter;

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
import org.researchml.core.signal.FilterSpec;
import org.researchml.core.signal.RecordingFilter;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;

/**
 * Applies a Butterworth filter to chosen channel columns of a samples table; other columns pass through unchanged.
 * The sampling rate comes from the {@code time_s} column, so the cut-offs can only be checked against the Nyquist
 * frequency in {@code execute}.
 */
final class EegFilterNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EegFilterNodeModel.class);

    /** Channels filtered per core call; cancel takes effect between groups. */
    static final int CHANNELS_PER_GROUP = 8;

    private final EegFilterSettings settings = new EegFilterSettings();

    EegFilterNodeModel() {
        super(1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        SampleColumns.chosenChannels(inSpecs[0], settings.channels.getStringArrayValue(),
                EegFilterSettings.LABEL_CHANNELS);
        return new DataTableSpec[] {inSpecs[0]};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable input = inData[0];
        List<String> channels = SampleColumns.chosenChannels(input.getDataTableSpec(),
                settings.channels.getStringArrayValue(), EegFilterSettings.LABEL_CHANNELS);
        Recording recording = SampleRows.read(input, channels, List.of(), List.of(),
                exec.createSubProgress(0.3));
        settings.checkNyquist(recording.samplingRateHz());
        FilterSpec spec = settings.spec();
        boolean zeroPhase = settings.zeroPhase.getBooleanValue();
        LOGGER.info("Filtering " + channels.size() + " channels at " + recording.samplingRateHz() + " Hz with "
                + spec + (zeroPhase ? ", zero-phase" : ", causal"));

        ExecutionMonitor filterProgress = exec.createSubProgress(0.4);
        double[][] filtered = new double[recording.channelCount()][];
        for (int from = 0; from < channels.size(); from += CHANNELS_PER_GROUP) {
            exec.checkCanceled();
            int to = Math.min(channels.size(), from + CHANNELS_PER_GROUP);
            filterProgress.setProgress((double) from / channels.size(), "Filtering channels " + (from + 1) + "-" + to
                    + " of " + channels.size());
            Recording group = subset(recording, from, to);
            Recording result;
            try {
                result = RecordingFilter.apply(group, spec, null, zeroPhase);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage() + " Change '" + EegFilterSettings.LABEL_ORDER
                        + "' or clear '" + EegFilterSettings.LABEL_ZERO_PHASE + "'.", e);
            }
            for (int c = from; c < to; c++) {
                filtered[c] = result.channel(c - from);
            }
        }
        filterProgress.setProgress(1);
        Recording output = recording.withSamples(recording.channelLabels(), recording.physicalUnits(), filtered);
        return new BufferedDataTable[] {SampleRows.replaceChannels(input, output, exec.createSubExecutionContext(0.3))};
    }

    private static Recording subset(Recording recording, int from, int to) {
        double[][] samples = new double[to - from][];
        for (int c = from; c < to; c++) {
            samples[c - from] = recording.channel(c);
        }
        return recording.withSamples(recording.channelLabels().subList(from, to),
                recording.physicalUnits().subList(from, to), samples);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EegFilterSettings.validate(settingsIn);
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

package org.researchml.knime.eeg.resampler;

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
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;
import org.researchml.core.signal.PolyphaseResampler;
import org.researchml.core.signal.Resampler;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;

/**
 * Resamples every signal column of a samples table by a rational factor with an anti-aliasing filter. Integer 0/1
 * columns (events, labels) are resampled by nearest sample so short events survive; other columns are dropped,
 * because their rows no longer exist.
 */
final class EegResamplerNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EegResamplerNodeModel.class);

    /** Channels resampled per core call; cancel takes effect between groups. */
    static final int CHANNELS_PER_GROUP = 8;

    private final EegResamplerSettings settings = new EegResamplerSettings();

    EegResamplerNodeModel() {
        super(1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        DataTableSpec spec = inSpecs[0];
        List<String> dropped = droppedColumns(spec);
        if (!dropped.isEmpty()) {
            setWarningMessage("Columns " + dropped + " are neither signal nor integer 0/1 columns and are dropped.");
        }
        return new DataTableSpec[] {SampleColumns.specWithEvents(SampleColumns.signalColumns(spec),
                SampleColumns.integerColumns(spec))};
    }

    private static List<String> droppedColumns(DataTableSpec spec) throws InvalidSettingsException {
        List<String> keptColumns = new ArrayList<>(SampleColumns.signalColumns(spec));
        keptColumns.addAll(SampleColumns.integerColumns(spec));
        List<String> dropped = new ArrayList<>();
        for (String name : spec.getColumnNames()) {
            if (!name.equals(org.researchml.knime.convert.SamplesTable.TIME) && !keptColumns.contains(name)) {
                dropped.add(name);
            }
        }
        return dropped;
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        List<String> channels = SampleColumns.signalColumns(spec);
        List<String> events = SampleColumns.integerColumns(spec);
        Recording recording = SampleRows.read(inData[0], channels, events, List.of(), exec.createSubProgress(0.3));
        int[] factors = settings.factors(recording.samplingRateHz());
        PolyphaseResampler reduced = new PolyphaseResampler(factors[0], factors[1]);
        LOGGER.info("Resampling " + channels.size() + " channels from " + recording.samplingRateHz() + " Hz by "
                + reduced.up() + "/" + reduced.down());

        ExecutionMonitor resampleProgress = exec.createSubProgress(0.4);
        double[][] samples = new double[channels.size()][];
        Recording first = null;
        for (int from = 0; from < channels.size(); from += CHANNELS_PER_GROUP) {
            exec.checkCanceled();
            int to = Math.min(channels.size(), from + CHANNELS_PER_GROUP);
            resampleProgress.setProgress((double) from / channels.size(), "Resampling channels " + (from + 1) + "-"
                    + to + " of " + channels.size());
            Recording group = Resampler.resample(subset(recording, from, to, from == 0), reduced.up(),
                    reduced.down());
            if (first == null) {
                first = group;
            }
            for (int c = from; c < to; c++) {
                samples[c] = group.channel(c - from);
            }
        }
        resampleProgress.setProgress(1);
        EventColumns newEvents = first.eventColumns();
        Recording output = new Recording(channels, recording.physicalUnits(), first.samplingRateHz(), samples,
                first.segments(), List.of(), newEvents);
        return new BufferedDataTable[] {SampleRows.writeWithEvents(output, exec.createSubExecutionContext(0.3))};
    }

    /** Returns channels {@code [from, to)} with the segments, and the event columns if asked. */
    private static Recording subset(Recording recording, int from, int to, boolean withEvents) {
        double[][] samples = new double[to - from][];
        for (int c = from; c < to; c++) {
            samples[c - from] = recording.channel(c);
        }
        return new Recording(recording.channelLabels().subList(from, to), recording.physicalUnits().subList(from, to),
                recording.samplingRateHz(), samples, recording.segments(), List.of(),
                withEvents ? recording.eventColumns() : null);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EegResamplerSettings.validate(settingsIn);
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

package org.researchml.knime.eeg.labeler;

import java.io.File;
import java.util.LinkedHashSet;
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
import org.knime.core.node.port.PortType;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventLabeler;
import org.researchml.knime.convert.AnnotationsTable;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;

/**
 * Appends a 0/1 label column to a samples table, from the annotations table (second, optional input) or from
 * integer 0/1 event columns of the samples table.
 */
final class EegEventLabelerNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EegEventLabelerNodeModel.class);

    private final EegEventLabelerSettings settings = new EegEventLabelerSettings();

    EegEventLabelerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
                new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        DataTableSpec samples = inSpecs[0];
        SampleColumns.signalColumns(samples);
        if (settings.fromAnnotations()) {
            if (inSpecs[1] == null) {
                throw new InvalidSettingsException("'" + EegEventLabelerSettings.LABEL_SOURCE + "' is "
                        + EegEventLabelerSettings.ANNOTATIONS + " but the annotations port is not connected. Connect "
                        + "the annotations output of the EEG Reader, or choose " + EegEventLabelerSettings.EVENT_COLUMNS
                        + ".");
            }
            AnnotationsTable.checkSpec(inSpecs[1]);
        } else {
            List<String> integers = SampleColumns.integerColumns(samples);
            for (String column : settings.eventColumnList()) {
                if (!integers.contains(column)) {
                    throw new InvalidSettingsException("Column '" + column + "' of '"
                            + EegEventLabelerSettings.LABEL_EVENT_COLUMNS + "' is not an integer column of the samples "
                            + "table. Integer columns: " + (integers.isEmpty() ? "none" : String.join(", ", integers))
                            + ".");
                }
            }
        }
        return new DataTableSpec[] {outputSpec(samples)};
    }

    private DataTableSpec outputSpec(DataTableSpec samples) throws InvalidSettingsException {
        return SampleColumns.withIntColumn(samples, settings.labelColumn.getStringValue().trim(),
                EegEventLabelerSettings.LABEL_LABEL_COLUMN);
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable samples = inData[0];
        DataTableSpec spec = samples.getDataTableSpec();
        // One signal channel is enough: the labeler needs only the sample times, the count and the events.
        List<String> timing = SampleColumns.signalColumns(spec).subList(0, 1);

        int[] labels;
        if (settings.fromAnnotations()) {
            List<Annotation> annotations = AnnotationsTable.read(inData[1], exec.createSubProgress(0.05));
            Recording recording = SampleRows.read(samples, timing, List.of(), annotations,
                    exec.createSubProgress(0.45));
            try {
                labels = EventLabeler.fromAnnotations(recording, new LinkedHashSet<>(settings.annotationTextList()),
                        settings.mode(), settings.marginMillis.getDoubleValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage() + " Change '"
                        + EegEventLabelerSettings.LABEL_ANNOTATION_TEXTS + "'.", e);
            }
        } else {
            Recording recording = SampleRows.read(samples, timing, settings.eventColumnList(), List.of(),
                    exec.createSubProgress(0.5));
            labels = EventLabeler.fromEventColumns(recording, settings.eventColumnList(), settings.mode(),
                    settings.marginMillis.getDoubleValue());
        }
        exec.checkCanceled();

        int events = 0;
        for (int label : labels) {
            events += label;
        }
        LOGGER.info("Labelled " + events + " of " + labels.length + " samples as events");
        if (events == 0) {
            setWarningMessage("No sample was labelled as event. Check '" + EegEventLabelerSettings.LABEL_ANNOTATION_TEXTS
                    + "' or '" + EegEventLabelerSettings.LABEL_EVENT_COLUMNS + "' and the time range of the input.");
        }
        return new BufferedDataTable[] {SampleRows.appendIntColumn(samples, outputSpec(spec), labels,
                exec.createSubExecutionContext(0.5))};
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EegEventLabelerSettings.validate(settingsIn);
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

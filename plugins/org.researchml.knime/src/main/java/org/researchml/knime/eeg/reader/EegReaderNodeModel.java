package org.researchml.knime.eeg.reader;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.ChannelInfo;
import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.EegSource;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.RecordingHeader;
import org.researchml.knime.convert.AnnotationsTable;
import org.researchml.knime.convert.SamplesTable;

/**
 * Reads one EEG file or every matching file of a folder into a samples table and an annotations table. The
 * output specs come from the first file's header, read in {@code configure}; every other file must have the same
 * channels.
 */
final class EegReaderNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(EegReaderNodeModel.class);

    private final EegReaderSettings settings = new EegReaderSettings();

    EegReaderNodeModel() {
        super(0, 2);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        List<Path> files = settings.files();
        List<String> labels = channelLabels(files.get(0));
        boolean fileColumn = settings.addFileColumn.getBooleanValue();
        return new DataTableSpec[] {SamplesTable.spec(labels, fileColumn), AnnotationsTable.spec(fileColumn)};
    }

    /** Returns the labels to read from a file: the chosen ones after checking them, or all signal channels. */
    private List<String> channelLabels(Path file) throws InvalidSettingsException {
        RecordingHeader header = header(file);
        List<String> available = header.channels().stream().map(ChannelInfo::label).toList();
        List<String> chosen = settings.channelList();
        if (chosen == null) {
            chosen = available;
        }
        for (String label : chosen) {
            if (!available.contains(label)) {
                throw new InvalidSettingsException("Channel '" + label + "' of '" + EegReaderSettings.LABEL_CHANNELS
                        + "' is not in " + file.getFileName() + ". Available channels: "
                        + String.join(", ", available) + ".");
            }
        }
        checkCommonRate(file, header, chosen);
        return chosen;
    }

    private static void checkCommonRate(Path file, RecordingHeader header, List<String> labels)
            throws InvalidSettingsException {
        List<String> rates = new ArrayList<>();
        double firstRate = Double.NaN;
        boolean mixed = false;
        for (String label : labels) {
            double rate = header.channels().get(header.indexOfChannel(label)).samplingRateHz();
            rates.add(label + " " + rate + " Hz");
            if (Double.isNaN(firstRate)) {
                firstRate = rate;
            } else if (rate != firstRate) {
                mixed = true;
            }
        }
        if (mixed) {
            throw new InvalidSettingsException("The channels of " + file.getFileName() + " have different sampling "
                    + "rates (" + String.join(", ", rates) + "). List channels of one rate in '"
                    + EegReaderSettings.LABEL_CHANNELS + "'.");
        }
    }

    private static RecordingHeader header(Path file) throws InvalidSettingsException {
        try (EegSource source = EegFiles.open(file)) {
            return source.header();
        } catch (NoSuchFileException e) {
            throw new InvalidSettingsException("The EEG file " + file + " does not exist. Check '"
                    + EegReaderSettings.LABEL_PATH + "'.", e);
        } catch (EegFormatException e) {
            throw new InvalidSettingsException(e.getMessage() + " Check '" + EegReaderSettings.LABEL_PATH + "' and '"
                    + EegReaderSettings.LABEL_FILE_PATTERN + "'.", e);
        } catch (IOException e) {
            throw new InvalidSettingsException("The EEG file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        List<Path> files = settings.files();
        List<String> labels = channelLabels(files.get(0));
        boolean fileColumn = settings.addFileColumn.getBooleanValue();
        BufferedDataContainer samples = exec.createDataContainer(SamplesTable.spec(labels, fileColumn));
        BufferedDataContainer annotations = exec.createDataContainer(AnnotationsTable.spec(fileColumn));
        long sampleRows = 0;
        long annotationRows = 0;
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            exec.checkCanceled();
            ExecutionContext fileExec = exec.createSubExecutionContext(1.0 / files.size());
            String fileName = fileColumn ? file.getFileName().toString() : null;
            Recording recording = read(file, labels, fileExec.createSubProgress(0.7), warnings);
            sampleRows += SamplesTable.append(recording, sampleRows, fileName, samples, fileExec.createSubProgress(0.3));
            annotationRows += AnnotationsTable.append(recording.annotations(), annotationRows, fileName, annotations,
                    fileExec);
            LOGGER.info("Read " + recording + " from " + file);
        }
        samples.close();
        annotations.close();
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join(" ", warnings));
        }
        return new BufferedDataTable[] {samples.getTable(), annotations.getTable()};
    }

    /** Reads one file; a file without signal channels contributes only its annotations. */
    private Recording read(Path file, List<String> labels, ExecutionMonitor exec, List<String> warnings)
            throws IOException, CanceledExecutionException, InvalidSettingsException {
        double start = settings.startSeconds.getDoubleValue();
        double end = settings.endOrInfinity();
        RecordingHeader header = header(file);
        if (labels.isEmpty()) {
            warnings.add(file.getFileName() + " has no signal channels; only its annotations were read.");
            List<Annotation> inRange = header.annotations().stream()
                    .filter(a -> a.onsetSeconds() < end && (a.endSeconds() > start || a.onsetSeconds() >= start))
                    .toList();
            return new Recording(List.of(), List.of(), 1, new double[0][], List.of(), inRange, null);
        }
        List<String> available = header.channels().stream().map(ChannelInfo::label).toList();
        if (!available.containsAll(labels)) {
            List<String> missing = labels.stream().filter(label -> !available.contains(label)).toList();
            throw new InvalidSettingsException(file.getFileName() + " lacks the channels " + missing + " that the "
                    + "first file of the folder has. Choose common channels in '" + EegReaderSettings.LABEL_CHANNELS
                    + "' or narrow '" + EegReaderSettings.LABEL_FILE_PATTERN + "'.");
        }
        if (start >= lastSegmentEnd(header)) {
            warnings.add(file.getFileName() + " ends at " + lastSegmentEnd(header) + " s, before '"
                    + EegReaderSettings.LABEL_START + "'; no samples were read from it.");
        }
        try {
            return ChannelGroupLoader.load(file, labels, start, end, exec);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + " Change '" + EegReaderSettings.LABEL_CHANNELS
                    + "'.", e);
        }
    }

    private static double lastSegmentEnd(RecordingHeader header) {
        return header.segments().isEmpty() ? header.durationSeconds()
                : header.segments().get(header.segments().size() - 1).endSeconds();
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        EegReaderSettings.validate(settingsIn);
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

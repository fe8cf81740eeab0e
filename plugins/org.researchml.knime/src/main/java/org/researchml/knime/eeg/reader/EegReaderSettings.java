package org.researchml.knime.eeg.reader;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.researchml.core.DataDirectory;

/**
 * Settings of the EEG Reader. The keys are stored in workflows and must never change; the dialog labels named in
 * messages must match the node description.
 */
final class EegReaderSettings {

    static final String KEY_PATH = "path";
    static final String KEY_DATA_FOLDER = "data_folder";
    static final String KEY_FILE_PATTERN = "file_pattern";
    static final String KEY_CHANNELS = "channels";
    static final String KEY_START = "start_s";
    static final String KEY_END = "end_s";
    static final String KEY_FILE_COLUMN = "add_file_column";

    static final String LABEL_PATH = "File or folder";
    static final String LABEL_DATA_FOLDER = "Data folder";
    static final String LABEL_FILE_PATTERN = "File name pattern";
    static final String LABEL_CHANNELS = "Channels";
    static final String LABEL_START = "Start (s)";
    static final String LABEL_END = "End (s)";
    static final String LABEL_FILE_COLUMN = "Add file column";

    /** Largest start or end time accepted, 10 days in seconds; longer values are typing errors. */
    static final double MAX_SECONDS = 864_000;

    final SettingsModelString path = new SettingsModelString(KEY_PATH, "");
    final SettingsModelString dataFolder = new SettingsModelString(KEY_DATA_FOLDER, "");
    final SettingsModelString filePattern = new SettingsModelString(KEY_FILE_PATTERN, "*.{edf,EDF,bdf,BDF,vhdr}");
    final SettingsModelString channels = new SettingsModelString(KEY_CHANNELS, "");
    final SettingsModelDoubleBounded startSeconds = new SettingsModelDoubleBounded(KEY_START, 0, 0, MAX_SECONDS);
    final SettingsModelDoubleBounded endSeconds = new SettingsModelDoubleBounded(KEY_END, 0, 0, MAX_SECONDS);
    final SettingsModelBoolean addFileColumn = new SettingsModelBoolean(KEY_FILE_COLUMN, true);

    private List<SettingsModel> models() {
        return List.of(path, dataFolder, filePattern, channels, startSeconds, endSeconds, addFileColumn);
    }

    void save(NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }

    /** Checks stored settings without taking them: each value alone, then the rules that involve several. */
    static void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        EegReaderSettings candidate = new EegReaderSettings();
        for (SettingsModel model : candidate.models()) {
            try {
                model.validateSettings(settings);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
            }
        }
        candidate.load(settings);
        candidate.check();
    }

    /** Checks the current values; every message names the dialog option to change. */
    void check() throws InvalidSettingsException {
        if (path.getStringValue() == null || path.getStringValue().isBlank()) {
            throw new InvalidSettingsException("'" + LABEL_PATH + "' is empty. Choose an EEG file or a folder of "
                    + "EEG files.");
        }
        matcher();
        channelList();
        double end = endSeconds.getDoubleValue();
        if (end != 0 && end <= startSeconds.getDoubleValue()) {
            throw new InvalidSettingsException("'" + LABEL_END + "' (" + end + " s) must be after '" + LABEL_START
                    + "' (" + startSeconds.getDoubleValue() + " s). Set it later, or to 0 to read to the end.");
        }
    }

    PathMatcher matcher() throws InvalidSettingsException {
        String pattern = filePattern.getStringValue();
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidSettingsException("'" + LABEL_FILE_PATTERN + "' is empty. Enter a pattern such as "
                    + "*.edf, or * for all files.");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern.trim());
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingsException("'" + LABEL_FILE_PATTERN + "' is not a valid pattern (" + pattern
                    + "): " + e.getDescription() + ". Use * and ? as wildcards and {a,b} for alternatives.", e);
        }
    }

    /** Returns the requested channel labels, or {@code null} for all channels. */
    List<String> channelList() throws InvalidSettingsException {
        String text = channels.getStringValue();
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String label = part.trim();
            if (label.isEmpty()) {
                throw new InvalidSettingsException("'" + LABEL_CHANNELS + "' has an empty entry in '" + text
                        + "'. Separate channel labels with single commas, for example C3.,Cz.,C4.");
            }
            if (labels.contains(label)) {
                throw new InvalidSettingsException("'" + LABEL_CHANNELS + "' names channel '" + label
                        + "' twice. List each channel once.");
            }
            labels.add(label);
        }
        return labels;
    }

    /** Returns the end of the time range in seconds; the setting 0 means the end of the data. */
    double endOrInfinity() {
        double end = endSeconds.getDoubleValue();
        return end == 0 ? Double.POSITIVE_INFINITY : end;
    }

    /**
     * Resolves the path setting: an absolute path as is, a relative one against the data folder (the setting,
     * else the system property or environment variable of {@link DataDirectory}).
     */
    Path resolvedPath() throws InvalidSettingsException {
        Path given = Path.of(path.getStringValue().trim());
        if (given.isAbsolute()) {
            return given;
        }
        Optional<Path> base = DataDirectory.resolve(dataFolder.getStringValue());
        if (base.isEmpty()) {
            throw new InvalidSettingsException("'" + LABEL_PATH + "' is the relative path " + given + " but no data "
                    + "folder is set. Set '" + LABEL_DATA_FOLDER + "' (or the flow variable data_dir), the "
                    + "environment variable " + DataDirectory.ENVIRONMENT_VARIABLE + ", or use an absolute path.");
        }
        return base.get().resolve(given);
    }

    /**
     * Returns the files to read: the file itself, or the matching files of the folder sorted by name.
     *
     * @throws InvalidSettingsException if the path does not exist or the folder has no matching file
     */
    List<Path> files() throws InvalidSettingsException {
        Path resolved = resolvedPath();
        if (Files.isRegularFile(resolved)) {
            return List.of(resolved);
        }
        if (!Files.isDirectory(resolved)) {
            throw new InvalidSettingsException("'" + LABEL_PATH + "' names " + resolved.toAbsolutePath()
                    + ", which does not exist. Choose an existing EEG file or folder.");
        }
        PathMatcher matcher = matcher();
        try (Stream<Path> entries = Files.list(resolved)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(file.getFileName())).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidSettingsException("The folder " + resolved.toAbsolutePath() + " has no file that "
                        + "matches '" + LABEL_FILE_PATTERN + "' (" + filePattern.getStringValue() + "). Change the "
                        + "pattern or the folder.");
            }
            return files;
        } catch (IOException e) {
            throw new InvalidSettingsException("The folder " + resolved.toAbsolutePath() + " cannot be listed: "
                    + e.getMessage() + ". Check its permissions.", e);
        }
    }
}

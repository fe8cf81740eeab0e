package org.researchml.knime.segmentation.imagereader;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.researchml.core.DataDirectory;

/**
 * Settings of the Image Reader. The keys are stored in workflows and must never change; the dialog labels named in
 * messages must match the node description.
 */
final class ImageReaderSettings {

    static final String KEY_PATH = "path";
    static final String KEY_DATA_FOLDER = "data_folder";
    static final String KEY_FILE_PATTERN = "file_pattern";
    static final String KEY_MASK_FOLDER = "mask_folder";
    static final String KEY_MASK_THRESHOLD = "mask_threshold";
    static final String KEY_CROP_WIDTH = "crop_width_px";
    static final String KEY_CROP_HEIGHT = "crop_height_px";

    static final String LABEL_PATH = "Image file or folder";
    static final String LABEL_DATA_FOLDER = "Data folder";
    static final String LABEL_FILE_PATTERN = "File name pattern";
    static final String LABEL_MASK_FOLDER = "Mask folder";
    static final String LABEL_MASK_THRESHOLD = "Mask threshold";
    static final String LABEL_CROP_WIDTH = "Crop width (px)";
    static final String LABEL_CROP_HEIGHT = "Crop height (px)";

    /** Largest crop side accepted; larger values are typing errors. */
    static final int MAX_CROP_PIXELS = 1 << 16;

    final SettingsModelString path = new SettingsModelString(KEY_PATH, "");
    final SettingsModelString dataFolder = new SettingsModelString(KEY_DATA_FOLDER, "");
    final SettingsModelString filePattern = new SettingsModelString(KEY_FILE_PATTERN, "*.{tif,tiff,png,TIF,TIFF,PNG}");
    final SettingsModelString maskFolder = new SettingsModelString(KEY_MASK_FOLDER, "");
    final SettingsModelDoubleBounded maskThreshold = new SettingsModelDoubleBounded(KEY_MASK_THRESHOLD, 0, 0, 65535);
    final SettingsModelIntegerBounded cropWidth = new SettingsModelIntegerBounded(KEY_CROP_WIDTH, 0, 0,
            MAX_CROP_PIXELS);
    final SettingsModelIntegerBounded cropHeight = new SettingsModelIntegerBounded(KEY_CROP_HEIGHT, 0, 0,
            MAX_CROP_PIXELS);

    private List<SettingsModel> models() {
        return List.of(path, dataFolder, filePattern, maskFolder, maskThreshold, cropWidth, cropHeight);
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
        ImageReaderSettings candidate = new ImageReaderSettings();
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
            throw new InvalidSettingsException("'" + LABEL_PATH + "' is empty. Choose a TIFF or PNG image or a "
                    + "folder of them.");
        }
        matcher();
    }

    boolean hasMasks() {
        return maskFolder.getStringValue() != null && !maskFolder.getStringValue().isBlank();
    }

    /**
     * Returns the mask threshold: the sample value from which a mask pixel is foreground, or {@code NaN} for half
     * of the mask's range (the setting 0).
     */
    double maskThresholdOrHalfRange() {
        double value = maskThreshold.getDoubleValue();
        return value == 0 ? Double.NaN : value;
    }

    PathMatcher matcher() throws InvalidSettingsException {
        String pattern = filePattern.getStringValue();
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidSettingsException("'" + LABEL_FILE_PATTERN + "' is empty. Enter a pattern such as "
                    + "*.tif, or * for all files.");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern.trim());
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingsException("'" + LABEL_FILE_PATTERN + "' is not a valid pattern (" + pattern
                    + "): " + e.getDescription() + ". Use * and ? as wildcards, [0-7] for ranges and {a,b} for "
                    + "alternatives.", e);
        }
    }

    /** Resolves a path setting: an absolute path as is, a relative one against the data folder. */
    Path resolve(String value, String label) throws InvalidSettingsException {
        Path given = Path.of(value.trim());
        if (given.isAbsolute()) {
            return given;
        }
        Optional<Path> base = DataDirectory.resolve(dataFolder.getStringValue());
        if (base.isEmpty()) {
            throw new InvalidSettingsException("'" + label + "' is the relative path " + given + " but no data "
                    + "folder is set. Set '" + LABEL_DATA_FOLDER + "' (or the flow variable data_dir), the "
                    + "environment variable " + DataDirectory.ENVIRONMENT_VARIABLE + ", or use an absolute path.");
        }
        return base.get().resolve(given);
    }

    /** Returns the mask folder, checked to exist; only call when {@link #hasMasks()}. */
    Path resolvedMaskFolder() throws InvalidSettingsException {
        Path folder = resolve(maskFolder.getStringValue(), LABEL_MASK_FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new InvalidSettingsException("'" + LABEL_MASK_FOLDER + "' names " + folder.toAbsolutePath()
                    + ", which is not an existing folder. Choose the folder with the masks, or leave it empty.");
        }
        return folder;
    }

    /**
     * Returns the image files: the file itself, or the matching files of the folder sorted by name.
     *
     * @throws InvalidSettingsException if the path does not exist or the folder has no matching file
     */
    List<Path> imageFiles() throws InvalidSettingsException {
        Path resolved = resolve(path.getStringValue(), LABEL_PATH);
        if (Files.isRegularFile(resolved)) {
            return List.of(resolved);
        }
        if (!Files.isDirectory(resolved)) {
            throw new InvalidSettingsException("'" + LABEL_PATH + "' names " + resolved.toAbsolutePath()
                    + ", which does not exist. Choose an existing image file or folder.");
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

package org.researchml.knime.segmentation.imagereader;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.GreyscaleImageReader;
import org.researchml.core.image.ImageFormatException;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.ImageMaskPairing;
import org.researchml.knime.convert.ImageTable;

/**
 * Reads greyscale TIFF or PNG images, one row each, and pairs each with the mask of the same file name stem from
 * an optional mask folder. An image without a mask gets a missing mask cell and a warning; a mask whose stem has no
 * image in the image folder is an error, because it usually means misnamed files.
 */
final class ImageReaderNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(ImageReaderNodeModel.class);

    private final ImageReaderSettings settings = new ImageReaderSettings();

    ImageReaderNodeModel() {
        super(0, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        settings.imageFiles();
        if (settings.hasMasks()) {
            settings.resolvedMaskFolder();
        }
        return new DataTableSpec[] {ImageTable.spec(settings.hasMasks())};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        settings.check();
        List<Path> files = settings.imageFiles();
        Map<String, Path> masks = settings.hasMasks() ? masks(files) : null;
        BufferedDataContainer container = exec.createDataContainer(ImageTable.spec(masks != null));
        List<String> withoutMask = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            exec.checkCanceled();
            Path file = files.get(i);
            exec.setProgress((double) i / files.size(), "Reading " + file.getFileName());
            DataCell[] cells = read(file, masks, withoutMask);
            container.addRowToTable(new DefaultRow("Row" + i, cells));
        }
        container.close();
        if (!withoutMask.isEmpty()) {
            setWarningMessage(withoutMask.size() + " of " + files.size() + " images have no mask in '"
                    + ImageReaderSettings.LABEL_MASK_FOLDER + "' and got a missing mask cell: "
                    + String.join(", ", withoutMask) + ".");
        }
        LOGGER.info("Read " + files.size() + " images" + (masks == null ? "" : " with masks"));
        return new BufferedDataTable[] {container.getTable()};
    }

    /**
     * Lists the masks by stem and checks that each has an image in the image folder.
     *
     * @throws InvalidSettingsException if the mask folder has no image file or a mask has no image
     */
    private Map<String, Path> masks(List<Path> files) throws InvalidSettingsException {
        Path maskFolder = settings.resolvedMaskFolder();
        Map<String, Path> masks = list(maskFolder, ImageReaderSettings.LABEL_MASK_FOLDER);
        Path imagePath = settings.resolve(settings.path.getStringValue(), ImageReaderSettings.LABEL_PATH);
        if (java.nio.file.Files.isDirectory(imagePath)) {
            // Only masks of images outside the folder count as orphans; images left out by the pattern do not.
            Set<String> orphans = new TreeSet<>(masks.keySet());
            orphans.removeAll(list(imagePath, ImageReaderSettings.LABEL_PATH).keySet());
            if (!orphans.isEmpty()) {
                Path mask = masks.get(orphans.iterator().next());
                throw new InvalidSettingsException("The mask " + mask + " has no image with the same name in "
                        + imagePath + " (" + orphans.size() + " masks without image: " + String.join(", ", orphans)
                        + "). Rename the mask to match its image, or check '" + ImageReaderSettings.LABEL_MASK_FOLDER
                        + "'.");
            }
        }
        return masks;
    }

    private static Map<String, Path> list(Path folder, String label) throws InvalidSettingsException {
        try {
            return ImageMaskPairing.listImages(folder);
        } catch (ImageFormatException e) {
            throw new InvalidSettingsException(e.getMessage() + " Check '" + label + "'.", e);
        }
    }

    /** Reads one image and its mask, cropped as set; adds its name to {@code withoutMask} if it has none. */
    private DataCell[] read(Path file, Map<String, Path> masks, List<String> withoutMask)
            throws InvalidSettingsException {
        try {
            GreyscaleImage image;
            BinaryMask mask = null;
            Path maskFile = masks == null ? null : masks.get(GreyscaleImageReader.stem(file));
            if (maskFile != null) {
                ImageMaskPair pair = ImageMaskPairing.readPair(file, maskFile, settings.maskThresholdOrHalfRange());
                image = pair.image();
                mask = pair.mask();
            } else {
                image = GreyscaleImageReader.read(file);
            }
            int width = ImageCrop.side(settings.cropWidth.getIntValue(), image.width());
            int height = ImageCrop.side(settings.cropHeight.getIntValue(), image.height());
            image = ImageCrop.crop(image, width, height);
            DataCell[] cells = ImageTable.cells(image, mask == null ? null : ImageCrop.crop(mask, width, height));
            if (masks != null && mask == null) {
                withoutMask.add(file.getFileName().toString());
                return withMissingMask(cells);
            }
            return cells;
        } catch (ImageFormatException e) {
            throw new InvalidSettingsException(e.getMessage() + " Check '" + ImageReaderSettings.LABEL_PATH + "'"
                    + (masks == null ? "." : " and '" + ImageReaderSettings.LABEL_MASK_FOLDER + "'."), e);
        }
    }

    /** Inserts a missing cell at the mask column of a row built without a mask. */
    private static DataCell[] withMissingMask(DataCell[] cells) {
        DataCell[] result = new DataCell[cells.length + 1];
        result[0] = cells[0];
        result[1] = cells[1];
        result[2] = DataType.getMissingCell();
        System.arraycopy(cells, 2, result, 3, cells.length - 2);
        return result;
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        ImageReaderSettings.validate(settingsIn);
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

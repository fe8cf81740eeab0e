package org.researchml.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs the images in one folder with the masks in another by file name stem
 * ({@code raw/07.tif} with {@code masks/07.png}).
 */
public final class ImageMaskPairing {

    private static final Logger LOG = LoggerFactory.getLogger(ImageMaskPairing.class);

    private ImageMaskPairing() {
    }

    /**
     * Lists the TIFF and PNG files of a folder, sorted by stem.
     *
     * @throws ImageFormatException if the folder does not exist or contains no such file
     */
    public static Map<String, Path> listImages(Path folder) throws ImageFormatException {
        if (!Files.isDirectory(folder)) {
            throw new ImageFormatException("Image folder " + folder + " not found. Check the path.");
        }
        Map<String, Path> byStem = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file) && isImageFile(file)) {
                    Path previous = byStem.put(GreyscaleImageReader.stem(file), file);
                    if (previous != null) {
                        throw new ImageFormatException("Folder " + folder + " contains two images with stem "
                                + GreyscaleImageReader.stem(file) + ": " + previous.getFileName() + " and "
                                + file.getFileName() + ". Remove or rename one.");
                    }
                }
            }
        } catch (IOException e) {
            if (e instanceof ImageFormatException formatException) {
                throw formatException;
            }
            throw new ImageFormatException("Image folder " + folder + " cannot be listed: " + e.getMessage(), e);
        }
        if (byStem.isEmpty()) {
            throw new ImageFormatException("Folder " + folder
                    + " contains no TIFF or PNG image (.tif, .tiff, .png). Choose the folder with the images.");
        }
        return byStem;
    }

    /**
     * Reads and pairs images and masks; masks are binarized with {@code maskThreshold}.
     *
     * <p>An image without a mask is skipped with a warning in the log, since unlabelled images
     * are common; a mask without an image is an error.
     *
     * @param imageFolder folder with the images
     * @param maskFolder folder with the masks, named like the images
     * @param maskThreshold sample value from which a mask pixel is foreground, or {@code NaN} for
     *        half of the mask's range (1 for 1-bit, 128 for 8-bit masks)
     * @throws ImageFormatException if a folder is empty, a mask has no image, sizes differ or a
     *         file cannot be read
     */
    public static List<ImageMaskPair> pair(Path imageFolder, Path maskFolder, double maskThreshold)
            throws ImageFormatException {
        Map<String, Path> images = listImages(imageFolder);
        Map<String, Path> masks = listImages(maskFolder);
        for (Map.Entry<String, Path> mask : masks.entrySet()) {
            if (!images.containsKey(mask.getKey())) {
                throw new ImageFormatException("Mask " + mask.getValue() + " has no matching image in " + imageFolder
                        + " (expected a file named " + mask.getKey() + ".tif or " + mask.getKey()
                        + ".png). Add the image or remove the mask.");
            }
        }
        List<ImageMaskPair> pairs = new ArrayList<>();
        for (Map.Entry<String, Path> image : images.entrySet()) {
            Path maskFile = masks.get(image.getKey());
            if (maskFile == null) {
                LOG.warn("Image {} has no mask in {}; it is skipped.", image.getValue(), maskFolder);
                continue;
            }
            pairs.add(readPair(image.getValue(), maskFile, maskThreshold));
        }
        return pairs;
    }

    /**
     * Reads one image and its mask.
     *
     * @throws ImageFormatException if a file cannot be read or the sizes differ
     */
    public static ImageMaskPair readPair(Path imageFile, Path maskFile, double maskThreshold)
            throws ImageFormatException {
        GreyscaleImage image = GreyscaleImageReader.read(imageFile);
        GreyscaleImage maskImage = GreyscaleImageReader.read(maskFile);
        if (image.width() != maskImage.width() || image.height() != maskImage.height()) {
            throw new ImageFormatException("Mask " + maskFile + " is " + maskImage.width() + "x" + maskImage.height()
                    + " pixels but image " + imageFile + " is " + image.width() + "x" + image.height()
                    + ". Use the mask that was drawn on this image.");
        }
        if (!Double.isNaN(maskThreshold) && (maskThreshold <= 0 || maskThreshold > maskImage.maxSampleValue())) {
            throw new ImageFormatException("Mask threshold " + maskThreshold + " is outside the values of mask "
                    + maskFile + ", which go up to " + maskImage.maxSampleValue() + ". Use a threshold from 1 to "
                    + maskImage.maxSampleValue() + ", or leave it out for half the range.");
        }
        BinaryMask mask = Double.isNaN(maskThreshold)
                ? BinaryMask.thresholdAtHalfRange(maskImage)
                : BinaryMask.threshold(maskImage, maskThreshold);
        return new ImageMaskPair(image.name(), image, mask);
    }

    private static boolean isImageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tif") || name.endsWith(".tiff") || name.endsWith(".png");
    }
}

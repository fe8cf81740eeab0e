package org.researchml.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads greyscale TIFF (single- and multi-page, TwelveMonkeys plug-in) and PNG files (JDK reader)
 * with 1, 8 or 16 bits per sample.
 *
 * <p>Palette images are accepted only when the palette is grey (as in 1-bit PNG masks); colour
 * images and images with more than one band are rejected with an {@link ImageFormatException}.
 */
public final class GreyscaleImageReader {

    static {
        // Registers plug-ins found on the class path, such as TwelveMonkeys' TIFF reader, when
        // the JDK's own scan ran before they became visible (for example inside OSGi).
        ImageIO.scanForPlugins();
    }

    private GreyscaleImageReader() {
    }

    /** Returns the file name without its extension, the key that pairs images with masks. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Reads the first page of an image file.
     *
     * @throws ImageFormatException if the file is missing, empty, corrupt, truncated, in colour
     *         or of an unsupported bit depth
     */
    public static GreyscaleImage read(Path file) throws ImageFormatException {
        return readPages(file, 1).get(0);
    }

    /**
     * Reads every page of an image file; a single-page file returns one image.
     *
     * <p>Pages after the first are named {@code stem#page} with page numbers from 1.
     *
     * @throws ImageFormatException as {@link #read(Path)}
     */
    public static List<GreyscaleImage> readAllPages(Path file) throws ImageFormatException {
        return readPages(file, Integer.MAX_VALUE);
    }

    private static List<GreyscaleImage> readPages(Path file, int maxPages) throws ImageFormatException {
        if (!Files.isRegularFile(file)) {
            throw new ImageFormatException("Image file " + file + " not found. Check the path.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ImageFormatException("Image file " + file + " is empty. Copy or export it again.");
            }
        } catch (IOException e) {
            throw new ImageFormatException("Image file " + file + " cannot be opened: " + e.getMessage(), e);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageFormatException("Image file " + file
                        + " is not a TIFF or PNG image (or its header is damaged). Save it as greyscale TIFF or PNG.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, true);
                int pageCount = Math.min(maxPages, reader.getNumImages(true));
                if (pageCount <= 0) {
                    throw new ImageFormatException("Image file " + file + " contains no image. Export it again.");
                }
                List<GreyscaleImage> pages = new ArrayList<>(pageCount);
                String stem = stem(file);
                for (int page = 0; page < pageCount; page++) {
                    String name = page == 0 ? stem : stem + "#" + page;
                    pages.add(toGreyscale(file, name, reader.read(page)));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (ImageFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageFormatException("Image file " + file + " is corrupt or truncated (" + describe(e)
                    + "). Copy or export the file again.", e);
        }
    }

    private static GreyscaleImage toGreyscale(Path file, String name, BufferedImage image)
            throws ImageFormatException {
        Raster raster = image.getRaster();
        ColorModel colorModel = image.getColorModel();
        int bands = raster.getNumBands();
        int bitDepth = raster.getSampleModel().getSampleSize(0);
        if (bands != 1) {
            throw new ImageFormatException("Image file " + file + " has " + bands
                    + " colour channels; only greyscale images are supported. Convert it to 8- or 16-bit greyscale.");
        }
        if (colorModel instanceof IndexColorModel palette && !isGreyPalette(palette)) {
            throw new ImageFormatException("Image file " + file
                    + " uses a colour palette; only greyscale images are supported. Convert it to 8- or 16-bit greyscale.");
        }
        if (bitDepth != 1 && bitDepth != 8 && bitDepth != 16) {
            throw new ImageFormatException("Image file " + file + " has " + bitDepth
                    + " bits per sample; only 1, 8 and 16 bits are supported. Convert it to 8- or 16-bit greyscale.");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        float[] pixels = new float[width * height];
        raster.getSamples(0, 0, width, height, 0, pixels);
        return new GreyscaleImage(name, width, height, bitDepth, pixels);
    }

    /** Returns whether each palette entry has equal red, green and blue, rising with the index. */
    private static boolean isGreyPalette(IndexColorModel palette) {
        for (int i = 0; i < palette.getMapSize(); i++) {
            int red = palette.getRed(i);
            if (red != palette.getGreen(i) || red != palette.getBlue(i)) {
                return false;
            }
            if (i > 0 && red < palette.getRed(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            message = message + ": " + e.getCause().getMessage();
        }
        return message == null ? type : type + ": " + message.toLowerCase(Locale.ROOT).strip();
    }
}

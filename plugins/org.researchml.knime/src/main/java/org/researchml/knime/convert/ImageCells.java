package org.researchml.knime.convert;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageValue;
import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;

/**
 * Converts images, masks and probability maps to KNIME PNG image cells and back.
 *
 * <p>Images keep their bit depth: 1-bit and 8-bit images become 8-bit greyscale PNGs (1-bit samples as 0 and 1),
 * 16-bit images become 16-bit greyscale PNGs, so no intensity is lost. Masks are 8-bit PNGs with 255 for foreground
 * and 0 for background; probability maps are 16-bit PNGs with 0..65535 for 0..1.
 */
public final class ImageCells {

    /** Largest value of a 16-bit sample, which stands for probability 1. */
    private static final int MAX_16_BIT = 65535;

    private ImageCells() {
    }

    /** Encodes an image as a greyscale PNG cell of its own bit depth (1-bit as 8-bit). */
    public static DataCell imageCell(GreyscaleImage image) {
        int type = image.bitDepth() == 16 ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), type);
        buffered.getRaster().setSamples(0, 0, image.width(), image.height(), 0, image.pixels());
        return PNGImageCellFactory.create(encode(buffered));
    }

    /** Encodes a mask as an 8-bit PNG cell with 255 for foreground and 0 for background. */
    public static DataCell maskCell(BinaryMask mask) {
        BufferedImage buffered = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = buffered.getRaster();
        int[] samples = new int[mask.foreground().length];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = mask.foreground()[i] ? 255 : 0;
        }
        raster.setSamples(0, 0, mask.width(), mask.height(), 0, samples);
        return PNGImageCellFactory.create(encode(buffered));
    }

    /** Encodes probabilities 0..1 (row by row) as a 16-bit PNG cell with 0..65535. */
    public static DataCell probabilityCell(float[] probabilities, int width, int height) {
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        int[] samples = new int[probabilities.length];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Math.round(Math.max(0, Math.min(1, probabilities[i])) * MAX_16_BIT);
        }
        buffered.getRaster().setSamples(0, 0, width, height, 0, samples);
        return PNGImageCellFactory.create(encode(buffered));
    }

    /**
     * Decodes the PNG cell of a row into a greyscale image with its file's sample values.
     *
     * @param name image name, used in messages and to pair results
     * @param column column name for messages
     * @throws IllegalArgumentException if the cell is missing, not a PNG image, or not greyscale
     */
    public static GreyscaleImage readImage(DataRow row, int index, String name, String column) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row " + row.getKey() + " has no image in column '" + column
                    + "'. Filter out rows with missing images first.");
        }
        if (!(cell instanceof PNGImageValue png)) {
            throw new IllegalArgumentException("Column '" + column + "' of row " + row.getKey()
                    + " does not hold a PNG image. Choose a PNG image column.");
        }
        return decode(png.getImageContent().getByteArray(), name, row.getKey() + " in column '" + column + "'");
    }

    /**
     * Decodes a mask cell: a pixel is foreground when its sample is at least half of its bit depth's range
     * (1 for 1-bit, 128 for 8-bit, 32768 for 16-bit PNGs).
     */
    public static BinaryMask readMask(DataRow row, int index, String name, String column) {
        return BinaryMask.thresholdAtHalfRange(readImage(row, index, name, column));
    }

    /** Decodes PNG bytes into a greyscale image; {@code where} names the cell in messages. */
    static GreyscaleImage decode(byte[] png, String name, String where) {
        BufferedImage buffered;
        try {
            buffered = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new IllegalArgumentException("The PNG image of row " + where + " is damaged (" + e.getMessage()
                    + "). Read the image again.", e);
        }
        if (buffered == null) {
            throw new IllegalArgumentException("The image of row " + where + " is not a readable PNG image. Read "
                    + "the image again.");
        }
        Raster raster = buffered.getRaster();
        int bitDepth = raster.getSampleModel().getSampleSize(0);
        if (raster.getNumBands() != 1 || (bitDepth != 1 && bitDepth != 8 && bitDepth != 16)) {
            throw new IllegalArgumentException("The image of row " + where + " has " + raster.getNumBands()
                    + " channels of " + bitDepth + " bits; only 1-, 8- and 16-bit greyscale images are supported. "
                    + "Convert it to greyscale.");
        }
        float[] pixels = new float[buffered.getWidth() * buffered.getHeight()];
        raster.getSamples(0, 0, buffered.getWidth(), buffered.getHeight(), 0, pixels);
        return new GreyscaleImage(name, buffered.getWidth(), buffered.getHeight(), bitDepth, pixels);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("The JDK has no PNG writer.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding a PNG image in memory failed.", e);
        }
        return bytes.toByteArray();
    }
}

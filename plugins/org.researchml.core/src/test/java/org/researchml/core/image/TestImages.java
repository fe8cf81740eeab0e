package org.researchml.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes small image files for reader tests. */
final class TestImages {

    private TestImages() {
    }

    /** Creates an image of the given type whose pixel (x, y) has the value {@code (x + y * width) * step}. */
    static BufferedImage ramp(int type, int width, int height, int step) {
        BufferedImage image = new BufferedImage(width, height, type);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, (x + y * width) * step);
            }
        }
        return image;
    }

    static Path write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("No " + format + " writer for image type " + image.getType());
        }
        return file;
    }

    /** Writes a multi-page TIFF with the TwelveMonkeys writer. */
    static Path writeMultiPageTiff(List<BufferedImage> pages, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }
}

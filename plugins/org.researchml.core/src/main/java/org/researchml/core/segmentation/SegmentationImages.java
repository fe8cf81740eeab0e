package org.researchml.core.segmentation;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;

/**
 * Writes probability maps, masks and overlays as PNG files.
 *
 * <p>Overlay colours: yellow where prediction and ground truth agree on foreground, red for
 * predicted-only (false positive) and cyan for ground-truth-only (false negative) pixels, blended
 * at 45 % over the image, which is stretched to its own minimum and maximum.
 */
public final class SegmentationImages {

    private static final double OVERLAY_OPACITY = 0.45;
    private static final int[] BOTH = {255, 220, 0};
    private static final int[] PREDICTED_ONLY = {255, 40, 40};
    private static final int[] TRUTH_ONLY = {0, 200, 255};

    private SegmentationImages() {
    }

    /** Writes probabilities 0..1 as an 8-bit greyscale PNG (0..255). */
    public static void writeProbabilities(float[] probabilities, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float p = probabilities[y * width + x];
                raster.setSample(x, y, 0, Math.round(Math.max(0, Math.min(1, p)) * 255));
            }
        }
        write(image, file);
    }

    /** Writes a mask as an 8-bit PNG with 255 for foreground and 0 for background. */
    public static void writeMask(BinaryMask mask, Path file) throws IOException {
        BufferedImage image = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                raster.setSample(x, y, 0, mask.get(x, y) ? 255 : 0);
            }
        }
        write(image, file);
    }

    /**
     * Writes an RGB overlay of prediction and (optionally) ground truth on the image.
     *
     * @param truth ground truth, or {@code null} to show the prediction alone in yellow
     */
    public static void writeOverlay(GreyscaleImage image, BinaryMask prediction, BinaryMask truth, Path file)
            throws IOException {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float value : image.pixels()) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float range = Math.max(max - min, 1e-6f);
        BufferedImage overlay = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int grey = Math.round((image.get(x, y) - min) / range * 255);
                boolean predicted = prediction.get(x, y);
                boolean expected = truth != null && truth.get(x, y);
                int[] colour = null;
                if (predicted && (expected || truth == null)) {
                    colour = BOTH;
                } else if (predicted) {
                    colour = PREDICTED_ONLY;
                } else if (expected) {
                    colour = TRUTH_ONLY;
                }
                int red = grey;
                int green = grey;
                int blue = grey;
                if (colour != null) {
                    red = blend(grey, colour[0]);
                    green = blend(grey, colour[1]);
                    blue = blend(grey, colour[2]);
                }
                overlay.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        write(overlay, file);
    }

    private static int blend(int grey, int colour) {
        return (int) Math.round(grey * (1 - OVERLAY_OPACITY) + colour * OVERLAY_OPACITY);
    }

    static void write(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer is available to write " + file + ".");
        }
    }
}

package org.researchml.core.image;

import java.util.Objects;

/**
 * Foreground/background mask, stored row by row ({@code foreground[y * width + x]}).
 *
 * @param name file name stem the mask was read from or belongs to
 * @param width width in pixels
 * @param height height in pixels
 * @param foreground {@code true} where the pixel belongs to the object class
 */
public record BinaryMask(String name, int width, int height, boolean[] foreground) {

    public BinaryMask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(foreground, "foreground");
        if (foreground.length != (long) width * height) {
            throw new IllegalArgumentException("Mask " + name + " has " + foreground.length + " pixels, expected "
                    + width + "x" + height + ".");
        }
    }

    /**
     * Binarizes a mask image: a pixel is foreground when its value is at least {@code threshold}.
     *
     * @param image mask image in its file's units
     * @param threshold sample value from which a pixel counts as foreground
     */
    public static BinaryMask threshold(GreyscaleImage image, double threshold) {
        boolean[] foreground = new boolean[image.pixels().length];
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = image.pixels()[i] >= threshold;
        }
        return new BinaryMask(image.name(), image.width(), image.height(), foreground);
    }

    /**
     * Binarizes a mask image at half of its bit depth's range: 1 for 1-bit, 128 for 8-bit and
     * 32768 for 16-bit masks.
     */
    public static BinaryMask thresholdAtHalfRange(GreyscaleImage image) {
        return threshold(image, (image.maxSampleValue() + 1) / 2.0);
    }

    /** Returns whether the pixel at column {@code x} and row {@code y} is foreground. */
    public boolean get(int x, int y) {
        return foreground[y * width + x];
    }

    /** Returns the number of foreground pixels. */
    public long foregroundCount() {
        long count = 0;
        for (boolean value : foreground) {
            if (value) {
                count++;
            }
        }
        return count;
    }
}

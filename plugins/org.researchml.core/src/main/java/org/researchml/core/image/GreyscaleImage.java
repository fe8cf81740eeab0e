package org.researchml.core.image;

import java.util.Objects;

/**
 * One greyscale image (or one page of a multi-page file) as raw sample values.
 *
 * <p>Pixels are stored row by row ({@code pixels[y * width + x]}) in the file's own units:
 * 0..1 for 1-bit, 0..255 for 8-bit and 0..65535 for 16-bit images.
 *
 * @param name file name stem (for example {@code "07"}), used to pair images with masks
 * @param width width in pixels
 * @param height height in pixels
 * @param bitDepth bits per sample in the file: 1, 8 or 16
 * @param pixels sample values, {@code width * height} of them
 */
public record GreyscaleImage(String name, int width, int height, int bitDepth, float[] pixels) {

    public GreyscaleImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pixels, "pixels");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image " + name + " has invalid size " + width + "x" + height
                    + "; width and height must be positive.");
        }
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException("Image " + name + " has " + pixels.length + " pixels, expected "
                    + width + "x" + height + " = " + (long) width * height + ".");
        }
    }

    /** Returns the sample at column {@code x} and row {@code y}. */
    public float get(int x, int y) {
        return pixels[y * width + x];
    }

    /** Returns the largest value a sample of this bit depth can take (1, 255 or 65535). */
    public int maxSampleValue() {
        return (1 << bitDepth) - 1;
    }
}

package org.researchml.core.image;

import java.util.Objects;

/**
 * An image with its ground-truth mask of the same size.
 *
 * @param name shared file name stem
 * @param image the greyscale image
 * @param mask the binarized mask
 */
public record ImageMaskPair(String name, GreyscaleImage image, BinaryMask mask) {

    public ImageMaskPair {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        if (image.width() != mask.width() || image.height() != mask.height()) {
            throw new IllegalArgumentException("Image " + name + " is " + image.width() + "x" + image.height()
                    + " but its mask is " + mask.width() + "x" + mask.height() + ".");
        }
    }
}

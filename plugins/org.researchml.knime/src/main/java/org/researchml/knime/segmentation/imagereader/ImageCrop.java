package org.researchml.knime.segmentation.imagereader;

import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;

/** Top-left crops of images and masks, for quick trials on part of each section. */
final class ImageCrop {

    private ImageCrop() {
    }

    /** Returns the crop side: the requested pixels, or the whole side when the request is 0 or larger. */
    static int side(int requested, int available) {
        return requested <= 0 || requested > available ? available : requested;
    }

    /** Returns the top-left {@code width x height} pixels of an image, or the image itself when nothing is cut. */
    static GreyscaleImage crop(GreyscaleImage image, int width, int height) {
        if (width == image.width() && height == image.height()) {
            return image;
        }
        float[] pixels = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.pixels(), y * image.width(), pixels, y * width, width);
        }
        return new GreyscaleImage(image.name(), width, height, image.bitDepth(), pixels);
    }

    /** Returns the top-left {@code width x height} pixels of a mask, or the mask itself when nothing is cut. */
    static BinaryMask crop(BinaryMask mask, int width, int height) {
        if (width == mask.width() && height == mask.height()) {
            return mask;
        }
        boolean[] foreground = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(mask.foreground(), y * mask.width(), foreground, y * width, width);
        }
        return new BinaryMask(mask.name(), width, height, foreground);
    }
}

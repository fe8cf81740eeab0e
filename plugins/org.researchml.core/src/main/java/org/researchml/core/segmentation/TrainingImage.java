package org.researchml.core.segmentation;

import java.util.Arrays;

import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.IntensityNormalization;

/**
 * A normalized training image with its mask and the positions of its foreground pixels.
 *
 * @param name section name
 * @param width width in pixels
 * @param height height in pixels
 * @param intensities normalized intensities, row by row
 * @param labels 1 for foreground and 0 for background, row by row
 * @param foregroundIndices indices ({@code y * width + x}) of the foreground pixels
 */
record TrainingImage(String name, int width, int height, float[] intensities, float[] labels,
        int[] foregroundIndices) {

    static TrainingImage of(ImageMaskPair pair, IntensityNormalization normalization) {
        boolean[] foreground = pair.mask().foreground();
        float[] labels = new float[foreground.length];
        int[] indices = new int[foreground.length];
        int count = 0;
        for (int i = 0; i < foreground.length; i++) {
            if (foreground[i]) {
                labels[i] = 1;
                indices[count++] = i;
            }
        }
        return new TrainingImage(pair.name(), pair.image().width(), pair.image().height(),
                normalization.apply(pair.image()), labels, Arrays.copyOf(indices, count));
    }
}

package org.researchml.core.segmentation;

/**
 * Random changes applied to each training patch.
 *
 * @param flips whether patches are mirrored horizontally and vertically at random
 * @param rotations whether patches are rotated by a random multiple of 90 degrees
 * @param intensityShift largest random offset added to normalized intensities, for example 0.1
 * @param contrastChange largest relative random change of contrast, for example 0.1 for 0.9x..1.1x
 * @param elasticAlphaPixels strength of the elastic deformation in pixels; 0 turns it off
 * @param elasticSigmaPixels smoothness (Gaussian sigma) of the elastic displacement field in pixels
 */
public record Augmentation(boolean flips, boolean rotations, double intensityShift, double contrastChange,
        double elasticAlphaPixels, double elasticSigmaPixels) {

    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(false, false, 0, 0, 0, 0);

    /** Flips, rotations and intensity changes of up to 10 %, without elastic deformation. */
    public static final Augmentation STANDARD = new Augmentation(true, true, 0.1, 0.1, 0, 0);

    public Augmentation {
        if (intensityShift < 0 || contrastChange < 0 || contrastChange >= 1) {
            throw new IllegalArgumentException("Intensity shift " + intensityShift + " and contrast change "
                    + contrastChange + " are invalid; use a shift >= 0 and a contrast change from 0 to below 1.");
        }
        if (elasticAlphaPixels < 0 || (elasticAlphaPixels > 0 && !(elasticSigmaPixels > 0))) {
            throw new IllegalArgumentException("Elastic deformation alpha " + elasticAlphaPixels + " and sigma "
                    + elasticSigmaPixels + " are invalid; use alpha 0 to turn it off, or alpha > 0 with sigma > 0.");
        }
    }

    /** Returns a copy with elastic deformation of the given strength and smoothness in pixels. */
    public Augmentation withElastic(double alphaPixels, double sigmaPixels) {
        return new Augmentation(flips, rotations, intensityShift, contrastChange, alphaPixels, sigmaPixels);
    }
}

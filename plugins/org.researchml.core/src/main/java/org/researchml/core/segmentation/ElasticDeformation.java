package org.researchml.core.segmentation;

import java.util.Random;

/**
 * Elastic deformation of a square patch: a random displacement field, smoothed with a Gaussian of
 * sigma {@code sigmaPixels} and scaled so its largest displacement is about {@code alphaPixels}.
 *
 * <p>Intensities are resampled bilinearly and labels by nearest neighbour, so labels stay 0 or 1.
 */
final class ElasticDeformation {

    private ElasticDeformation() {
    }

    static void apply(float[] image, float[] labels, int size, double alphaPixels, double sigmaPixels, Random random) {
        double[] dx = smoothedNoise(size, sigmaPixels, random);
        double[] dy = smoothedNoise(size, sigmaPixels, random);
        double maxDisplacement = 1e-12;
        for (int i = 0; i < dx.length; i++) {
            maxDisplacement = Math.max(maxDisplacement, Math.hypot(dx[i], dy[i]));
        }
        double scale = alphaPixels / maxDisplacement;
        float[] sourceImage = image.clone();
        float[] sourceLabels = labels.clone();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                double sampleX = clamp(x + dx[i] * scale, size);
                double sampleY = clamp(y + dy[i] * scale, size);
                image[i] = bilinear(sourceImage, size, sampleX, sampleY);
                int nearestX = (int) Math.round(sampleX);
                int nearestY = (int) Math.round(sampleY);
                labels[i] = sourceLabels[nearestY * size + nearestX];
            }
        }
    }

    private static double clamp(double value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    private static float bilinear(float[] values, int size, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        int x1 = Math.min(x0 + 1, size - 1);
        int y1 = Math.min(y0 + 1, size - 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = values[y0 * size + x0] * (1 - fx) + values[y0 * size + x1] * fx;
        double bottom = values[y1 * size + x0] * (1 - fx) + values[y1 * size + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    /** Returns uniform noise in -1..1 blurred by a separable Gaussian of the given sigma. */
    private static double[] smoothedNoise(int size, double sigma, Random random) {
        double[] noise = new double[size * size];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = 2 * random.nextDouble() - 1;
        }
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
        }
        double[] rows = new double[noise.length];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double sum = 0;
                for (int k = -radius; k <= radius; k++) {
                    sum += kernel[k + radius] * noise[y * size + PatchSampler.mirror(x + k, size)];
                }
                rows[y * size + x] = sum;
            }
        }
        double[] result = new double[noise.length];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double sum = 0;
                for (int k = -radius; k <= radius; k++) {
                    sum += kernel[k + radius] * rows[PatchSampler.mirror(y + k, size) * size + x];
                }
                result[y * size + x] = sum;
            }
        }
        return result;
    }
}

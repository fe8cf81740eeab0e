package org.researchml.core.segmentation;

import java.util.List;
import java.util.Random;

import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Draws random square training patches with their labels, optionally centred on foreground,
 * and applies the {@link Augmentation}.
 *
 * <p>Images smaller than the patch are mirrored at their borders to fill it.
 */
final class PatchSampler {

    private final List<TrainingImage> images;
    private final int patchSize;
    private final double foregroundFraction;
    private final Augmentation augmentation;
    private final Random random;

    /**
     * @param images training images
     * @param patchSize patch side in pixels
     * @param foregroundFraction share of patches (0..1) centred on a random foreground pixel
     * @param augmentation random changes per patch
     * @param random source of randomness, seeded for repeatable runs
     */
    PatchSampler(List<TrainingImage> images, int patchSize, double foregroundFraction, Augmentation augmentation,
            Random random) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("No training images; give at least one image with a mask.");
        }
        this.images = images;
        this.patchSize = patchSize;
        this.foregroundFraction = foregroundFraction;
        this.augmentation = augmentation;
        this.random = random;
    }

    /** Returns a minibatch of {@code batchSize} patches: features and labels of shape [batch, 1, size, size]. */
    MultiDataSet nextBatch(int batchSize) {
        int area = patchSize * patchSize;
        float[] features = new float[batchSize * area];
        float[] labels = new float[batchSize * area];
        float[] patchImage = new float[area];
        float[] patchLabels = new float[area];
        for (int b = 0; b < batchSize; b++) {
            samplePatch(patchImage, patchLabels);
            System.arraycopy(patchImage, 0, features, b * area, area);
            System.arraycopy(patchLabels, 0, labels, b * area, area);
        }
        long[] shape = {batchSize, 1, patchSize, patchSize};
        return new org.nd4j.linalg.dataset.MultiDataSet(Nd4j.create(features, shape), Nd4j.create(labels, shape));
    }

    private void samplePatch(float[] patchImage, float[] patchLabels) {
        TrainingImage image = images.get(random.nextInt(images.size()));
        int originX;
        int originY;
        if (image.foregroundIndices().length > 0 && random.nextDouble() < foregroundFraction) {
            int index = image.foregroundIndices()[random.nextInt(image.foregroundIndices().length)];
            originX = index % image.width() - random.nextInt(patchSize);
            originY = index / image.width() - random.nextInt(patchSize);
        } else {
            originX = random.nextInt(Math.max(1, image.width() - patchSize + 1));
            originY = random.nextInt(Math.max(1, image.height() - patchSize + 1));
        }
        originX = clampOrigin(originX, image.width());
        originY = clampOrigin(originY, image.height());

        boolean flipX = augmentation.flips() && random.nextBoolean();
        boolean flipY = augmentation.flips() && random.nextBoolean();
        int quarterTurns = augmentation.rotations() ? random.nextInt(4) : 0;
        for (int y = 0; y < patchSize; y++) {
            for (int x = 0; x < patchSize; x++) {
                int sourceX = flipX ? patchSize - 1 - x : x;
                int sourceY = flipY ? patchSize - 1 - y : y;
                for (int turn = 0; turn < quarterTurns; turn++) {
                    int rotated = sourceY;
                    sourceY = sourceX;
                    sourceX = patchSize - 1 - rotated;
                }
                int imageX = mirror(originX + sourceX, image.width());
                int imageY = mirror(originY + sourceY, image.height());
                patchImage[y * patchSize + x] = image.intensities()[imageY * image.width() + imageX];
                patchLabels[y * patchSize + x] = image.labels()[imageY * image.width() + imageX];
            }
        }
        if (augmentation.elasticAlphaPixels() > 0) {
            ElasticDeformation.apply(patchImage, patchLabels, patchSize, augmentation.elasticAlphaPixels(),
                    augmentation.elasticSigmaPixels(), random);
        }
        changeIntensity(patchImage);
    }

    private int clampOrigin(int origin, int imageSize) {
        if (imageSize <= patchSize) {
            return 0;
        }
        return Math.max(0, Math.min(imageSize - patchSize, origin));
    }

    private void changeIntensity(float[] patchImage) {
        if (augmentation.intensityShift() == 0 && augmentation.contrastChange() == 0) {
            return;
        }
        double contrast = 1 + (2 * random.nextDouble() - 1) * augmentation.contrastChange();
        double shift = (2 * random.nextDouble() - 1) * augmentation.intensityShift();
        double mean = 0;
        for (float value : patchImage) {
            mean += value;
        }
        mean /= patchImage.length;
        for (int i = 0; i < patchImage.length; i++) {
            patchImage[i] = (float) ((patchImage[i] - mean) * contrast + mean + shift);
        }
    }

    /** Maps a coordinate outside 0..size-1 back inside by mirroring at the border. */
    static int mirror(int coordinate, int size) {
        if (size == 1) {
            return 0;
        }
        int period = 2 * (size - 1);
        int folded = Math.floorMod(coordinate, period);
        return folded < size ? folded : period - folded;
    }
}

package org.researchml.core.segmentation;

import java.util.Random;

import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.ImageMaskPair;

/** Makes small 8-bit images of bright disks on a noisy dark background, with the disks as mask. */
final class SyntheticImages {

    private SyntheticImages() {
    }

    static ImageMaskPair disks(String name, int size, int diskCount, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[size * size];
        boolean[] foreground = new boolean[size * size];
        int[][] disks = new int[diskCount][];
        for (int d = 0; d < diskCount; d++) {
            disks[d] = new int[] {random.nextInt(size), random.nextInt(size), 3 + random.nextInt(size / 8 + 1)};
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean inside = false;
                for (int[] disk : disks) {
                    int dx = x - disk[0];
                    int dy = y - disk[1];
                    inside |= dx * dx + dy * dy <= disk[2] * disk[2];
                }
                foreground[y * size + x] = inside;
                double value = (inside ? 180 : 60) + random.nextGaussian() * 20;
                pixels[y * size + x] = (float) Math.max(0, Math.min(255, value));
            }
        }
        return new ImageMaskPair(name, new GreyscaleImage(name, size, size, 8, pixels),
                new BinaryMask(name, size, size, foreground));
    }
}

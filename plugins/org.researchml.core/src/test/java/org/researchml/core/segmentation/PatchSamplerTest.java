package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.IntensityNormalization;

class PatchSamplerTest {

    /** Returns a training image whose normalized intensity equals its label (0 or 1). */
    private static TrainingImage labelAsIntensity() {
        ImageMaskPair pair = SyntheticImages.disks("d", 64, 3, 8);
        TrainingImage image = TrainingImage.of(pair, IntensityNormalization.fitMinMax(List.of(pair.image())));
        return new TrainingImage(image.name(), image.width(), image.height(), image.labels().clone(), image.labels(),
                image.foregroundIndices());
    }

    @Test
    void flipsAndRotationsKeepLabelsAligned() {
        Augmentation geometric = new Augmentation(true, true, 0, 0, 0, 0);
        PatchSampler sampler = new PatchSampler(List.of(labelAsIntensity()), 16, 0.5, geometric, new Random(1));

        MultiDataSet batch = sampler.nextBatch(20);

        assertArrayEquals(batch.getLabels(0).ravel().toFloatVector(), batch.getFeatures(0).ravel().toFloatVector());
        assertArrayEquals(new long[] {20, 1, 16, 16}, batch.getFeatures(0).shape());
    }

    @Test
    void foregroundFractionOneAlwaysHitsForeground() {
        PatchSampler sampler = new PatchSampler(List.of(labelAsIntensity()), 8, 1.0, Augmentation.NONE, new Random(2));

        MultiDataSet batch = sampler.nextBatch(30);

        for (int b = 0; b < 30; b++) {
            double foreground = batch.getLabels(0).get(org.nd4j.linalg.indexing.NDArrayIndex.point(b)).sumNumber()
                    .doubleValue();
            assertTrue(foreground > 0, "patch " + b + " has no foreground");
        }
    }

    @Test
    void elasticKeepsLabelsBinary() {
        Augmentation elastic = Augmentation.NONE.withElastic(4, 3);
        PatchSampler sampler = new PatchSampler(List.of(labelAsIntensity()), 32, 1.0, elastic, new Random(3));

        float[] labels = sampler.nextBatch(4).getLabels(0).ravel().toFloatVector();

        for (float label : labels) {
            assertTrue(label == 0f || label == 1f, "label " + label);
        }
    }

    @Test
    void elasticMovesPixels() {
        float[] image = new float[32 * 32];
        float[] labels = new float[32 * 32];
        for (int i = 0; i < image.length; i++) {
            image[i] = (i % 32) / 31f;
            labels[i] = (i % 32) < 16 ? 1 : 0;
        }
        float[] original = image.clone();

        ElasticDeformation.apply(image, labels, 32, 3, 4, new Random(5));

        double maxChange = 0;
        for (int i = 0; i < image.length; i++) {
            maxChange = Math.max(maxChange, Math.abs(image[i] - original[i]));
        }
        assertTrue(maxChange > 0.01, "max change " + maxChange);
        assertTrue(maxChange < 4.5 / 31, "max change " + maxChange);
    }

    @Test
    void mirrorFoldsCoordinates() {
        assertEquals(1, PatchSampler.mirror(-1, 5));
        assertEquals(3, PatchSampler.mirror(5, 5));
        assertEquals(0, PatchSampler.mirror(8, 5));
        assertEquals(0, PatchSampler.mirror(7, 1));
    }
}

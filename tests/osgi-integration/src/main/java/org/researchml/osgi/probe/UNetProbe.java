package org.researchml.osgi.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.GreyscaleImage;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.IntensityNormalization;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.segmentation.Augmentation;
import org.researchml.core.segmentation.EpochRecord;
import org.researchml.core.segmentation.SegmentationLoss;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.SegmentationModelFile;
import org.researchml.core.segmentation.TrainingConfig;
import org.researchml.core.segmentation.TrainingListener;
import org.researchml.core.segmentation.UNetArchitecture;
import org.researchml.core.segmentation.UNetTrainer;

/**
 * Runs the U-Net path of the core library inside the framework: a few training steps of a tiny U-Net on
 * synthetic disk images, then a tiled prediction. This is the first ND4J use in the framework, so the
 * caller can run it from a thread whose context class loader is null.
 */
public final class UNetProbe {

    private UNetProbe() {
    }

    /**
     * Trains for {@code steps} steps and predicts one image, then saves, loads and predicts again; returns the
     * step losses and both probability maps.
     */
    public static Map<String, Object> run(int steps) throws Exception {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 2, 4, true, 0.0,
                UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION);
        TrainingConfig config = new TrainingConfig(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE, 32, 4,
                steps, 1, 0.01, 0.9, 0.5, Augmentation.STANDARD, IntensityNormalization.Method.MIN_MAX, 5, 0.5, 8, 11);
        ImageMaskPair training = disks("train", 64, 1);
        ImageMaskPair validation = disks("validation", 64, 2);
        StepCounter counter = new StepCounter();

        SegmentationModel model = new UNetTrainer(config).train(List.of(training), List.of(validation), counter);
        float[] probabilities = model.predictProbabilities(validation.image(), 8, 4, ProgressListener.NONE);
        // The model file names the project's own DL4J layer classes, which loading must find inside the bundle.
        Path file = Files.createTempFile("unet-probe", ".zip");
        float[] reloadedProbabilities;
        try {
            SegmentationModelFile.save(model, file);
            reloadedProbabilities = SegmentationModelFile.load(file).predictProbabilities(validation.image(), 8, 4,
                    ProgressListener.NONE);
        } finally {
            Files.deleteIfExists(file);
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("losses", counter.losses.stream().mapToDouble(Double::doubleValue).toArray());
        result.put("probabilities", probabilities);
        result.put("reloadedProbabilities", reloadedProbabilities);
        result.put("pixelCount", validation.image().width() * validation.image().height());
        return result;
    }

    /** Bright noisy disks on a dark background, with the disks as the foreground mask. */
    private static ImageMaskPair disks(String name, int size, long seed) {
        Random random = new Random(seed);
        int[][] disks = new int[6][];
        for (int d = 0; d < disks.length; d++) {
            disks[d] = new int[] {random.nextInt(size), random.nextInt(size), 3 + random.nextInt(size / 8 + 1)};
        }
        float[] pixels = new float[size * size];
        boolean[] foreground = new boolean[size * size];
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

    private static final class StepCounter implements TrainingListener {
        final List<Double> losses = new java.util.ArrayList<>();

        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public void stepFinished(int epoch, int step, double loss) {
            losses.add(loss);
        }

        @Override
        public void epochFinished(EpochRecord record) {
        }
    }
}

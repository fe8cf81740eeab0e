package org.researchml.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.DataDirectory;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.ImageMaskPairing;
import org.researchml.core.image.IntensityNormalization;
import org.researchml.core.progress.CanceledException;

class UNetTrainerTest {

    @TempDir
    Path folder;

    private static final List<ImageMaskPair> TRAINING = List.of(
            SyntheticImages.disks("a", 64, 6, 1), SyntheticImages.disks("b", 64, 6, 2));
    private static final List<ImageMaskPair> VALIDATION = List.of(SyntheticImages.disks("c", 64, 6, 3));

    private static TrainingConfig tinyConfig(int stepsPerEpoch, int maxEpochs) {
        UNetArchitecture architecture = new UNetArchitecture(1, 1, 2, 4, true, 0.0,
                UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION);
        return new TrainingConfig(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE, 32, 4, stepsPerEpoch,
                maxEpochs, 0.01, 0.9, 0.5, Augmentation.STANDARD, IntensityNormalization.Method.MIN_MAX, 5, 0.5, 8,
                11);
    }

    /** Records step and epoch events and cancels after a given number of steps. */
    private static final class RecordingListener implements TrainingListener {
        final List<Double> losses = new ArrayList<>();
        final List<EpochRecord> epochs = new ArrayList<>();
        final int cancelAfterSteps;

        RecordingListener(int cancelAfterSteps) {
            this.cancelAfterSteps = cancelAfterSteps;
        }

        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCanceled() {
            return losses.size() >= cancelAfterSteps;
        }

        @Override
        public void stepFinished(int epoch, int step, double loss) {
            losses.add(loss);
        }

        @Override
        public void epochFinished(EpochRecord record) {
            epochs.add(record);
        }
    }

    @Test
    void learnsSyntheticDisks() throws CanceledException {
        RecordingListener listener = new RecordingListener(Integer.MAX_VALUE);

        SegmentationModel model = new UNetTrainer(tinyConfig(15, 4)).train(TRAINING, VALIDATION, listener);

        assertEquals(60, listener.losses.size());
        assertEquals(4, listener.epochs.size());
        assertEquals(model.metadata().history(), listener.epochs);
        double bestIou = listener.epochs.stream().mapToDouble(EpochRecord::validationIou).max().orElseThrow();
        assertTrue(bestIou > 0.7, "best validation IoU " + bestIou);
        assertEquals(bestIou, listener.epochs.get(model.metadata().bestEpoch() - 1).validationIou());
        assertTrue(listener.losses.get(59) < listener.losses.get(0), listener.losses.toString());
        assertEquals(0.01 * 0.9, listener.epochs.get(1).learningRate(), 1e-12);
    }

    @Test
    void sameSeedRepeatsRun() throws CanceledException {
        TrainingConfig config = tinyConfig(3, 1);

        SegmentationModel first = new UNetTrainer(config).train(TRAINING, List.of(), new RecordingListener(99));
        SegmentationModel second = new UNetTrainer(config).train(TRAINING, List.of(), new RecordingListener(99));
        SegmentationModel otherSeed = new UNetTrainer(config.withSeed(12)).train(TRAINING, List.of(),
                new RecordingListener(99));

        assertArrayEquals(first.network().params().toFloatVector(), second.network().params().toFloatVector());
        assertFalse(first.network().params().equals(otherSeed.network().params()));
    }

    @Test
    void cancelStopsWithinOneStep() throws IOException {
        RecordingListener listener = new RecordingListener(3);
        Path modelFile = folder.resolve("model.zip");

        assertThrows(CanceledException.class,
                () -> new UNetTrainer(tinyConfig(10, 2)).trainToFile(TRAINING, VALIDATION, listener, modelFile));

        assertEquals(3, listener.losses.size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "no model or temporary file may remain");
        }
    }

    @Test
    void earlyStoppingWhenIouFlat() throws CanceledException {
        UNetArchitecture frozen = new UNetArchitecture(1, 1, 2, 2, false, 0.0,
                UNetArchitecture.Decoder.UPSAMPLING_CONVOLUTION);
        TrainingConfig config = new TrainingConfig(frozen, SegmentationLoss.BINARY_CROSS_ENTROPY, 32, 2, 1, 10,
                1e-12, 1.0, 0.5, Augmentation.NONE, IntensityNormalization.Method.MIN_MAX, 2, 0.5, 0, 5);

        SegmentationModel model = new UNetTrainer(config).train(TRAINING, VALIDATION, new RecordingListener(99));

        assertEquals(3, model.metadata().history().size());
        assertEquals(1, model.metadata().bestEpoch());
    }

    @Test
    void realSectionPatchTrains() throws Exception {
        Path em = DataDirectory.require(null).resolve("em/drosophila-vnc");
        ImageMaskPair section = ImageMaskPairing.readPair(em.resolve("raw/03.tif"), em.resolve("mitochondria/03.png"),
                128);
        RecordingListener listener = new RecordingListener(Integer.MAX_VALUE);
        TrainingConfig config = TrainingConfig.defaults(UNetArchitecture.of(3, 4), 64, 2, 3, 1);

        SegmentationModel model = new UNetTrainer(config).train(List.of(section), List.of(), listener);

        assertEquals(3, listener.losses.size());
        for (double loss : listener.losses) {
            assertTrue(Double.isFinite(loss), listener.losses.toString());
            assertTrue(loss > 0, listener.losses.toString());
        }
        assertEquals(IntensityNormalization.Method.PERCENTILE, model.metadata().normalization().method());
        assertTrue(model.metadata().normalization().high() <= 255);
    }
}

package org.researchml.core.segmentation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.ImageMaskPairing;
import org.researchml.core.metrics.SegmentationScores;
import org.researchml.core.progress.CanceledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mitochondria segmentation study on the Drosophila VNC ssTEM stack (Gerhard et al., figshare
 * doi 10.6084/m9.figshare.856713): trains a U-Net on sections 00-15 and validates on 16-19, the
 * 80/20 split the dataset's authors suggest.
 *
 * <p>Writes to the output folder: {@code model.zip}, {@code training-curve.png}, {@code metrics.json}
 * and, under {@code validation/}, probability maps, masks and overlays of the validation sections.
 */
public final class SegmentationStudy {

    /** Sections used for training. */
    public static final List<String> TRAINING_SECTIONS = sections(0, 15);
    /** Sections used for validation and the reported scores. */
    public static final List<String> VALIDATION_SECTIONS = sections(16, 19);
    /**
     * Default wall-clock limit of training in seconds (24 minutes). It leaves time for reading, the
     * final evaluation and writing within 30 minutes, and the epoch running when it expires is finished.
     */
    public static final double DEFAULT_TIME_BUDGET_SECONDS = 24 * 60;
    /** Folder of the stack below the data folder. */
    public static final String STACK_FOLDER = "em/drosophila-vnc";

    private static final Logger LOG = LoggerFactory.getLogger(SegmentationStudy.class);

    /**
     * Outcome of the study.
     *
     * @param model trained model with its history
     * @param validation scores on the validation sections
     * @param trainingSeconds wall-clock time of training, including per-epoch validation
     * @param totalSeconds wall-clock time of the whole study, including reading and writing
     * @param outputFolder folder with the written files
     */
    public record Result(SegmentationModel model, SegmentationEvaluation validation, double trainingSeconds,
            double totalSeconds, Path outputFolder) {

        /** Returns a few lines with the pooled validation IoU and Dice, epochs and times. */
        public String summary() {
            SegmentationScores pooled = validation.pooled();
            return String.format(Locale.ROOT,
                    "Mitochondria U-Net %s%nvalidation sections %s: IoU %.4f, Dice %.4f, precision %.4f, recall %.4f%n"
                            + "epochs %d (best %d), training %.0f s, total %.0f s, outputs in %s",
                    model.metadata().architecture(), String.join(",", VALIDATION_SECTIONS), pooled.iou(), pooled.dice(),
                    pooled.precision(), pooled.recall(), model.metadata().history().size(),
                    model.metadata().bestEpoch(), trainingSeconds, totalSeconds, outputFolder);
        }
    }

    private SegmentationStudy() {
    }

    /**
     * Returns the study's settings: a 16-32-64-128 U-Net (depth 4) with batch normalization on
     * 128x128 patches, batch 8, BCE plus Dice loss, 60 % of patches on mitochondria, flips,
     * rotations and intensity changes.
     */
    public static TrainingConfig defaultConfig() {
        UNetArchitecture architecture = UNetArchitecture.of(4, 16);
        return new TrainingConfig(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE, 128, 8, 40, 60, 2e-3, 0.95,
                0.6, Augmentation.STANDARD, org.researchml.core.image.IntensityNormalization.Method.PERCENTILE, 10, 0.5,
                32, 42);
    }

    /**
     * Runs the study.
     *
     * @param dataDirectory the data folder that contains {@value #STACK_FOLDER}
     * @param outputFolder folder for the model, plots and metrics; created if missing
     * @param config training settings, for example {@link #defaultConfig()}
     * @param timeBudgetSeconds wall-clock limit of training; no new epoch starts after it
     * @param listener progress, step losses, epoch scores and cancellation
     * @throws IOException if data cannot be read or outputs cannot be written
     * @throws CanceledException if the listener cancels; no model file is written then
     */
    public static Result run(Path dataDirectory, Path outputFolder, TrainingConfig config, double timeBudgetSeconds,
            TrainingListener listener) throws IOException, CanceledException {
        long start = System.nanoTime();
        Path stack = dataDirectory.resolve(STACK_FOLDER);
        // Three of the mitochondria masks are 1-bit PNGs and the others 8-bit, so each is split at half its own range.
        List<ImageMaskPair> pairs = ImageMaskPairing.pair(stack.resolve("raw"), stack.resolve("mitochondria"),
                Double.NaN);
        List<ImageMaskPair> training = select(pairs, TRAINING_SECTIONS, stack);
        List<ImageMaskPair> validation = select(pairs, VALIDATION_SECTIONS, stack);

        long trainingStart = System.nanoTime();
        SegmentationModel model = new UNetTrainer(config, timeBudgetSeconds).trainToFile(training, validation,
                listener, outputFolder.resolve("model.zip"));
        double trainingSeconds = (System.nanoTime() - trainingStart) / 1e9;

        SegmentationEvaluation evaluation = SegmentationEvaluation.evaluate(model, validation,
                config.validationOverlap(), config.batchSize(), outputFolder.resolve("validation"),
                listener.subProgress(1, 0));
        TrainingCurvePlot.write(model.metadata().history(), outputFolder.resolve("training-curve.png"));
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("architecture", model.metadata().architecture());
        extra.put("trainingSections", TRAINING_SECTIONS);
        extra.put("validationSections", VALIDATION_SECTIONS);
        extra.put("epochs", model.metadata().history().size());
        extra.put("bestEpoch", model.metadata().bestEpoch());
        extra.put("trainingSeconds", trainingSeconds);
        extra.put("totalSeconds", totalSeconds);
        extra.put("oneDnn", OneDnnSupport.countConvolutionHelpers(model.network()) > 0);
        extra.put("history", model.metadata().history());
        evaluation.writeJson(outputFolder.resolve("metrics.json"), extra);
        Result result = new Result(model, evaluation, trainingSeconds, totalSeconds, outputFolder);
        LOG.info("{}", result.summary());
        return result;
    }

    private static List<ImageMaskPair> select(List<ImageMaskPair> pairs, List<String> names, Path stack)
            throws IOException {
        List<ImageMaskPair> selected = new ArrayList<>();
        for (String name : names) {
            ImageMaskPair pair = pairs.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IOException("Section " + name + " is missing in " + stack
                            + "; the study needs raw/" + name + ".tif and mitochondria/" + name + ".png."));
            selected.add(pair);
        }
        return selected;
    }

    private static List<String> sections(int first, int last) {
        List<String> names = new ArrayList<>();
        for (int section = first; section <= last; section++) {
            names.add(String.format(Locale.ROOT, "%02d", section));
        }
        return List.copyOf(names);
    }
}

package org.researchml.cli.segmentation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.ImageMaskPairing;
import org.researchml.core.image.IntensityNormalization;
import org.researchml.core.segmentation.Augmentation;
import org.researchml.core.segmentation.SegmentationEvaluation;
import org.researchml.core.segmentation.SegmentationLoss;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.TrainingConfig;
import org.researchml.core.segmentation.TrainingCurvePlot;
import org.researchml.core.segmentation.UNetArchitecture;
import org.researchml.core.segmentation.UNetTrainer;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segment-train}: trains a U-Net on image/mask folders and writes the model, a training curve and metrics. */
@Command(name = "segment-train", mixinStandardHelpOptions = true,
        description = "Trains a U-Net that segments one class in greyscale images (TIFF or PNG) from masks with the same file names.")
public final class SegmentTrainCommand implements Callable<Integer> {

    @Option(names = "--images", required = true, description = "Folder with the training images.")
    Path images;

    @Option(names = "--masks", required = true, description = "Folder with the masks, named like the images.")
    Path masks;

    @Option(names = "--validation", split = ",", description = "File name stems of the images kept for validation, for example 16,17,18,19.")
    List<String> validationNames = new ArrayList<>();

    @Option(names = "--output", required = true, description = "Folder for model.zip, training-curve.png and metrics.json.")
    Path output;

    @Option(names = "--mask-threshold", defaultValue = "NaN",
            description = "Mask value from which a pixel is foreground; default half the mask's range (128 for 8-bit).")
    double maskThreshold;

    @Option(names = "--depth", defaultValue = "4", description = "U-Net levels, 2 to 5 (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--base-filters", defaultValue = "16", description = "Filters of the first level, doubling per level (default ${DEFAULT-VALUE}).")
    int baseFilters;

    @Option(names = "--dropout", defaultValue = "0", description = "Dropout rate after the bottleneck, 0 to below 1 (default ${DEFAULT-VALUE}).")
    double dropout;

    @Option(names = "--upsampling", description = "Use upsampling plus convolution instead of transposed convolution in the decoder.")
    boolean upsampling;

    @Option(names = "--no-batch-norm", description = "Leave out batch normalization.")
    boolean noBatchNormalization;

    @Option(names = "--patch-size", defaultValue = "128", description = "Training patch side in pixels, a multiple of 2^(depth-1) (default ${DEFAULT-VALUE}).")
    int patchSize;

    @Option(names = "--batch-size", defaultValue = "8", description = "Patches per training step (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--steps-per-epoch", defaultValue = "40", description = "Training steps per epoch (default ${DEFAULT-VALUE}).")
    int stepsPerEpoch;

    @Option(names = "--epochs", defaultValue = "30", description = "Maximum number of epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--learning-rate", defaultValue = "0.002", description = "Initial Adam learning rate (default ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--learning-rate-decay", defaultValue = "0.93", description = "Factor applied to the learning rate after each epoch (default ${DEFAULT-VALUE}).")
    double learningRateDecay;

    @Option(names = "--loss", defaultValue = "CROSS_ENTROPY_PLUS_DICE",
            description = "BINARY_CROSS_ENTROPY, SOFT_DICE or CROSS_ENTROPY_PLUS_DICE (default ${DEFAULT-VALUE}).")
    SegmentationLoss loss;

    @Option(names = "--foreground-fraction", defaultValue = "0.6", description = "Share of patches centred on foreground, 0 to 1 (default ${DEFAULT-VALUE}).")
    double foregroundFraction;

    @Option(names = "--elastic-alpha", defaultValue = "0", description = "Elastic deformation strength in pixels; 0 turns it off (default ${DEFAULT-VALUE}).")
    double elasticAlpha;

    @Option(names = "--elastic-sigma", defaultValue = "8", description = "Smoothness of the elastic deformation in pixels (default ${DEFAULT-VALUE}).")
    double elasticSigma;

    @Option(names = "--normalization", defaultValue = "PERCENTILE", description = "MIN_MAX or PERCENTILE (1st to 99th) (default ${DEFAULT-VALUE}).")
    IntensityNormalization.Method normalization;

    @Option(names = "--patience", defaultValue = "6", description = "Epochs without better validation IoU before stopping (default ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Probability from which a pixel is foreground (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--time-budget-seconds", defaultValue = "Infinity", description = "Start no new epoch after this many seconds (default none).")
    double timeBudgetSeconds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of weights, patches and augmentation (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<ImageMaskPair> pairs = ImageMaskPairing.pair(images, masks, maskThreshold);
        List<ImageMaskPair> training = new ArrayList<>();
        List<ImageMaskPair> validation = new ArrayList<>();
        for (ImageMaskPair pair : pairs) {
            (validationNames.contains(pair.name()) ? validation : training).add(pair);
        }
        for (String name : validationNames) {
            if (validation.stream().noneMatch(pair -> pair.name().equals(name))) {
                throw new IllegalArgumentException("Validation image " + name + " is not among the paired images in "
                        + images + "; check --validation.");
            }
        }
        if (training.isEmpty()) {
            throw new IllegalArgumentException("--validation contains all " + validation.size() + " paired images of "
                    + images + ", so none is left for training. Keep at least one image out of --validation.");
        }
        UNetArchitecture architecture = new UNetArchitecture(1, 1, depth, baseFilters, !noBatchNormalization, dropout,
                upsampling ? UNetArchitecture.Decoder.UPSAMPLING_CONVOLUTION
                        : UNetArchitecture.Decoder.TRANSPOSED_CONVOLUTION);
        Augmentation augmentation = elasticAlpha > 0 ? Augmentation.STANDARD.withElastic(elasticAlpha, elasticSigma)
                : Augmentation.STANDARD;
        TrainingConfig config = new TrainingConfig(architecture, loss, patchSize, batchSize, stepsPerEpoch, epochs,
                learningRate, learningRateDecay, foregroundFraction, augmentation, normalization, patience, threshold,
                patchSize / 4, seed);
        System.out.printf(Locale.ROOT, "Training %s on %d images, validating on %d%n", architecture, training.size(),
                validation.size());

        Path modelFile = output.resolve("model.zip");
        SegmentationModel model = new UNetTrainer(config, timeBudgetSeconds).trainToFile(training, validation,
                new ConsoleTrainingListener(System.out, 10), modelFile);
        TrainingCurvePlot.write(model.metadata().history(), output.resolve("training-curve.png"));

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("architecture", architecture);
        extra.put("bestEpoch", model.metadata().bestEpoch());
        extra.put("history", model.metadata().history());
        if (validation.isEmpty()) {
            // Without validation images there is nothing to score, so metrics.json contains no pooled scores.
            extra.put("validation", "none: no --validation images, so the model of the last epoch is kept");
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.resolve("metrics.json").toFile(),
                    extra);
            System.out.println("No validation images: the model of the last epoch is kept and early stopping is off.");
        } else {
            SegmentationEvaluation evaluation = SegmentationEvaluation.evaluate(model, validation, patchSize / 4,
                    batchSize, output.resolve("validation"), org.researchml.core.progress.ProgressListener.NONE);
            evaluation.writeJson(output.resolve("metrics.json"), extra);
            System.out.printf(Locale.ROOT, "Validation IoU %.4f, Dice %.4f%n", evaluation.pooled().iou(),
                    evaluation.pooled().dice());
        }
        System.out.println("Model written to " + modelFile);
        return 0;
    }
}

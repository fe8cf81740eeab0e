package org.researchml.cli.segmentation;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.image.ImageMaskPairing;
import org.researchml.core.metrics.SegmentationScores;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.segmentation.SegmentationEvaluation;
import org.researchml.core.segmentation.SegmentationModel;
import org.researchml.core.segmentation.SegmentationModelFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segment-evaluate}: scores a trained model against ground-truth masks. */
@Command(name = "segment-evaluate", mixinStandardHelpOptions = true,
        description = "Scores a model from segment-train on images with masks: IoU, Dice, precision, recall and pixel accuracy, per image and pooled.")
public final class SegmentEvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "Model file written by segment-train.")
    Path modelFile;

    @Option(names = "--images", required = true, description = "Folder with the images.")
    Path images;

    @Option(names = "--masks", required = true, description = "Folder with the ground-truth masks, named like the images.")
    Path masks;

    @Option(names = "--only", split = ",", description = "File name stems to evaluate, for example 16,17,18,19; default all.")
    List<String> only;

    @Option(names = "--mask-threshold", defaultValue = "NaN",
            description = "Mask value from which a pixel is foreground; default half the mask's range (128 for 8-bit).")
    double maskThreshold;

    @Option(names = "--output", required = true, description = "Folder for metrics.json and the per-image PNG files.")
    Path output;

    @Option(names = "--overlap", defaultValue = "-1", description = "Tile overlap in pixels; default a quarter of the model's tile size.")
    int overlap;

    @Option(names = "--batch-size", defaultValue = "4", description = "Tiles per network call (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() throws Exception {
        SegmentationModel model = SegmentationModelFile.load(modelFile);
        List<ImageMaskPair> pairs = ImageMaskPairing.pair(images, masks, maskThreshold);
        if (only != null) {
            Set<String> paired = new HashSet<>();
            pairs.forEach(pair -> paired.add(pair.name()));
            List<String> missing = only.stream().filter(name -> !paired.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("--only names " + missing + ", which have no image/mask pair in "
                        + images + " and " + masks + ". Give file names without extension, such as "
                        + paired.stream().sorted().findFirst().orElse("01") + ".");
            }
            pairs = pairs.stream().filter(pair -> only.contains(pair.name())).toList();
        }
        int tileOverlap = TileOverlapOption.resolve(overlap, model);
        SegmentationEvaluation evaluation = SegmentationEvaluation.evaluate(model, pairs, tileOverlap, batchSize,
                output, ProgressListener.NONE);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("model", modelFile.toString());
        extra.put("architecture", model.metadata().architecture());
        evaluation.writeJson(output.resolve("metrics.json"), extra);
        evaluation.perImage().forEach((name, scores) -> print(name, scores));
        print("pooled", evaluation.pooled());
        return 0;
    }

    private static void print(String name, SegmentationScores scores) {
        System.out.printf(Locale.ROOT, "%-8s IoU %.4f  Dice %.4f  precision %.4f  recall %.4f  accuracy %.4f%n", name,
                scores.iou(), scores.dice(), scores.precision(), scores.recall(), scores.pixelAccuracy());
    }
}

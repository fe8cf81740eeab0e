package org.researchml.core.segmentation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.researchml.core.image.BinaryMask;
import org.researchml.core.image.ImageMaskPair;
import org.researchml.core.metrics.SegmentationScores;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Scores of a model on image/mask pairs: per image and pooled over all of them.
 *
 * @param perImage scores by image name, in input order
 * @param pooled scores from the summed pixel counts
 */
public record SegmentationEvaluation(Map<String, SegmentationScores> perImage, SegmentationScores pooled) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Predicts each image with a model, scores it and, if {@code outputFolder} is not null, writes
     * {@code <name>_probability.png}, {@code <name>_mask.png} and {@code <name>_overlay.png} there.
     *
     * @param overlap tile overlap in pixels
     * @param batchSize tiles per network call
     * @throws CanceledException if the listener cancels
     * @throws IOException if an output file cannot be written
     */
    public static SegmentationEvaluation evaluate(SegmentationModel model, List<ImageMaskPair> pairs, int overlap,
            int batchSize, Path outputFolder, ProgressListener listener) throws CanceledException, IOException {
        Map<String, SegmentationScores> perImage = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            ImageMaskPair pair = pairs.get(i);
            ProgressListener imageProgress = listener.subProgress(i / (double) pairs.size(), 1.0 / pairs.size());
            float[] probabilities = model.predictProbabilities(pair.image(), overlap, batchSize, imageProgress);
            BinaryMask prediction = model.toMask(pair.name(), pair.image().width(), pair.image().height(),
                    probabilities);
            perImage.put(pair.name(), SegmentationScores.compare(pair.mask(), prediction));
            if (outputFolder != null) {
                SegmentationImages.writeProbabilities(probabilities, pair.image().width(), pair.image().height(),
                        outputFolder.resolve(pair.name() + "_probability.png"));
                SegmentationImages.writeMask(prediction, outputFolder.resolve(pair.name() + "_mask.png"));
                SegmentationImages.writeOverlay(pair.image(), prediction, pair.mask(),
                        outputFolder.resolve(pair.name() + "_overlay.png"));
            }
        }
        return new SegmentationEvaluation(perImage, SegmentationScores.pooled(perImage.values()));
    }

    /** Returns the scores as nested maps: {@code pooled} and {@code perImage}, each with counts and scores. */
    public Map<String, Object> toMap() {
        Map<String, Object> images = new LinkedHashMap<>();
        perImage.forEach((name, scores) -> images.put(name, describe(scores)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("pooled", describe(pooled));
        result.put("perImage", images);
        return result;
    }

    /** Writes {@link #toMap()} plus {@code extra} entries as an indented JSON file. */
    public void writeJson(Path file, Map<String, Object> extra) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>(extra);
        document.putAll(toMap());
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), document);
    }

    private static Map<String, Object> describe(SegmentationScores scores) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("iou", scores.iou());
        values.put("dice", scores.dice());
        values.put("precision", scores.precision());
        values.put("recall", scores.recall());
        values.put("pixelAccuracy", scores.pixelAccuracy());
        values.put("truePositives", scores.truePositives());
        values.put("falsePositives", scores.falsePositives());
        values.put("falseNegatives", scores.falseNegatives());
        values.put("trueNegatives", scores.trueNegatives());
        return values;
    }
}

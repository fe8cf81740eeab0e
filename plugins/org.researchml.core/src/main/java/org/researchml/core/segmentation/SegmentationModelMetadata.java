package org.researchml.core.segmentation;

import java.util.List;
import java.util.Map;

import org.researchml.core.image.IntensityNormalization;

/**
 * Everything besides the weights that prediction with a saved model needs, and how it was trained.
 *
 * @param formatVersion version of the model file layout, {@value SegmentationModelFile#FORMAT_VERSION}
 * @param architecture network shape
 * @param normalization intensity mapping fitted on the training images
 * @param tileSize tile side in pixels used in training and suggested for prediction
 * @param threshold probability from which a pixel is foreground
 * @param loss training loss
 * @param history one record per finished epoch
 * @param bestEpoch epoch (from 1) whose weights were kept
 * @param versions versions of the software that wrote the file (keys {@code researchml}, {@code dl4j}, {@code java})
 * @param createdAt UTC time the file was written, ISO 8601
 */
public record SegmentationModelMetadata(int formatVersion, UNetArchitecture architecture,
        IntensityNormalization normalization, int tileSize, double threshold, SegmentationLoss loss,
        List<EpochRecord> history, int bestEpoch, Map<String, String> versions, String createdAt) {

    public SegmentationModelMetadata {
        history = List.copyOf(history);
        versions = Map.copyOf(versions);
    }
}

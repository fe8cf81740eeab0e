package org.researchml.core.segmentation;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shape of a U-Net: encoder levels whose filter count doubles per level, a decoder that mirrors
 * them with skip connections, and a 1x1 convolution with sigmoid output per class.
 *
 * <p>All convolutions use same padding, so any tile whose side is a multiple of
 * {@link #sizeDivisor()} (2 to the power of {@code depth - 1}) keeps its size from input to output.
 *
 * @param inputChannels channels of the input image, 1 for greyscale
 * @param classCount output channels, one sigmoid probability map each; 1 for foreground/background
 * @param depth number of resolution levels including the bottleneck, 2 to 5
 * @param baseFilters filters of the first level; level {@code i} has {@code baseFilters * 2^i}
 * @param batchNormalization whether each 3x3 convolution is followed by batch normalization
 * @param dropoutRate fraction of activations dropped after the bottleneck during training, 0 to below 1
 * @param decoder how the decoder doubles the resolution
 */
public record UNetArchitecture(int inputChannels, int classCount, int depth, int baseFilters,
        boolean batchNormalization, double dropoutRate, Decoder decoder) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Upsampling step of the decoder. */
    public enum Decoder {
        /** 2x2 transposed convolution with stride 2. */
        TRANSPOSED_CONVOLUTION,
        /** Nearest-neighbour upsampling by 2 followed by a 2x2 convolution. */
        UPSAMPLING_CONVOLUTION
    }

    public UNetArchitecture {
        if (inputChannels < 1) {
            throw new IllegalArgumentException("Input channels is " + inputChannels + "; use at least 1.");
        }
        if (classCount != 1) {
            // NOTE: the decoder and loss handle one sigmoid channel; several classes need a
            // softmax output and a multi-class Dice loss.
            throw new IllegalArgumentException("Class count is " + classCount
                    + "; only one foreground class is supported yet. Train one model per class.");
        }
        if (depth < 2 || depth > 5) {
            throw new IllegalArgumentException("U-Net depth is " + depth + "; use 2 to 5 levels.");
        }
        if (baseFilters < 1) {
            throw new IllegalArgumentException("Base filter count is " + baseFilters + "; use at least 1, for example 16.");
        }
        if (!(dropoutRate >= 0 && dropoutRate < 1)) {
            throw new IllegalArgumentException("Dropout rate is " + dropoutRate + "; use a value from 0 to below 1.");
        }
        if (decoder == null) {
            throw new IllegalArgumentException("Decoder is missing; use TRANSPOSED_CONVOLUTION or UPSAMPLING_CONVOLUTION.");
        }
    }

    /** Returns a one-class greyscale U-Net with batch normalization and transposed convolutions. */
    public static UNetArchitecture of(int depth, int baseFilters) {
        return new UNetArchitecture(1, 1, depth, baseFilters, true, 0.0, Decoder.TRANSPOSED_CONVOLUTION);
    }

    /** Returns the filter count of a level, from 0 (full resolution) to {@code depth - 1}. */
    public int filters(int level) {
        return baseFilters << level;
    }

    /** Returns the number that tile sides must be a multiple of: 2 to the power of {@code depth - 1}. */
    public int sizeDivisor() {
        return 1 << (depth - 1);
    }

    /**
     * Checks that a tile side keeps its size through the network.
     *
     * @throws IllegalArgumentException if it is not a positive multiple of {@link #sizeDivisor()}
     */
    public void checkTileSize(int tileSize) {
        if (tileSize <= 0) {
            throw new IllegalArgumentException("Tile size " + tileSize + " is not positive; use a multiple of "
                    + sizeDivisor() + " such as " + Math.max(sizeDivisor(), 128) + ".");
        }
        if (tileSize % sizeDivisor() != 0) {
            throw new IllegalArgumentException("Tile size " + tileSize + " is not a multiple of " + sizeDivisor()
                    + ", which a U-Net of depth " + depth + " needs. Use for example " + Math.max(sizeDivisor(),
                            Math.round(tileSize / (double) sizeDivisor()) * sizeDivisor()) + ".");
        }
    }

    /** Returns this architecture as a JSON object. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses an architecture written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException if the JSON is invalid or a value is out of range
     */
    public static UNetArchitecture fromJson(String json) {
        try {
            return JSON.readValue(json, UNetArchitecture.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid U-Net architecture JSON: " + e.getOriginalMessage(), e);
        }
    }
}

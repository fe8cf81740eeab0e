package org.researchml.core.image;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Linear mapping of raw sample values to the network's input range, fitted on training images
 * and stored with the model so that prediction uses the same mapping.
 *
 * <p>A value {@code v} maps to {@code (v - low) / (high - low)}. With {@link Method#PERCENTILE}
 * the result is clipped to 0..1, because values beyond the percentiles are outliers.
 *
 * @param method how {@code low} and {@code high} were chosen
 * @param lowPercentile percentile (0..100) that gave {@code low}; 0 for min-max
 * @param highPercentile percentile (0..100) that gave {@code high}; 100 for min-max
 * @param low raw value that maps to 0
 * @param high raw value that maps to 1
 */
public record IntensityNormalization(Method method, double lowPercentile, double highPercentile, double low,
        double high) {

    /** Method that chooses the intensity range mapped to 0..1. */
    public enum Method {
        /** Smallest and largest training value. */
        MIN_MAX,
        /** Two percentiles of the training values, with clipping. */
        PERCENTILE
    }

    @JsonCreator
    public IntensityNormalization(@JsonProperty("method") Method method,
            @JsonProperty("lowPercentile") double lowPercentile, @JsonProperty("highPercentile") double highPercentile,
            @JsonProperty("low") double low, @JsonProperty("high") double high) {
        if (!(high > low)) {
            throw new IllegalArgumentException("Intensity range " + low + ".." + high
                    + " is empty: the training images have constant intensity or the percentiles are equal.");
        }
        if (!(lowPercentile >= 0 && lowPercentile < highPercentile && highPercentile <= 100)) {
            throw new IllegalArgumentException("Percentiles " + lowPercentile + " and " + highPercentile
                    + " are invalid; use 0 <= low < high <= 100, for example 1 and 99.");
        }
        this.method = method;
        this.lowPercentile = lowPercentile;
        this.highPercentile = highPercentile;
        this.low = low;
        this.high = high;
    }

    /** Fits a min-max mapping on the given images. */
    public static IntensityNormalization fitMinMax(List<GreyscaleImage> images) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (GreyscaleImage image : images) {
            for (float value : image.pixels()) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return new IntensityNormalization(Method.MIN_MAX, 0, 100, min, max);
    }

    /**
     * Fits a percentile mapping on the given images.
     *
     * @param lowPercentile percentile mapped to 0, for example 1
     * @param highPercentile percentile mapped to 1, for example 99
     */
    public static IntensityNormalization fitPercentiles(List<GreyscaleImage> images, double lowPercentile,
            double highPercentile) {
        int total = 0;
        for (GreyscaleImage image : images) {
            total = Math.addExact(total, image.pixels().length);
        }
        float[] values = new float[total];
        int offset = 0;
        for (GreyscaleImage image : images) {
            System.arraycopy(image.pixels(), 0, values, offset, image.pixels().length);
            offset += image.pixels().length;
        }
        Arrays.sort(values);
        return new IntensityNormalization(Method.PERCENTILE, lowPercentile, highPercentile,
                percentile(values, lowPercentile), percentile(values, highPercentile));
    }

    /** Returns the linearly interpolated percentile (0..100) of sorted values. */
    static double percentile(float[] sorted, double percent) {
        double position = percent / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double weight = position - below;
        return sorted[below] * (1 - weight) + sorted[above] * weight;
    }

    /** Maps a raw sample value. */
    public float apply(float value) {
        double scaled = (value - low) / (high - low);
        if (method == Method.PERCENTILE) {
            scaled = Math.max(0, Math.min(1, scaled));
        }
        return (float) scaled;
    }

    /** Maps every pixel of an image into a new array, row by row. */
    public float[] apply(GreyscaleImage image) {
        float[] result = new float[image.pixels().length];
        for (int i = 0; i < result.length; i++) {
            result[i] = apply(image.pixels()[i]);
        }
        return result;
    }
}

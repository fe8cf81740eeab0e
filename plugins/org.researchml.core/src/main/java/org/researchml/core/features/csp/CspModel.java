package org.researchml.core.features.csp;

import java.util.ArrayList;
import java.util.List;

import org.researchml.core.eeg.Recording;

/**
 * Fitted Common Spatial Patterns: spatial filters that map the input channels to virtual channels
 * {@code CSP1..CSPk}, with their patterns for interpretation.
 *
 * <p>Filters are ordered by {@link #classOneVarianceFractions()} from largest to smallest: the first filters
 * give most variance during events (label 1), the last ones during rest (label 0).
 */
public final class CspModel {

    private final List<String> channelLabels;
    private final double[][] filters;
    private final double[][] patterns;
    private final double[] classOneVarianceFractions;
    private final int usableDimensions;

    CspModel(List<String> channelLabels, double[][] filters, double[][] patterns, double[] classOneVarianceFractions,
            int usableDimensions) {
        this.channelLabels = List.copyOf(channelLabels);
        this.filters = filters;
        this.patterns = patterns;
        this.classOneVarianceFractions = classOneVarianceFractions;
        this.usableDimensions = usableDimensions;
    }

    /** Input channel labels, in the order of the filter weights. */
    public List<String> channelLabels() {
        return channelLabels;
    }

    /** Returns the number of virtual channels. */
    public int filterCount() {
        return filters.length;
    }

    /** Returns {@code filters[filter][channel]}, the weights of each virtual channel; a copy. */
    public double[][] filters() {
        return deepCopy(filters);
    }

    /**
     * Returns {@code patterns[channel][filter]}: the scalp map of each virtual channel, that is the covariance of the
     * input channels with the virtual channel divided by its variance. Returns a copy.
     */
    public double[][] patterns() {
        return deepCopy(patterns);
    }

    /**
     * Returns, per filter, the event-class share of the filtered variance, {@code var1 / (var0 + var1)}, from 0 to 1;
     * a copy.
     */
    public double[] classOneVarianceFractions() {
        return classOneVarianceFractions.clone();
    }

    /** Returns the number of directions of the composite covariance above the tolerance (the rank used). */
    public int usableDimensions() {
        return usableDimensions;
    }

    /** Returns the virtual channel names {@code CSP1..CSPk}. */
    public List<String> virtualChannelLabels() {
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < filters.length; j++) {
            labels.add("CSP" + (j + 1));
        }
        return labels;
    }

    /**
     * Applies the filters to a recording with the fitted channels (found by label, in any order).
     *
     * @return a recording with channels {@code CSP1..CSPk}, and the input's timing, annotations and event columns;
     *         its unit is the input unit when all fitted channels share one, otherwise empty
     * @throws IllegalArgumentException if a fitted channel is missing
     */
    public Recording apply(Recording recording) {
        int channelCount = channelLabels.size();
        int[] sourceIndex = new int[channelCount];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < channelCount; c++) {
            sourceIndex[c] = recording.indexOfChannel(channelLabels.get(c));
            if (sourceIndex[c] < 0) {
                missing.add(channelLabels.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The recording lacks channels " + missing + " that the CSP filters "
                    + "were fitted on. Its channels are " + recording.channelLabels() + ".");
        }
        int sampleCount = recording.sampleCount();
        double[][] output = new double[filters.length][sampleCount];
        for (int j = 0; j < filters.length; j++) {
            double[] target = output[j];
            for (int c = 0; c < channelCount; c++) {
                double weight = filters[j][c];
                double[] source = recording.channel(sourceIndex[c]);
                for (int i = 0; i < sampleCount; i++) {
                    target[i] += weight * source[i];
                }
            }
        }
        String unit = recording.physicalUnits().get(sourceIndex[0]);
        for (int c = 1; c < channelCount; c++) {
            if (!recording.physicalUnits().get(sourceIndex[c]).equals(unit)) {
                unit = "";
                break;
            }
        }
        List<String> units = new ArrayList<>();
        for (int j = 0; j < filters.length; j++) {
            units.add(unit);
        }
        return recording.withSamples(virtualChannelLabels(), units, output);
    }

    private static double[][] deepCopy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}

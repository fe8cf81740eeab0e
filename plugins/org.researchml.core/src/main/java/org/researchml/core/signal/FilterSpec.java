package org.researchml.core.signal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Settings of a Butterworth filter independent of the sampling rate, so one spec can be applied to recordings
 * at different rates.
 *
 * @param type filter type
 * @param order filter order, 1 to {@link ButterworthDesign#MAX_ORDER}
 * @param cutoffsHz one cut-off for low-pass and high-pass, {@code {low, high}} for band-pass and band-stop, in Hz
 */
public record FilterSpec(FilterType type, int order, double[] cutoffsHz) {

    public FilterSpec {
        cutoffsHz = cutoffsHz == null ? null : cutoffsHz.clone();
    }

    public static FilterSpec lowPass(int order, double cutoffHz) {
        return new FilterSpec(FilterType.LOW_PASS, order, new double[] {cutoffHz});
    }

    public static FilterSpec highPass(int order, double cutoffHz) {
        return new FilterSpec(FilterType.HIGH_PASS, order, new double[] {cutoffHz});
    }

    public static FilterSpec bandPass(int order, double lowHz, double highHz) {
        return new FilterSpec(FilterType.BAND_PASS, order, new double[] {lowHz, highHz});
    }

    public static FilterSpec bandStop(int order, double lowHz, double highHz) {
        return new FilterSpec(FilterType.BAND_STOP, order, new double[] {lowHz, highHz});
    }

    @Override
    public double[] cutoffsHz() {
        return cutoffsHz == null ? null : cutoffsHz.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterSpec spec && type == spec.type && order == spec.order
                && Arrays.equals(cutoffsHz, spec.cutoffsHz);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(type, order) + Arrays.hashCode(cutoffsHz);
    }

    @Override
    public String toString() {
        return "FilterSpec[" + type + ", order " + order + ", cut-offs " + Arrays.toString(cutoffsHz) + " Hz]";
    }
}

package org.researchml.core.signal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Designs digital Butterworth filters as second-order sections.
 *
 * <p>The design starts from the analog prototype with poles on the left half of the unit circle, maps it to
 * the requested type with the pre-warped cut-offs {@code 2 fs tan(pi f / fs)}, applies the bilinear
 * transform and groups zeros and poles into sections. The cut-offs are the -3 dB points of a single
 * (causal) pass; zero-phase filtering squares the response, so there they are -6 dB points. For the same
 * arguments the sections agree with SciPy 1.10's {@code butter(order, cutoffs, btype, fs=rate,
 * output='sos')}, in the same order, within 1e-12 (the tests check orders 1 to 5 and 8).
 */
public final class ButterworthDesign {

    /** Highest order accepted, a chosen limit: EEG work rarely needs more than order 8. */
    public static final int MAX_ORDER = 32;

    private ButterworthDesign() {
    }

    /**
     * Designs a Butterworth filter.
     *
     * @param type filter type
     * @param order filter order, 1 to {@link #MAX_ORDER}; band-pass and band-stop filters get twice as many poles
     * @param cutoffsHz one cut-off for low-pass and high-pass, {@code {low, high}} for band-pass and band-stop, in Hz
     * @param samplingRateHz sampling rate in Hz
     * @return the filter, described for logs as for example {@code order-4 Butterworth band-pass 1-40 Hz at 500 Hz}
     * @throws IllegalArgumentException if a setting is invalid; the message names it and the valid range
     */
    public static SosFilter design(FilterType type, int order, double[] cutoffsHz, double samplingRateHz) {
        validate(type, order, cutoffsHz, samplingRateHz);
        double designRate = 2.0;
        double[] warped = new double[cutoffsHz.length];
        for (int i = 0; i < cutoffsHz.length; i++) {
            double normalized = 2 * cutoffsHz[i] / samplingRateHz;
            warped[i] = 2 * designRate * Math.tan(Math.PI * normalized / designRate);
        }

        ZeroPoleGain analog = ZeroPoleGain.butterworthPrototype(order);
        analog = switch (type) {
            case LOW_PASS -> analog.lowPassToLowPass(warped[0]);
            case HIGH_PASS -> analog.lowPassToHighPass(warped[0]);
            case BAND_PASS -> analog.lowPassToBandPass(Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
            case BAND_STOP -> analog.lowPassToBandStop(Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
        };
        double[][] sections = SectionPairing.toSections(analog.bilinear(designRate));
        return new SosFilter(sections, describe(type, order, cutoffsHz, samplingRateHz));
    }

    /** Designs the filter that {@code spec} describes at {@code samplingRateHz}. */
    public static SosFilter design(FilterSpec spec, double samplingRateHz) {
        if (spec == null) {
            throw new IllegalArgumentException("Filter settings are missing; give a FilterSpec such as "
                    + "FilterSpec.bandPass(4, 1, 40).");
        }
        return design(spec.type(), spec.order(), spec.cutoffsHz(), samplingRateHz);
    }

    static void validate(FilterType type, int order, double[] cutoffsHz, double samplingRateHz) {
        if (type == null) {
            throw new IllegalArgumentException("Filter type is missing; choose one of "
                    + Arrays.toString(FilterType.values()) + ".");
        }
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("Filter order " + order + " is invalid; use an order from 1 to "
                    + MAX_ORDER + ".");
        }
        if (!(samplingRateHz > 0) || Double.isInfinite(samplingRateHz)) {
            throw new IllegalArgumentException("Sampling rate " + samplingRateHz
                    + " Hz is invalid; it must be a positive finite number.");
        }
        if (cutoffsHz == null || cutoffsHz.length != type.cutoffCount()) {
            String got = cutoffsHz == null ? "none" : Arrays.toString(cutoffsHz);
            throw new IllegalArgumentException("A " + type.displayName() + " filter needs " + type.cutoffCount()
                    + (type.cutoffCount() == 1 ? " cut-off frequency" : " cut-off frequencies {low, high}")
                    + " in Hz, got " + got + ".");
        }
        double nyquistHz = samplingRateHz / 2;
        for (double cutoffHz : cutoffsHz) {
            if (!(cutoffHz > 0)) {
                throw new IllegalArgumentException("Cut-off " + cutoffHz + " Hz of the " + type.displayName()
                        + " filter is invalid; cut-offs must be above 0 Hz.");
            }
            if (cutoffHz >= nyquistHz) {
                throw new IllegalArgumentException("Cut-off " + cutoffHz + " Hz of the " + type.displayName()
                        + " filter is at or above the Nyquist frequency " + nyquistHz + " Hz (half the sampling rate "
                        + samplingRateHz + " Hz); choose a cut-off below " + nyquistHz + " Hz.");
            }
        }
        if (cutoffsHz.length == 2 && cutoffsHz[0] >= cutoffsHz[1]) {
            throw new IllegalArgumentException("Low cut-off " + cutoffsHz[0] + " Hz of the " + type.displayName()
                    + " filter must be below the high cut-off " + cutoffsHz[1] + " Hz.");
        }
    }

    static String describe(FilterType type, int order, double[] cutoffsHz, double samplingRateHz) {
        StringBuilder cutoffs = new StringBuilder(format(cutoffsHz[0]));
        if (cutoffsHz.length == 2) {
            cutoffs.append('-').append(format(cutoffsHz[1]));
        }
        return "order-" + order + " Butterworth " + type.displayName() + " " + cutoffs + " Hz at "
                + format(samplingRateHz) + " Hz";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}

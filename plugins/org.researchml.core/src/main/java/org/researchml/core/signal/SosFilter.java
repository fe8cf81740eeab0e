package org.researchml.core.signal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Digital IIR filter stored as a cascade of second-order sections (SOS), immutable and thread-safe.
 *
 * <p>Each section is a row {@code b0, b1, b2, a0, a1, a2} as in SciPy's SOS layout; rows are normalized
 * so that {@code a0 = 1}. Filtering runs in transposed direct form II. The multichannel methods filter
 * channels in parallel on the common fork-join pool and return the same values as filtering each
 * channel alone.
 */
public final class SosFilter {

    private final double[][] sections;
    /** Coefficients {@code b0, b1, b2, a1, a2} per section, for {@link SosKernel}. */
    private final double[] packed;
    private final String description;

    /**
     * Creates a filter from sections {@code {b0, b1, b2, a0, a1, a2}}.
     *
     * @param sections at least one row of six finite coefficients with {@code a0 != 0}; copied
     * @param description short text for logs, for example {@code order-4 Butterworth band-pass 1-40 Hz}
     */
    public SosFilter(double[][] sections, String description) {
        if (sections.length == 0) {
            throw new IllegalArgumentException("A SOS filter needs at least one section, got none.");
        }
        this.sections = new double[sections.length][];
        this.packed = new double[5 * sections.length];
        for (int s = 0; s < sections.length; s++) {
            double[] row = sections[s];
            if (row.length != 6) {
                throw new IllegalArgumentException("SOS section " + s + " has " + row.length
                        + " coefficients; expected 6 (b0, b1, b2, a0, a1, a2).");
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("SOS section " + s + " has a non-finite coefficient: "
                            + Arrays.toString(row) + ".");
                }
            }
            if (row[3] == 0) {
                throw new IllegalArgumentException("SOS section " + s + " has a0 = 0; the leading denominator "
                        + "coefficient must be non-zero.");
            }
            double a0 = row[3];
            this.sections[s] = new double[] {row[0] / a0, row[1] / a0, row[2] / a0, 1, row[4] / a0, row[5] / a0};
            packed[5 * s] = this.sections[s][0];
            packed[5 * s + 1] = this.sections[s][1];
            packed[5 * s + 2] = this.sections[s][2];
            packed[5 * s + 3] = this.sections[s][4];
            packed[5 * s + 4] = this.sections[s][5];
        }
        this.description = description;
    }

    public int sectionCount() {
        return sections.length;
    }

    /** Returns a copy of the sections as rows {@code b0, b1, b2, 1, a1, a2}. */
    public double[][] sections() {
        double[][] copy = new double[sections.length][];
        for (int s = 0; s < sections.length; s++) {
            copy[s] = sections[s].clone();
        }
        return copy;
    }

    /** Returns the design description given at construction. */
    public String description() {
        return description;
    }

    /**
     * Returns the number of samples added at each edge by {@link #filtfilt}: three times the filter order
     * counted as SciPy's {@code sosfiltfilt} does, {@code 3 (2 sections + 1 - min(#b2 == 0, #a2 == 0))}.
     */
    public int padLength() {
        int zeroB2 = 0;
        int zeroA2 = 0;
        for (double[] row : sections) {
            zeroB2 += row[2] == 0 ? 1 : 0;
            zeroA2 += row[5] == 0 ? 1 : 0;
        }
        return 3 * (2 * sections.length + 1 - Math.min(zeroB2, zeroA2));
    }

    /**
     * Returns the steady-state initial conditions for a unit step input, {@code [section][z0, z1]}, as SciPy's
     * {@code sosfilt_zi}; multiplied by the first sample they start the filter without an edge transient.
     */
    public double[][] steadyStateInitialConditions() {
        double[][] conditions = new double[sections.length][2];
        double scale = 1;
        for (int s = 0; s < sections.length; s++) {
            double[] row = sections[s];
            double b0 = row[0];
            double b1 = row[1];
            double b2 = row[2];
            double a1 = row[4];
            double a2 = row[5];
            double z0 = (b1 + b2 - (a1 + a2) * b0) / (1 + a1 + a2);
            double z1 = b2 - a2 * b0 - a2 * z0;
            conditions[s][0] = scale * z0;
            conditions[s][1] = scale * z1;
            scale *= (b0 + b1 + b2) / (1 + a1 + a2);
        }
        return conditions;
    }

    /**
     * Filters forward and backward so the result has zero phase and squared magnitude response, matching
     * SciPy's {@code sosfiltfilt(sos, x)} with its defaults: odd extension by {@link #padLength()} samples at
     * each edge and steady-state initial conditions scaled by the first sample of each pass.
     *
     * @param signal input samples; not modified
     * @return a new array of the same length
     * @throws IllegalArgumentException if the signal is not longer than {@link #padLength()}
     */
    public double[] filtfilt(double[] signal) {
        return ForwardBackward.filter(this, signal);
    }

    /** Applies {@link #filtfilt} to each channel, in parallel; the input arrays are not modified. */
    public double[][] filtfiltChannels(double[][] channels) {
        return ForwardBackward.filterChannels(this, channels);
    }

    /**
     * Filters causally from a zero state, like SciPy's {@code sosfilt(sos, x)}.
     *
     * @param signal input samples; not modified
     * @return a new array of the same length
     */
    public double[] filter(double[] signal) {
        return causal().process(signal);
    }

    /** Applies {@link #filter} to each channel, in parallel; the input arrays are not modified. */
    public double[][] filterChannels(double[][] channels) {
        double[][] output = new double[channels.length][];
        IntStream.range(0, channels.length).parallel().forEach(c -> output[c] = filter(channels[c]));
        return output;
    }

    /** Returns a causal filter state starting from zero, to be fed block by block. */
    public CausalFilterState causal() {
        return new CausalFilterState(this, new double[2 * sections.length]);
    }

    /**
     * Returns a causal filter state in steady state for a constant input {@code initialValue}, so a signal
     * starting near that value causes no start-up transient.
     */
    public CausalFilterState causalSteadyState(double initialValue) {
        return new CausalFilterState(this, scaledInitialState(initialValue));
    }

    /** Returns the flattened steady-state state {@code z0, z1} per section for a constant input. */
    double[] scaledInitialState(double initialValue) {
        double[][] conditions = steadyStateInitialConditions();
        double[] state = new double[2 * sections.length];
        for (int s = 0; s < sections.length; s++) {
            state[2 * s] = conditions[s][0] * initialValue;
            state[2 * s + 1] = conditions[s][1] * initialValue;
        }
        return state;
    }

    double[] packedCoefficients() {
        return packed;
    }

    @Override
    public String toString() {
        return "SosFilter[" + description + ", " + sections.length + " sections]";
    }
}

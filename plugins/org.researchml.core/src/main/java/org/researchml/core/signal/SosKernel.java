package org.researchml.core.signal;

/**
 * Inner loops of second-order-section filtering, in transposed direct form II, in place on {@code double[]}.
 *
 * <p>Coefficients are packed as {@code b0, b1, b2, a1, a2} per section (a0 is 1). A state contains
 * {@code z0, z1} per section. Each output is {@code y = b0 x + z0}, then {@code z0 = b1 x - a1 y + z1}
 * and {@code z1 = b2 x - a2 y}, the same operations in the same order as SciPy's {@code sosfilt}.
 *
 * <p>The samples are processed in blocks that stay in the L1/L2 cache, one section at a time, so each
 * section keeps its state in registers. The four-channel variant interleaves four independent
 * recursions so the CPU can overlap their latency. Both variants do identical arithmetic per sample,
 * so results do not depend on which one ran or on the block size.
 */
final class SosKernel {

    /** Samples per block; 2048 doubles per channel keep four channels within 64 KiB. */
    private static final int BLOCK = 2048;

    private SosKernel() {
    }

    /** Filters {@code signal[from, to)} in place through all sections, reading and updating {@code state}. */
    static void filterInPlace(double[] packed, double[] signal, int from, int to, double[] state) {
        int sectionCount = packed.length / 5;
        for (int blockStart = from; blockStart < to; blockStart += BLOCK) {
            int blockEnd = Math.min(to, blockStart + BLOCK);
            int s = 0;
            for (; s + 1 < sectionCount; s += 2) {
                filterSectionPair(packed, s, signal, blockStart, blockEnd, state);
            }
            if (s < sectionCount) {
                filterSection(packed, s, signal, blockStart, blockEnd, state);
            }
        }
    }

    /** Filters {@code signal[from, to)} in place as if it were reversed: from index {@code to - 1} down to {@code from}. */
    static void filterInPlaceBackward(double[] packed, double[] signal, int from, int to, double[] state) {
        int sectionCount = packed.length / 5;
        for (int blockEnd = to; blockEnd > from; blockEnd -= BLOCK) {
            int blockStart = Math.max(from, blockEnd - BLOCK);
            for (int s = 0; s < sectionCount; s++) {
                filterSectionBackward(packed, s, signal, blockStart, blockEnd, state);
            }
        }
    }

    /** Filters the same range of four signals in place, each with its own state. */
    static void filterInPlace4(double[] packed, double[][] signals, int from, int to, double[][] states) {
        int sectionCount = packed.length / 5;
        for (int blockStart = from; blockStart < to; blockStart += BLOCK) {
            int blockEnd = Math.min(to, blockStart + BLOCK);
            for (int s = 0; s < sectionCount; s++) {
                filterSection4(packed, s, signals, blockStart, blockEnd, states, false);
            }
        }
    }

    /** Filters the same range of four signals in place from the end to the start, each with its own state. */
    static void filterInPlace4Backward(double[] packed, double[][] signals, int from, int to, double[][] states) {
        int sectionCount = packed.length / 5;
        for (int blockEnd = to; blockEnd > from; blockEnd -= BLOCK) {
            int blockStart = Math.max(from, blockEnd - BLOCK);
            for (int s = 0; s < sectionCount; s++) {
                filterSection4(packed, s, signals, blockStart, blockEnd, states, true);
            }
        }
    }

    private static void filterSection(double[] packed, int section, double[] x, int from, int to, double[] state) {
        int c = 5 * section;
        double b0 = packed[c];
        double b1 = packed[c + 1];
        double b2 = packed[c + 2];
        double a1 = packed[c + 3];
        double a2 = packed[c + 4];
        double z0 = state[2 * section];
        double z1 = state[2 * section + 1];
        for (int i = from; i < to; i++) {
            double in = x[i];
            double out = b0 * in + z0;
            z0 = b1 * in - a1 * out + z1;
            z1 = b2 * in - a2 * out;
            x[i] = out;
        }
        state[2 * section] = z0;
        state[2 * section + 1] = z1;
    }

    /**
     * Runs sections {@code first} and {@code first + 1} in one sample loop, so the CPU can overlap the second
     * section's recursion at sample n with the first section's at sample n + 1.
     */
    private static void filterSectionPair(double[] packed, int first, double[] x, int from, int to, double[] state) {
        int c = 5 * first;
        double b0 = packed[c];
        double b1 = packed[c + 1];
        double b2 = packed[c + 2];
        double a1 = packed[c + 3];
        double a2 = packed[c + 4];
        double d0 = packed[c + 5];
        double d1 = packed[c + 6];
        double d2 = packed[c + 7];
        double e1 = packed[c + 8];
        double e2 = packed[c + 9];
        int k = 2 * first;
        double z0 = state[k];
        double z1 = state[k + 1];
        double w0 = state[k + 2];
        double w1 = state[k + 3];
        for (int i = from; i < to; i++) {
            double in = x[i];
            double middle = b0 * in + z0;
            z0 = b1 * in - a1 * middle + z1;
            z1 = b2 * in - a2 * middle;
            double out = d0 * middle + w0;
            w0 = d1 * middle - e1 * out + w1;
            w1 = d2 * middle - e2 * out;
            x[i] = out;
        }
        state[k] = z0;
        state[k + 1] = z1;
        state[k + 2] = w0;
        state[k + 3] = w1;
    }

    private static void filterSectionBackward(double[] packed, int section, double[] x, int from, int to,
            double[] state) {
        int c = 5 * section;
        double b0 = packed[c];
        double b1 = packed[c + 1];
        double b2 = packed[c + 2];
        double a1 = packed[c + 3];
        double a2 = packed[c + 4];
        double z0 = state[2 * section];
        double z1 = state[2 * section + 1];
        for (int i = to - 1; i >= from; i--) {
            double in = x[i];
            double out = b0 * in + z0;
            z0 = b1 * in - a1 * out + z1;
            z1 = b2 * in - a2 * out;
            x[i] = out;
        }
        state[2 * section] = z0;
        state[2 * section + 1] = z1;
    }

    private static void filterSection4(double[] packed, int section, double[][] signals, int from, int to,
            double[][] states, boolean backward) {
        int c = 5 * section;
        double b0 = packed[c];
        double b1 = packed[c + 1];
        double b2 = packed[c + 2];
        double a1 = packed[c + 3];
        double a2 = packed[c + 4];
        double[] x0 = signals[0];
        double[] x1 = signals[1];
        double[] x2 = signals[2];
        double[] x3 = signals[3];
        int k = 2 * section;
        double z00 = states[0][k];
        double z01 = states[0][k + 1];
        double z10 = states[1][k];
        double z11 = states[1][k + 1];
        double z20 = states[2][k];
        double z21 = states[2][k + 1];
        double z30 = states[3][k];
        double z31 = states[3][k + 1];
        int first = backward ? to - 1 : from;
        int step = backward ? -1 : 1;
        for (int n = 0, i = first; n < to - from; n++, i += step) {
            double in0 = x0[i];
            double in1 = x1[i];
            double in2 = x2[i];
            double in3 = x3[i];
            double out0 = b0 * in0 + z00;
            double out1 = b0 * in1 + z10;
            double out2 = b0 * in2 + z20;
            double out3 = b0 * in3 + z30;
            z00 = b1 * in0 - a1 * out0 + z01;
            z10 = b1 * in1 - a1 * out1 + z11;
            z20 = b1 * in2 - a1 * out2 + z21;
            z30 = b1 * in3 - a1 * out3 + z31;
            z01 = b2 * in0 - a2 * out0;
            z11 = b2 * in1 - a2 * out1;
            z21 = b2 * in2 - a2 * out2;
            z31 = b2 * in3 - a2 * out3;
            x0[i] = out0;
            x1[i] = out1;
            x2[i] = out2;
            x3[i] = out3;
        }
        states[0][k] = z00;
        states[0][k + 1] = z01;
        states[1][k] = z10;
        states[1][k + 1] = z11;
        states[2][k] = z20;
        states[2][k + 1] = z21;
        states[3][k] = z30;
        states[3][k + 1] = z31;
    }
}

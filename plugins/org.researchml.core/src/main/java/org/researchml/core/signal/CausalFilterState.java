package org.researchml.core.signal;

/**
 * Running state of a causal {@link SosFilter}, for filtering a stream block by block (online detection).
 *
 * <p>Feeding a signal in blocks of any sizes gives exactly the output of one {@link SosFilter#filter} call
 * on the whole signal. An instance is not thread-safe; use one per channel and stream.
 */
public final class CausalFilterState {

    private final SosFilter filter;
    private final double[] state;
    private long samplesProcessed;

    CausalFilterState(SosFilter filter, double[] initialState) {
        this.filter = filter;
        this.state = initialState;
    }

    /** Filters the next block and returns the filtered samples in a new array; {@code block} is not modified. */
    public double[] process(double[] block) {
        double[] output = block.clone();
        processInPlace(output, 0, output.length);
        return output;
    }

    /** Filters {@code samples[from, to)} in place as the next block of the stream. */
    public void processInPlace(double[] samples, int from, int to) {
        if (from < 0 || to > samples.length || from > to) {
            throw new IndexOutOfBoundsException("Invalid block [" + from + ", " + to + ") for an array of "
                    + samples.length + " samples.");
        }
        SosKernel.filterInPlace(filter.packedCoefficients(), samples, from, to, state);
        samplesProcessed += to - from;
    }

    /** Returns how many samples this state has filtered since it was created. */
    public long samplesProcessed() {
        return samplesProcessed;
    }

    /** Returns a copy of the current state, {@code z0, z1} per section. */
    public double[] state() {
        return state.clone();
    }

    public SosFilter filter() {
        return filter;
    }
}

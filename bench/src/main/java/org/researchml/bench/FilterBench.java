package org.researchml.bench;

import java.util.Arrays;
import java.util.Random;
import org.researchml.core.signal.ButterworthDesign;
import org.researchml.core.signal.FilterSpec;
import org.researchml.core.signal.SosFilter;

/**
 * Times zero-phase Butterworth band-pass filtering of a large multichannel signal.
 *
 * <p>The workload matches {@code bench/python/filter_bench.py}: order-4 band-pass 1-40 Hz at 500 Hz, applied
 * with {@link SosFilter#filtfiltChannels} to 32 channels x 1,000,000 seeded standard-normal samples.
 */
public final class FilterBench {

    public static final int CHANNELS = 32;
    public static final int SAMPLES = 1_000_000;
    public static final double SAMPLING_RATE_HZ = 500;
    private static final long SEED = 42;

    private FilterBench() {
    }

    /** Runs the standard workload, {@value #CHANNELS} x {@value #SAMPLES} samples, and returns the median seconds. */
    public static double medianSeconds(int repeats) {
        return medianSeconds(CHANNELS, SAMPLES, repeats);
    }

    /**
     * Runs one warm-up and {@code repeats} timed zero-phase band-pass passes on seeded Gaussian noise.
     *
     * @return the median wall-clock time of the timed passes, in seconds
     */
    public static double medianSeconds(int channels, int samples, int repeats) {
        Random random = new Random(SEED);
        double[][] data = new double[channels][samples];
        for (double[] channel : data) {
            for (int i = 0; i < samples; i++) {
                channel[i] = random.nextGaussian();
            }
        }
        SosFilter filter = ButterworthDesign.design(FilterSpec.bandPass(4, 1, 40), SAMPLING_RATE_HZ);
        double checksum = sumOfMiddleSamples(filter.filtfiltChannels(data));

        double[] seconds = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            double[][] filtered = filter.filtfiltChannels(data);
            seconds[r] = (System.nanoTime() - start) / 1e9;
            checksum += filtered[r % channels][samples / 2];
        }
        if (Double.isNaN(checksum)) {
            throw new IllegalStateException("Filtering produced NaN.");
        }
        Arrays.sort(seconds);
        return seconds[repeats / 2];
    }

    private static double sumOfMiddleSamples(double[][] values) {
        double total = 0;
        for (double[] row : values) {
            total += row[row.length / 2];
        }
        return total;
    }

    /** Prints the median seconds; the optional argument sets the number of repeats (default 5). */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double median = medianSeconds(repeats);
        System.out.printf("java filtfiltChannels median seconds: %.3f (repeats=%d, %d x %d samples, %d cores)%n",
                median, repeats, CHANNELS, SAMPLES, Runtime.getRuntime().availableProcessors());
    }
}

package org.researchml.core.segmentation;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * Estimates the memory that U-Net training needs and rejects settings that cannot fit into this machine.
 *
 * <p>Without the check, a large patch or batch makes ND4J allocate native memory until the operating
 * system kills the process without a message. The estimate counts, per image of a minibatch and per
 * pixel of a level, the encoder's filters and 1.5 times as many again for the decoder and its skip
 * connections, in 4-byte floats. It multiplies that by 16 arrays of that size: the outputs of
 * convolution and batch normalization, with their cached and gradient copies.
 *
 * <p>NOTE: the factor 16 comes from one measurement (base 16, depth 4, 256 px patches, batch 4: about
 * 1.2 GiB above the idle process), so the estimate is rough. It is meant to catch settings that are
 * many times too large.
 */
final class TrainingMemory {

    /** Arrays of activation size held at once during a training step. */
    private static final double ARRAYS_PER_ACTIVATION = 16;
    /** Share of the physical memory that training may use. */
    private static final double USABLE_SHARE = 0.8;

    private TrainingMemory() {
    }

    /** Returns the estimated bytes of one training step's activations and gradients. */
    static double estimatedBytes(TrainingConfig config) {
        UNetArchitecture architecture = config.architecture();
        double channelsPerPixel = 0;
        for (int level = 0; level < architecture.depth(); level++) {
            channelsPerPixel += architecture.filters(level) / Math.pow(4, level);
        }
        double pixels = (double) config.patchSize() * config.patchSize() * config.batchSize();
        return pixels * channelsPerPixel * 2.5 * Float.BYTES * ARRAYS_PER_ACTIVATION;
    }

    /**
     * Rejects a configuration whose estimate exceeds {@value #USABLE_SHARE} of the physical memory.
     *
     * @throws IllegalArgumentException naming the patch size, batch size and both amounts
     */
    static void check(TrainingConfig config) {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        if (!(system instanceof com.sun.management.OperatingSystemMXBean memory)) {
            return;
        }
        check(config, memory.getTotalMemorySize());
    }

    /** Rejects a configuration whose estimate exceeds {@value #USABLE_SHARE} of the given physical memory. */
    static void check(TrainingConfig config, long physicalBytes) {
        double needed = estimatedBytes(config);
        if (needed > USABLE_SHARE * physicalBytes) {
            double gib = 1024.0 * 1024 * 1024;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Training on patches of %d px in batches of %d with %d base filters needs an estimated %.1f GiB,"
                            + " more than the %.1f GiB of memory of this machine. Use a smaller patch size or batch"
                            + " size; halving the patch size needs a quarter of the memory.",
                    config.patchSize(), config.batchSize(), config.architecture().baseFilters(), needed / gib,
                    physicalBytes / gib));
        }
    }
}

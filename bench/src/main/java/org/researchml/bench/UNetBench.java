package org.researchml.bench;

import java.util.Locale;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.researchml.core.segmentation.OneDnnSupport;
import org.researchml.core.segmentation.SegmentationLoss;
import org.researchml.core.segmentation.TileLayout;
import org.researchml.core.segmentation.UNetArchitecture;
import org.researchml.core.segmentation.UNetGraphFactory;

/**
 * Measures U-Net training-step time and inference throughput with DL4J, with and without the
 * oneDNN layer helpers.
 *
 * <p>Usage: {@code UNetBench [tileSize] [batchSize] [steps] [cases]}, defaults 256, 4, 3 and
 * {@code 16:on,16:off,64:on,64:off}. A case is {@code baseFilters:on|off} (oneDNN helpers). Each
 * case runs one warm-up step and then times {@code steps} training steps (random 1-channel tiles
 * and labels) and {@code steps} inference calls. The networks have depth 4 (16-32-64-128 for base
 * 16, 64-128-256-512 for base 64), batch normalization and transposed convolutions.
 */
public final class UNetBench {

    private UNetBench() {
    }

    public static void main(String[] args) {
        int tileSize = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String cases = args.length > 3 ? args[3] : "16:on,16:off,64:on,64:off";
        System.out.printf(Locale.ROOT, "U-Net benchmark: tiles 1x%dx%d, batch %d, %d timed steps, %d cores%n",
                tileSize, tileSize, batchSize, steps, Runtime.getRuntime().availableProcessors());
        for (String benchCase : cases.split(",")) {
            String[] parts = benchCase.split(":");
            run(UNetArchitecture.of(4, Integer.parseInt(parts[0])), "on".equals(parts[1]), tileSize, batchSize, steps);
        }
    }

    private static void run(UNetArchitecture architecture, boolean oneDnn, int tileSize, int batchSize, int steps) {
        System.setProperty(OneDnnSupport.HELPERS_DISABLED_PROPERTY, Boolean.toString(!oneDnn));
        ComputationGraph network = UNetGraphFactory.build(architecture, SegmentationLoss.CROSS_ENTROPY_PLUS_DICE,
                new FixedSchedule(1e-3), tileSize, 1);
        TileLayout layout = TileLayout.of(network);
        INDArray features = layout.fromChannelsFirst(Nd4j.rand(new long[] {batchSize, 1, tileSize, tileSize}));
        INDArray labels = Nd4j.rand(features.shape()).gt(0.8).castTo(features.dataType());
        MultiDataSet batch = new MultiDataSet(features, labels);

        network.fit(batch);
        long start = System.nanoTime();
        for (int step = 0; step < steps; step++) {
            network.fit(batch);
        }
        double stepSeconds = (System.nanoTime() - start) / 1e9 / steps;

        network.outputSingle(false, features);
        start = System.nanoTime();
        for (int step = 0; step < steps; step++) {
            network.outputSingle(false, features);
        }
        double inferenceSeconds = (System.nanoTime() - start) / 1e9 / steps;

        System.out.printf(Locale.ROOT,
                "base %3d filters, oneDNN %-5s (conv helpers %2d): training step %7.3f s, inference %6.2f tiles/s%n",
                architecture.baseFilters(), oneDnn, OneDnnSupport.countConvolutionHelpers(network), stepSeconds,
                batchSize / inferenceSeconds);
    }
}

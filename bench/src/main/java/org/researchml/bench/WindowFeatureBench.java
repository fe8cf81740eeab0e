package org.researchml.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.researchml.core.eeg.Recording;
import org.researchml.core.features.FeatureKind;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.FrequencyBand;
import org.researchml.core.features.WindowFeatureExtractor;
import org.researchml.core.features.WindowFeatureSettings;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/**
 * Times sliding-window feature extraction at step 1 sample on 64 channels x 20,000 samples of white noise at
 * 160 Hz with 1 s windows, the size of one EEGMMIDB run. Prints one line per feature set with the best of three runs.
 * Run with {@code java -cp researchml-bench.jar org.researchml.bench.WindowFeatureBench}.
 */
public final class WindowFeatureBench {

    private static final double RATE_HZ = 160;
    private static final int CHANNELS = 64;
    private static final int SAMPLES = 20_000;

    private WindowFeatureBench() {
    }

    public static void main(String[] args) throws CanceledException {
        Recording recording = noise();
        double step = 1 / RATE_HZ;
        List<FrequencyBand> bands = List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30));
        time(recording, "logvar+mean", new WindowFeatureSettings(1, step,
                List.of(FeatureKind.LOG_VARIANCE, FeatureKind.MEAN), List.of(), List.of()));
        time(recording, "lags 0, 0.1, 0.2 s", new WindowFeatureSettings(1, step,
                List.of(FeatureKind.LAGGED_SAMPLES), List.of(), List.of(0.0, 0.1, 0.2)));
        time(recording, "band power 8-12, 13-30 Hz", new WindowFeatureSettings(1, step,
                List.of(FeatureKind.BAND_POWER), bands, List.of()));
        time(recording, "all four kinds", new WindowFeatureSettings(1, step, List.of(FeatureKind.LOG_VARIANCE,
                FeatureKind.BAND_POWER, FeatureKind.MEAN, FeatureKind.LAGGED_SAMPLES), bands, List.of(0.0, 0.1)));
        time(recording, "band power, step 0.5 s", new WindowFeatureSettings(1, 0.5,
                List.of(FeatureKind.BAND_POWER), bands, List.of()));
    }

    private static Recording noise() {
        Random random = new Random(1);
        double[][] samples = new double[CHANNELS][SAMPLES];
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < CHANNELS; c++) {
            labels.add("E" + c);
            for (int i = 0; i < SAMPLES; i++) {
                samples[c][i] = 20 * random.nextGaussian();
            }
        }
        return Recording.of(labels, RATE_HZ, samples);
    }

    private static void time(Recording recording, String name, WindowFeatureSettings settings)
            throws CanceledException {
        long best = Long.MAX_VALUE;
        FeatureTable table = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            table = WindowFeatureExtractor.extract(recording, settings, null, ProgressListener.NONE);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-28s %6d windows x %5d features: %8.1f ms (best of 3, %d processors)%n", name,
                table.rowCount(), table.featureCount(), best / 1e6, Runtime.getRuntime().availableProcessors());
    }
}

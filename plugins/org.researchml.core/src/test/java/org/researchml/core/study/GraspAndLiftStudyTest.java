package org.researchml.core.study;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.progress.ProgressListener;

/**
 * Runs a whole study on grasp-and-lift CSV files written by the test: 32 channels at 500 Hz in which a 20 Hz rhythm
 * grows on eight channels while the event column {@code HandStart} is 1.
 */
class GraspAndLiftStudyTest {

    private static final double RATE_HZ = 500;
    private static final String[] EVENTS = {"HandStart", "FirstDigitTouch", "BothStartLoadPhase", "LiftOff",
            "Replace", "BothReleased"};

    @Test
    void eventColumnsDetectedEndToEnd(@TempDir Path folder) throws Exception {
        Path train = writeSeries(folder, "subj1_series1", 60, 1);
        Path test = writeSeries(folder, "subj1_series2", 40, 2);
        EegStudySettings settings = new EegStudySettings("*", true, 1, 40, 4, false, List.of("HandStart"), 0.5, 0.05,
                List.of(new double[] {15, 25}), 2, List.of("logistic", "lda"), false, 0.01, 0.25, 7);

        EegStudyResult result = EegEventStudy.run(settings, List.of(train), List.of(test), folder.resolve("out"),
                ProgressListener.NONE);

        var report = result.tests().get(0).report();
        assertTrue(report.rocAuc() > 0.85, "ROC AUC was " + report.rocAuc());
        assertTrue(report.hitRate() > 0.5, "hit rate was " + report.hitRate());
        assertTrue(Files.exists(folder.resolve("out/metrics.json")));
    }

    /** Writes a data and an events file; HandStart is 1 for 300 ms around an onset every 4 s. */
    private static Path writeSeries(Path folder, String prefix, int seconds, long seed) throws IOException {
        Random random = new Random(seed);
        int samples = (int) (seconds * RATE_HZ);
        Path data = folder.resolve(prefix + "_data.csv");
        Path events = folder.resolve(prefix + "_events.csv");
        try (BufferedWriter dataOut = Files.newBufferedWriter(data, StandardCharsets.US_ASCII);
                BufferedWriter eventsOut = Files.newBufferedWriter(events, StandardCharsets.US_ASCII)) {
            StringBuilder header = new StringBuilder("id");
            for (int c = 1; c <= 32; c++) {
                header.append(",Ch").append(c);
            }
            dataOut.write(header + "\n");
            eventsOut.write("id," + String.join(",", EVENTS) + "\n");
            for (int s = 0; s < samples; s++) {
                double t = s / RATE_HZ;
                double phase = t % 4.0;
                boolean event = phase >= 2.0 - 0.3 && phase < 2.0 + 0.3;
                StringBuilder row = new StringBuilder(prefix).append('_').append(s);
                for (int c = 0; c < 32; c++) {
                    double value = 10 * random.nextGaussian();
                    if (c < 8 && event) {
                        value += 25 * Math.sin(2 * Math.PI * 20 * t + c);
                    }
                    row.append(',').append(String.format(Locale.ROOT, "%.3f", value));
                }
                dataOut.write(row + "\n");
                eventsOut.write(prefix + "_" + s + "," + (event ? 1 : 0) + ",0,0,0,0,0\n");
            }
        }
        return data;
    }
}

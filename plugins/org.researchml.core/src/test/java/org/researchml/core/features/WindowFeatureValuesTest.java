package org.researchml.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/** Feature values on signals whose values are known in advance. */
class WindowFeatureValuesTest {

    private static final double RATE_HZ = 160;

    private static final List<FeatureKind> ALL_KINDS = List.of(FeatureKind.LOG_VARIANCE, FeatureKind.BAND_POWER,
            FeatureKind.MEAN, FeatureKind.LAGGED_SAMPLES);

    private static double[] sine(int length, double amplitude, double frequencyHz, double offset) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = offset + amplitude * Math.sin(2 * Math.PI * frequencyHz * i / RATE_HZ);
        }
        return values;
    }

    private static FeatureTable extract(Recording recording, WindowFeatureSettings settings, int[] labels)
            throws CanceledException {
        return WindowFeatureExtractor.extract(recording, settings, labels, ProgressListener.NONE);
    }

    @Test
    void sineGivesKnownValues() throws CanceledException {
        double amplitude = 10;
        Recording rec = Recording.of(List.of("C3."), RATE_HZ, new double[][] {sine(480, amplitude, 10, 3)});
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 0.5, ALL_KINDS,
                List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30)), List.of(0.0));

        FeatureTable table = extract(rec, settings, null);

        assertEquals(List.of("C3.:logvar", "C3.:power_8-12Hz", "C3.:power_13-30Hz", "C3.:mean", "C3.:lag_0.000s"),
                table.featureNames());
        assertEquals(5, table.rowCount());
        double halfSquare = amplitude * amplitude / 2;
        for (int w = 0; w < table.rowCount(); w++) {
            double[] row = table.rows()[w];
            assertEquals(Math.log(halfSquare), row[0], 1e-9, "logvar of window " + w);
            assertEquals(halfSquare, row[1], 1e-9, "power 8-12 Hz of window " + w);
            assertEquals(0, row[2], 1e-9, "power 13-30 Hz of window " + w);
            assertEquals(3, row[3], 1e-9, "mean of window " + w);
        }
    }

    @Test
    void matchesScipyPeriodogram() throws IOException, CanceledException {
        double[] signal = null;
        List<double[]> windows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("periodogram-reference.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",");
                if (fields[0].equals("signal")) {
                    signal = new double[fields.length - 1];
                    for (int i = 1; i < fields.length; i++) {
                        signal[i - 1] = Double.parseDouble(fields[i]);
                    }
                } else if (fields[0].equals("window")) {
                    double[] values = new double[fields.length - 1];
                    for (int i = 1; i < fields.length; i++) {
                        values[i - 1] = Double.parseDouble(fields[i]);
                    }
                    windows.add(values);
                }
            }
        }
        Recording rec = Recording.of(List.of("Cz."), RATE_HZ, new double[][] {signal});
        List<FrequencyBand> bands = List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30));
        List<FeatureKind> kinds = List.of(FeatureKind.LOG_VARIANCE, FeatureKind.BAND_POWER, FeatureKind.MEAN);
        // Window lengths 160 (Bluestein FFT) and 128 (radix-2 FFT), steps of half a window.
        FeatureTable bluestein = extract(rec, new WindowFeatureSettings(1, 0.5, kinds, bands, List.of()), null);
        FeatureTable radix2 = extract(rec, new WindowFeatureSettings(0.8, 0.4, kinds, bands, List.of()), null);

        int checked = 0;
        for (double[] expected : windows) {
            FeatureTable table = expected[0] == 160 ? bluestein : radix2;
            int row = -1;
            for (int w = 0; w < table.rowCount(); w++) {
                if (table.windowEndSample()[w] == (long) expected[1]) {
                    row = w;
                }
            }
            String where = "window of " + (int) expected[0] + " ending at " + (int) expected[1];
            assertEquals(expected[2], table.rows()[row][0], 1e-9, "logvar, " + where);
            assertEquals(expected[3], table.rows()[row][1], 1e-9, "power 8-12 Hz, " + where);
            assertEquals(expected[4], table.rows()[row][2], 1e-9, "power 13-30 Hz, " + where);
            assertEquals(expected[5], table.rows()[row][3], 1e-9, "mean, " + where);
            checked++;
        }
        assertEquals(5 + 6, checked);
    }

    @Test
    void stepOneMatchesDirectMoments() throws CanceledException {
        // A large offset tests that the running sums do not lose the variance to cancellation.
        int length = 5000;
        double[] signal = new double[length];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < length; i++) {
            signal[i] = 1e5 + 20 * Math.sin(i / 7.0) + random.nextGaussian();
        }
        Recording rec = Recording.of(List.of("C4."), RATE_HZ, new double[][] {signal});
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 1 / RATE_HZ,
                List.of(FeatureKind.LOG_VARIANCE, FeatureKind.MEAN), List.of(), List.of());

        FeatureTable table = extract(rec, settings, null);

        assertEquals(length - 160 + 1, table.rowCount());
        for (int w = 0; w < table.rowCount(); w++) {
            int end = (int) table.windowEndSample()[w];
            double mean = 0;
            for (int i = end - 160; i < end; i++) {
                mean += signal[i];
            }
            mean /= 160;
            double variance = 0;
            for (int i = end - 160; i < end; i++) {
                variance += (signal[i] - mean) * (signal[i] - mean);
            }
            variance /= 160;
            assertEquals(Math.log(variance), table.rows()[w][0], 1e-9, "logvar of window " + w);
            assertEquals(mean, table.rows()[w][1], 1e-7, "mean of window " + w);
        }
    }

    /** Computes the band power of one window by the definition, with a direct DFT. */
    private static double directBandPower(double[] signal, int end, int length, double rateHz, double lowHz,
            double highHz) {
        double mean = 0;
        for (int n = 0; n < length; n++) {
            mean += signal[end - length + n];
        }
        mean /= length;
        double sumOfSquares = 0;
        double[] tapered = new double[length];
        for (int n = 0; n < length; n++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / length);
            sumOfSquares += hann * hann;
            tapered[n] = (signal[end - length + n] - mean) * hann;
        }
        double power = 0;
        for (int k = 1; k < length / 2; k++) {
            double frequency = k * rateHz / length;
            if (frequency < lowHz || frequency > highHz) {
                continue;
            }
            double re = 0;
            double im = 0;
            for (int n = 0; n < length; n++) {
                re += tapered[n] * Math.cos(2 * Math.PI * k * n / length);
                im -= tapered[n] * Math.sin(2 * Math.PI * k * n / length);
            }
            power += 2 * (re * re + im * im) / (rateHz * sumOfSquares) * (rateHz / length);
        }
        return power;
    }

    @Test
    void stepOneMatchesDirectBandPower() throws CanceledException {
        // Step 1 slides the DFT, and a large offset and a chirp test that the sliding update stays exact.
        int length = 1200;
        double[] signal = new double[length];
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < length; i++) {
            double t = i / RATE_HZ;
            signal[i] = 5e4 + 8 * Math.sin(2 * Math.PI * (5 + 3 * t) * t) + random.nextGaussian();
        }
        Recording rec = Recording.of(List.of("C4."), RATE_HZ, new double[][] {signal});
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 1 / RATE_HZ, List.of(FeatureKind.BAND_POWER),
                List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30)), List.of());

        FeatureTable table = extract(rec, settings, null);

        assertEquals(length - 160 + 1, table.rowCount());
        for (int w = 0; w < table.rowCount(); w += 7) {
            int end = (int) table.windowEndSample()[w];
            double alpha = directBandPower(signal, end, 160, RATE_HZ, 8, 12);
            double beta = directBandPower(signal, end, 160, RATE_HZ, 13, 30);
            assertEquals(alpha, table.rows()[w][0], 1e-7 * (1 + alpha), "power 8-12 Hz of window " + w);
            assertEquals(beta, table.rows()[w][1], 1e-7 * (1 + beta), "power 13-30 Hz of window " + w);
        }
    }

    @Test
    void lagsPickSamplesBeforeWindowEnd() throws CanceledException {
        double[] ramp = new double[400];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i;
        }
        Recording rec = Recording.of(List.of("C3."), RATE_HZ, new double[][] {ramp});
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 1, List.of(FeatureKind.LAGGED_SAMPLES),
                List.of(), List.of(0.0, 0.1, 0.5));

        FeatureTable table = extract(rec, settings, null);

        assertEquals(List.of("C3.:lag_0.000s", "C3.:lag_0.100s", "C3.:lag_0.500s"), table.featureNames());
        assertArrayEquals(new double[] {159, 143, 79}, table.rows()[0], 0);
        assertArrayEquals(new double[] {319, 303, 239}, table.rows()[1], 0);
    }

    @Test
    void lagsInSamplesConvertExactly() throws CanceledException {
        double[] ramp = new double[400];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i;
        }
        Recording rec = Recording.of(List.of("C3."), RATE_HZ, new double[][] {ramp});
        List<Double> lags = WindowFeatureSettings.lagsSecondsFromSamples(new int[] {1, 7, 159}, RATE_HZ);
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 1, List.of(FeatureKind.LAGGED_SAMPLES),
                List.of(), lags);

        FeatureTable table = extract(rec, settings, null);

        assertEquals(List.of("C3.:lag_0.006s", "C3.:lag_0.044s", "C3.:lag_0.994s"), table.featureNames());
        assertArrayEquals(new double[] {158, 152, 0}, table.rows()[0], 0);
    }

    @Test
    void windowLabelIsLastSampleLabel() throws CanceledException {
        Recording rec = Recording.of(List.of("C3."), 10, new double[][] {sine(40, 1, 2, 0)});
        int[] sampleLabels = new int[40];
        sampleLabels[19] = 1;
        sampleLabels[20] = 1;
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 0.5, List.of(FeatureKind.MEAN), List.of(),
                List.of());

        FeatureTable table = extract(rec, settings, sampleLabels);

        assertArrayEquals(new long[] {10, 15, 20, 25, 30, 35, 40}, table.windowEndSample());
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 0, 0}, table.labels());
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3}, table.windowStartSeconds(), 1e-12);
        assertArrayEquals(new double[] {1, 1.5, 2, 2.5, 3, 3.5, 4}, table.windowEndSeconds(), 1e-12);
    }

    @Test
    void windowsSkipGaps() throws CanceledException {
        // 25 samples at 0-2.5 s, 15 samples at 10-11.5 s, with windows of 1 s (10 samples), step 0.5 s.
        double[][] samples = {sine(40, 1, 1, 0)};
        Recording rec = new Recording(List.of("C3."), List.of("uV"), 10, samples,
                List.of(new Segment(0, 2.5), new Segment(10, 1.5)), List.of(), null);
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 0.5, List.of(FeatureKind.MEAN), List.of(),
                List.of());

        FeatureTable table = extract(rec, settings, null);

        assertArrayEquals(new long[] {10, 15, 20, 25, 35, 40}, table.windowEndSample());
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 10, 10.5}, table.windowStartSeconds(), 1e-12);
        assertArrayEquals(new double[] {1, 1.5, 2, 2.5, 11, 11.5}, table.windowEndSeconds(), 1e-12);
    }

    @Test
    void columnsOrderedByChannel() throws CanceledException {
        double[][] samples = {sine(320, 1, 10, 1), sine(320, 2, 10, -1)};
        Recording rec = Recording.of(List.of("C3.", "C4."), RATE_HZ, samples);
        WindowFeatureSettings settings = new WindowFeatureSettings(1, 1,
                List.of(FeatureKind.MEAN, FeatureKind.LOG_VARIANCE), List.of(), List.of());

        FeatureTable table = extract(rec, settings, null);

        assertEquals(List.of("C3.:mean", "C3.:logvar", "C4.:mean", "C4.:logvar"), table.featureNames());
        assertEquals(1, table.rows()[1][0], 1e-9);
        assertEquals(Math.log(0.5), table.rows()[1][1], 1e-9);
        assertEquals(-1, table.rows()[1][2], 1e-9);
        assertEquals(Math.log(2), table.rows()[1][3], 1e-9);
    }

    @Test
    void flatChannelStaysFinite() throws CanceledException {
        Recording rec = Recording.of(List.of("C3."), RATE_HZ, new double[][] {new double[320]});

        FeatureTable table = extract(rec, WindowFeatureSettings.logVariance(1, 1), null);

        assertEquals(WindowFeatureExtractor.LOG_OF_ZERO_VARIANCE, table.rows()[0][0], 0);
    }
}

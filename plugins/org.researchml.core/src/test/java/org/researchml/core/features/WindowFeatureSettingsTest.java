package org.researchml.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

/** Rejected settings and inputs, progress and cancellation of window feature extraction. */
class WindowFeatureSettingsTest {

    private static final Recording ONE_SECOND = Recording.of(List.of("C3."), 160, new double[][] {new double[160]});

    private static String messageOf(Executable executable) {
        return assertThrows(IllegalArgumentException.class, executable).getMessage();
    }

    private static FeatureTable extract(Recording recording, WindowFeatureSettings settings) throws CanceledException {
        return WindowFeatureExtractor.extract(recording, settings, null, ProgressListener.NONE);
    }

    private static WindowFeatureSettings bandPower(double windowSeconds, FrequencyBand band) {
        return new WindowFeatureSettings(windowSeconds, 0.5, List.of(FeatureKind.BAND_POWER), List.of(band),
                List.of());
    }

    @Test
    void nonPositiveStepRejected() {
        assertEquals("stepSeconds must be a positive number of seconds, got 0.0. Use 1 / sampling rate for a step "
                + "of one sample.", messageOf(() -> WindowFeatureSettings.logVariance(1, 0)));
        assertEquals("stepSeconds must be a positive number of seconds, got -1.0. Use 1 / sampling rate for a "
                + "step of one sample.", messageOf(() -> WindowFeatureSettings.logVariance(1, -1)));
    }

    @Test
    void nonPositiveWindowRejected() {
        assertEquals("windowSeconds must be a positive number of seconds, got NaN.",
                messageOf(() -> WindowFeatureSettings.logVariance(Double.NaN, 1)));
    }

    @Test
    void missingKindsRejected() {
        assertEquals("No feature kinds given. Choose one or more of [LOG_VARIANCE, BAND_POWER, MEAN, "
                + "LAGGED_SAMPLES].", messageOf(() -> new WindowFeatureSettings(1, 1, List.of(), List.of(),
                        List.of())));
    }

    @Test
    void duplicateKindRejected() {
        assertEquals("Feature kinds [MEAN, MEAN] contain a duplicate; list each once.",
                messageOf(() -> new WindowFeatureSettings(1, 1, List.of(FeatureKind.MEAN, FeatureKind.MEAN),
                        List.of(), List.of())));
    }

    @Test
    void bandPowerWithoutBandsRejected() {
        assertEquals("BAND_POWER needs at least one frequency band in bands, for example 8-12 Hz and 13-30 Hz.",
                messageOf(() -> new WindowFeatureSettings(1, 1, List.of(FeatureKind.BAND_POWER), List.of(),
                        List.of())));
    }

    @Test
    void lagsWithoutValuesRejected() {
        assertEquals("LAGGED_SAMPLES needs at least one lag in lagsSeconds, for example 0 and 0.1 s.",
                messageOf(() -> new WindowFeatureSettings(1, 1, List.of(FeatureKind.LAGGED_SAMPLES), List.of(),
                        List.of())));
    }

    @Test
    void negativeLagRejected() {
        assertEquals("lagsSeconds must hold numbers of seconds >= 0, got -0.1.",
                messageOf(() -> new WindowFeatureSettings(1, 1, List.of(FeatureKind.LAGGED_SAMPLES), List.of(),
                        List.of(-0.1))));
    }

    @Test
    void invertedBandRejected() {
        assertEquals("Invalid frequency band 12.0-8.0 Hz: it needs 0 <= low < high, both finite, for example "
                + "8-12 Hz.", messageOf(() -> new FrequencyBand(12, 8)));
    }

    @Test
    void windowLongerThanRecordingRejected() {
        assertEquals("windowSeconds 2 s (320 samples) is longer than the recording (160 samples at 160 Hz). "
                + "Shorten windowSeconds.", messageOf(() -> extract(ONE_SECOND, WindowFeatureSettings.logVariance(2,
                        1))));
    }

    @Test
    void windowLongerThanSegmentsRejected() {
        Recording gapped = new Recording(List.of("C3."), List.of("uV"), 160, new double[1][320],
                List.of(new Segment(0, 1), new Segment(5, 1)), List.of(), null);

        assertEquals("windowSeconds 1.5 s (240 samples) is longer than every contiguous segment of the "
                + "discontinuous recording (longest 160 samples), and windows never span a gap. "
                + "Shorten windowSeconds.", messageOf(() -> extract(gapped, WindowFeatureSettings.logVariance(1.5,
                        1))));
    }

    @Test
    void stepBelowOneSampleRejected() {
        assertEquals("stepSeconds 0.001 s rounds to 0 samples at 160 Hz. Use at least one sample period, "
                + "0.00625 s.", messageOf(() -> extract(ONE_SECOND, WindowFeatureSettings.logVariance(1, 0.001))));
    }

    @Test
    void windowBelowTwoSamplesRejected() {
        assertEquals("windowSeconds 0.005 s gives 1 sample at 160 Hz, but at least 2 are needed. "
                + "Lengthen windowSeconds.", messageOf(() -> extract(ONE_SECOND,
                        WindowFeatureSettings.logVariance(0.005, 1))));
    }

    @Test
    void lagBeyondWindowRejected() {
        WindowFeatureSettings settings = new WindowFeatureSettings(0.5, 0.5, List.of(FeatureKind.LAGGED_SAMPLES),
                List.of(), List.of(0.5));

        assertEquals("lagsSeconds value 0.5 s (80 samples) reaches before the window start. Lags must be shorter "
                + "than windowSeconds (0.5 s).", messageOf(() -> extract(ONE_SECOND, settings)));
    }

    @Test
    void bandAboveNyquistRejected() {
        assertEquals("Band 70-90Hz in bands reaches above the Nyquist frequency 80 Hz of the recording (160 Hz). "
                + "Lower its upper edge.", messageOf(() -> extract(ONE_SECOND, bandPower(1,
                        new FrequencyBand(70, 90)))));
    }

    @Test
    void bandWithoutBinRejected() {
        assertEquals("Band 10.2-10.6Hz in bands contains no periodogram frequency: with windowSeconds 0.5 s the "
                + "frequencies are 2 Hz apart. Widen the band or lengthen windowSeconds.",
                messageOf(() -> extract(ONE_SECOND, bandPower(0.5, new FrequencyBand(10.2, 10.6)))));
    }

    @Test
    void duplicateLagRejected() {
        WindowFeatureSettings settings = new WindowFeatureSettings(0.5, 0.5, List.of(FeatureKind.LAGGED_SAMPLES),
                List.of(), List.of(0.1, 0.101));

        assertEquals("Feature name 'C3.:lag_0.100s' occurs twice. Give channels distinct labels and list each lag "
                + "once (lags are rounded to whole samples).", messageOf(() -> extract(ONE_SECOND, settings)));
    }

    @Test
    void highRateLagNamesDistinct() throws CanceledException {
        Recording fast = Recording.of(List.of("C3."), 2048, new double[1][2048]);
        WindowFeatureSettings settings = new WindowFeatureSettings(0.5, 0.5, List.of(FeatureKind.LAGGED_SAMPLES),
                List.of(), WindowFeatureSettings.lagsSecondsFromSamples(new int[] {1, 2}, 2048));

        assertEquals(List.of("C3.:lag_0.0005s", "C3.:lag_0.0010s"), extract(fast, settings).featureNames());
    }

    @Test
    void labelCountMismatchRejected() {
        assertEquals("Got 10 sample labels but the recording has 160 samples. Label the same recording the "
                + "features come from.", messageOf(() -> WindowFeatureExtractor.extract(ONE_SECOND,
                        WindowFeatureSettings.logVariance(0.5, 0.5), new int[10], ProgressListener.NONE)));
    }

    @Test
    void invalidLabelRejected() {
        int[] labels = new int[160];
        labels[7] = -1;

        assertEquals("Sample label at index 7 is -1, expected 0 (no event) or 1 (event).",
                messageOf(() -> WindowFeatureExtractor.extract(ONE_SECOND, WindowFeatureSettings.logVariance(0.5,
                        0.5), labels, ProgressListener.NONE)));
    }

    @Test
    void cancellationStopsExtraction() {
        Recording rec = Recording.of(List.of("C3.", "C4."), 160, new double[2][20000]);
        ProgressListener canceling = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };

        assertThrows(CanceledException.class, () -> WindowFeatureExtractor.extract(rec,
                WindowFeatureSettings.logVariance(1, 1 / 160.0), null, canceling));
    }

    @Test
    void progressReachesOne() throws CanceledException {
        Recording rec = Recording.of(List.of("C3.", "C4."), 160, new double[2][20000]);
        AtomicReference<Double> last = new AtomicReference<>(0.0);
        ProgressListener recording = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                assertTrue(fraction >= 0, "fraction " + fraction);
                assertTrue(fraction <= 1, "fraction " + fraction);
                last.set(fraction);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };

        WindowFeatureExtractor.extract(rec, WindowFeatureSettings.logVariance(1, 1 / 160.0), null, recording);

        assertEquals(1.0, last.get());
    }
}

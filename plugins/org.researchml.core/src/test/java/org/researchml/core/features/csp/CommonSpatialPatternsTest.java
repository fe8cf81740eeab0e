package org.researchml.core.features.csp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventInterval;
import org.researchml.core.events.EventLabeler;
import org.researchml.core.events.LabelMode;
import org.researchml.core.features.testing.MiniEdfDecoder;

class CommonSpatialPatternsTest {

    private static final int CHANNELS = 8;

    /** Unit direction along which the event class has extra variance. */
    private static final double[] DIRECTION = unit(new double[] {0.5, -1, 0.2, 0, 0.8, 0.1, -0.3, 0.4});

    private static double[] unit(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] / norm;
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static List<String> labels(int count) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            labels.add("E" + c);
        }
        return labels;
    }

    /** White noise on all channels plus, in every other block of 500 samples, a strong source along DIRECTION. */
    private static Recording synthetic(int[] labelsOut, long seed) {
        int sampleCount = labelsOut.length;
        Random random = new Random(seed);
        double[][] samples = new double[CHANNELS][sampleCount];
        for (int i = 0; i < sampleCount; i++) {
            labelsOut[i] = (i / 500) % 2;
            double source = labelsOut[i] == 1 ? 4 * random.nextGaussian() : 0;
            for (int c = 0; c < CHANNELS; c++) {
                samples[c][i] = random.nextGaussian() + source * DIRECTION[c];
            }
        }
        return Recording.of(labels(CHANNELS), 100, samples);
    }

    private static Recording commonAverageReferenced(Recording recording) {
        int channels = recording.channelCount();
        int samples = recording.sampleCount();
        double[][] referenced = new double[channels][samples];
        for (int i = 0; i < samples; i++) {
            double mean = 0;
            for (int c = 0; c < channels; c++) {
                mean += recording.channel(c)[i];
            }
            mean /= channels;
            for (int c = 0; c < channels; c++) {
                referenced[c][i] = recording.channel(c)[i] - mean;
            }
        }
        return recording.withSamples(recording.channelLabels(), recording.physicalUnits(), referenced);
    }

    private static double varianceOf(double[] values, int[] labels, int label) {
        double sum = 0;
        double sumOfSquares = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (labels[i] == label) {
                sum += values[i];
                sumOfSquares += values[i] * values[i];
                count++;
            }
        }
        double mean = sum / count;
        return sumOfSquares / count - mean * mean;
    }

    @Test
    void syntheticDirectionRecovered() {
        int[] labels = new int[20000];
        Recording rec = synthetic(labels, 11);

        CspModel model = CommonSpatialPatterns.fit(rec, labels, 2);

        assertEquals(4, model.filterCount());
        assertEquals(CHANNELS, model.usableDimensions());
        double[] firstFilter = model.filters()[0];
        double cosine = dot(firstFilter, DIRECTION) / Math.sqrt(dot(firstFilter, firstFilter));
        assertTrue(Math.abs(cosine) > 0.99, "filter 1 along the source direction, cosine " + cosine);
        double[] firstPattern = new double[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            firstPattern[c] = model.patterns()[c][0];
        }
        double patternCosine = dot(firstPattern, DIRECTION) / Math.sqrt(dot(firstPattern, firstPattern));
        assertTrue(Math.abs(patternCosine) > 0.99, "pattern 1 along the source direction, cosine " + patternCosine);
        double[] shares = model.classOneVarianceFractions();
        assertTrue(shares[0] > 0.9, "event share of filter 1: " + shares[0]);
        assertTrue(shares[3] < 0.6, "event share of filter 4: " + shares[3]);
    }

    @Test
    void applyGivesVirtualChannels() {
        int[] labels = new int[4000];
        Recording training = synthetic(labels, 5);
        int[] testLabels = new int[4000];
        Recording test = synthetic(testLabels, 6);
        CspModel model = CommonSpatialPatterns.fit(training, labels, 1);

        Recording virtual = model.apply(test);

        assertEquals(List.of("CSP1", "CSP2"), virtual.channelLabels());
        assertEquals(4000, virtual.sampleCount());
        double eventRatio = varianceOf(virtual.channel(0), testLabels, 1) / varianceOf(virtual.channel(0), testLabels,
                0);
        assertTrue(eventRatio > 5, "CSP1 variance ratio event/rest on unseen data: " + eventRatio);
        double[] filter = model.filters()[0];
        double expected = 0;
        for (int c = 0; c < CHANNELS; c++) {
            expected += filter[c] * test.channel(c)[123];
        }
        assertEquals(expected, virtual.channel(0)[123], 1e-12);
    }

    @Test
    void commonAverageReferenceOnEegmmidb() throws IOException {
        Recording rec = commonAverageReferenced(MiniEdfDecoder.readEegmmidb("S001R03.edf"));
        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);

        CspModel model = CommonSpatialPatterns.fit(rec, labels, 3);

        assertEquals(63, model.usableDimensions());
        assertEquals(6, model.filterCount());
        double[][] filters = model.filters();
        for (int j = 0; j < filters.length; j++) {
            double norm = Math.sqrt(dot(filters[j], filters[j]));
            double sum = 0;
            for (int c = 0; c < 64; c++) {
                assertTrue(Double.isFinite(filters[j][c]), "filter " + j + " channel " + c);
                assertTrue(Double.isFinite(model.patterns()[c][j]), "pattern " + j + " channel " + c);
                sum += filters[j][c];
            }
            // Cosine with the all-ones direction, which carries no signal after the reference.
            assertEquals(0, sum / (norm * Math.sqrt(64)), 1e-6, "filter " + j + " against all ones");
        }
        double[] shares = model.classOneVarianceFractions();
        for (int j = 1; j < shares.length; j++) {
            assertTrue(shares[j - 1] >= shares[j], "event shares sorted at " + j);
        }
        Recording virtual = model.apply(rec);
        for (int j = 0; j < virtual.channelCount(); j++) {
            double event = varianceOf(virtual.channel(j), labels, 1);
            double rest = varianceOf(virtual.channel(j), labels, 0);
            assertTrue(Double.isFinite(event), "CSP" + (j + 1) + " event variance finite");
            assertTrue(Double.isFinite(rest), "CSP" + (j + 1) + " rest variance finite");
            assertEquals(shares[j], event / (event + rest), 0.05, "event share of CSP" + (j + 1));
        }
        assertEquals("uV", virtual.physicalUnits().get(0));
    }

    @Test
    void windowsGiveSameFitAsLabels() {
        int[] labels = new int[4000];
        Recording rec = synthetic(labels, 8);
        List<EventInterval> rest = new ArrayList<>();
        List<EventInterval> events = new ArrayList<>();
        for (int start = 0; start < 4000; start += 500) {
            (labels[start] == 1 ? events : rest).add(new EventInterval(start, start + 500));
        }

        double[][] fromWindows = CommonSpatialPatterns.fitFromWindows(rec, rest, events, 1).filters();
        double[][] fromLabels = CommonSpatialPatterns.fit(rec, labels, 1).filters();

        for (int j = 0; j < 2; j++) {
            for (int c = 0; c < CHANNELS; c++) {
                assertEquals(fromLabels[j][c], fromWindows[j][c], 1e-9, "filter " + j + " channel " + c);
            }
        }
    }

    @Test
    void unusedSamplesLeftOut() {
        int[] labels = new int[4000];
        Recording rec = synthetic(labels, 8);
        int[] partial = labels.clone();
        for (int i = 0; i < 1000; i++) {
            partial[i] = CommonSpatialPatterns.UNUSED;
        }
        Recording shortened = Recording.of(rec.channelLabels(), 100, sliceFrom(rec.samples(), 1000));
        int[] shortenedLabels = java.util.Arrays.copyOfRange(labels, 1000, 4000);

        double[][] withUnused = CommonSpatialPatterns.fit(rec, partial, 1).filters();
        double[][] withoutSamples = CommonSpatialPatterns.fit(shortened, shortenedLabels, 1).filters();

        for (int c = 0; c < CHANNELS; c++) {
            assertEquals(withoutSamples[0][c], withUnused[0][c], 1e-9, "filter 1 channel " + c);
        }
    }

    private static double[][] sliceFrom(double[][] samples, int from) {
        double[][] slice = new double[samples.length][];
        for (int c = 0; c < samples.length; c++) {
            slice[c] = java.util.Arrays.copyOfRange(samples[c], from, samples[c].length);
        }
        return slice;
    }

    @Test
    void overlappingWindowsRejected() {
        Recording rec = synthetic(new int[1000], 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonSpatialPatterns.fitFromWindows(rec, List.of(new EventInterval(0, 100)),
                        List.of(new EventInterval(90, 200)), 1));

        assertEquals("Sample 90 lies in both a rest window and an event window. Make restWindows and eventWindows "
                + "disjoint.", e.getMessage());
    }

    @Test
    void invalidLabelRejected() {
        int[] labels = new int[1000];
        Recording rec = synthetic(labels, 1);
        labels[5] = 2;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonSpatialPatterns.fit(rec, labels, 1));

        assertEquals("Sample label at index 5 is 2, expected 0 (rest), 1 (event) or -1 (not used).",
                e.getMessage());
    }

    @Test
    void tooManyPairsRejected() throws IOException {
        Recording rec = commonAverageReferenced(MiniEdfDecoder.readEegmmidb("S001R03.edf"));
        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonSpatialPatterns.fit(rec, labels, 32));

        assertEquals("filterPairs 32 needs 64 usable directions, but the channel covariance has only 63 above the "
                + "relative tolerance 1.0E-9. Use filterPairs <= 31.", e.getMessage());
    }

    @Test
    void missingClassRejected() {
        int[] labels = new int[1000];
        Recording rec = synthetic(new int[1000], 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonSpatialPatterns.fit(rec, labels, 1));

        assertEquals("CSP needs at least 2 samples of each class, got 1000 labelled 0 (rest) and 0 labelled 1 "
                + "(event). Check the event labels.", e.getMessage());
    }

    @Test
    void labelCountMismatchRejected() {
        Recording rec = synthetic(new int[1000], 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonSpatialPatterns.fit(rec, new int[10], 1));

        assertEquals("Got 10 sample labels but the recording has 1000 samples. Give one label per sample.",
                e.getMessage());
    }

    @Test
    void missingChannelOnApplyRejected() {
        int[] labels = new int[2000];
        CspModel model = CommonSpatialPatterns.fit(synthetic(labels, 2), labels, 1);
        Recording other = Recording.of(List.of("E0", "E1"), 100, new double[2][10]);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.apply(other));

        assertEquals("The recording lacks channels [E2, E3, E4, E5, E6, E7] that the CSP filters were fitted on. "
                + "Its channels are [E0, E1].", e.getMessage());
    }

    @Test
    void zeroPairsRejected() {
        int[] labels = new int[1000];
        Recording rec = synthetic(labels, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonSpatialPatterns.fit(rec, labels, 0));

        assertEquals("filterPairs must be at least 1, got 0.", e.getMessage());
    }
}

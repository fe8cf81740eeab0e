package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SosFilterTest {

    private static final JsonNode REFERENCE = ScipyReference.load("butterworth_reference.json");
    private static final double TOLERANCE = 1e-9;

    private static double[] inputFor(JsonNode entry) {
        return ScipyReference.vector(REFERENCE.get("signals").get(entry.get("samplingRateHz").asText()));
    }

    @Test
    void filtfiltMatchesScipy() {
        int compared = 0;
        for (JsonNode entry : REFERENCE.get("designs")) {
            if (!entry.has("filtfilt")) {
                continue;
            }
            double[] expected = ScipyReference.vector(entry.get("filtfilt"));
            double error = ScipyReference.relativeError(expected, ButterworthDesignTest.designOf(entry)
                    .filtfilt(inputFor(entry)));
            assertTrue(error < TOLERANCE, ButterworthDesignTest.nameOf(entry) + ": relative error " + error);
            compared++;
        }
        assertEquals(35, compared, "cases with filtfilt reference");
    }

    @Test
    void filtfiltShortSignalsMatchScipy() {
        for (JsonNode entry : REFERENCE.get("designs")) {
            if (!entry.has("filtfilt")) {
                continue;
            }
            SosFilter filter = ButterworthDesignTest.designOf(entry);
            double[] input = inputFor(entry);
            for (String key : new String[] {"filtfiltShortest", "filtfiltShort"}) {
                double[] expected = ScipyReference.vector(entry.get(key));
                double[] actual = filter.filtfilt(java.util.Arrays.copyOf(input, expected.length));
                double error = ScipyReference.relativeError(expected, actual);
                assertTrue(error < TOLERANCE, ButterworthDesignTest.nameOf(entry) + " " + key + ": " + error);
            }
        }
    }

    @Test
    void causalFilterMatchesScipySosfilt() {
        int compared = 0;
        for (JsonNode entry : REFERENCE.get("designs")) {
            if (!entry.has("sosfilt")) {
                continue;
            }
            double[] expected = ScipyReference.vector(entry.get("sosfilt"));
            double error = ScipyReference.relativeError(expected,
                    ButterworthDesignTest.designOf(entry).filter(inputFor(entry)));
            assertTrue(error < TOLERANCE, ButterworthDesignTest.nameOf(entry) + ": relative error " + error);
            compared++;
        }
        assertEquals(9, compared, "cases with sosfilt reference");
    }

    @Test
    void steadyStateMatchesScipySosfiltZi() {
        for (JsonNode entry : REFERENCE.get("designs")) {
            if (!entry.has("sosfiltZi")) {
                continue;
            }
            double[][] expected = ScipyReference.matrix(entry.get("sosfiltZi"));
            double[][] actual = ButterworthDesignTest.designOf(entry).steadyStateInitialConditions();
            for (int s = 0; s < expected.length; s++) {
                for (int k = 0; k < 2; k++) {
                    assertEquals(expected[s][k], actual[s][k], 1e-10 * Math.max(1, Math.abs(expected[s][k])),
                            ButterworthDesignTest.nameOf(entry) + ": section " + s + " state " + k);
                }
            }
        }
    }

    @Test
    void signalAtPadLengthRejected() {
        SosFilter filter = ButterworthDesign.design(FilterSpec.bandPass(4, 1, 40), 500);
        assertEquals(27, filter.padLength());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> filter.filtfilt(new double[27]));
        assertEquals("The signal has 27 samples, but zero-phase filtering with this filter pads each edge with "
                + "27 samples and needs at least 28 samples. Use a longer signal, a lower filter order or causal "
                + "filtering.", e.getMessage());
    }

    @Test
    void shortChannelRejectedByIndex() {
        SosFilter filter = ButterworthDesign.design(FilterSpec.lowPass(2, 10), 100);
        double[][] channels = {new double[100], new double[5]};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> filter.filtfiltChannels(channels));
        assertTrue(e.getMessage().startsWith("Channel 1 has 5 samples"), e.getMessage());
    }

    @Test
    void channelsEqualSingleChannelResults() {
        SosFilter filter = ButterworthDesign.design(FilterSpec.bandPass(4, 1, 40), 500);
        Random random = new Random(7);
        double[][] channels = new double[11][5000];
        for (double[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = random.nextGaussian() + 3;
            }
        }
        double[][] copy = new double[11][];
        for (int c = 0; c < channels.length; c++) {
            copy[c] = channels[c].clone();
        }
        double[][] together = filter.filtfiltChannels(channels);
        double[][] causal = filter.filterChannels(channels);
        for (int c = 0; c < channels.length; c++) {
            assertArrayEquals(filter.filtfilt(channels[c]), together[c], "zero-phase channel " + c);
            assertArrayEquals(filter.filter(channels[c]), causal[c], "causal channel " + c);
            assertArrayEquals(copy[c], channels[c], "input channel " + c + " unchanged");
        }
    }

    @Test
    void sectionWithZeroA0Rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SosFilter(new double[][] {{1, 0, 0, 0, 0, 0}}, "test"));
        assertTrue(e.getMessage().startsWith("SOS section 0 has a0 = 0"), e.getMessage());
    }

    @Test
    void sectionsNormalizedByA0() {
        SosFilter filter = new SosFilter(new double[][] {{2, 4, 6, 2, 1, 0.5}}, "test");
        assertArrayEquals(new double[] {1, 2, 3, 1, 0.5, 0.25}, filter.sections()[0]);
    }
}

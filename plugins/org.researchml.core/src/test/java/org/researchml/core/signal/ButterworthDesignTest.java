package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ButterworthDesignTest {

    private static final JsonNode REFERENCE = ScipyReference.load("butterworth_reference.json");

    static FilterType typeOf(String scipyName) {
        return switch (scipyName) {
            case "lowpass" -> FilterType.LOW_PASS;
            case "highpass" -> FilterType.HIGH_PASS;
            case "bandpass" -> FilterType.BAND_PASS;
            case "bandstop" -> FilterType.BAND_STOP;
            default -> throw new IllegalArgumentException(scipyName);
        };
    }

    static SosFilter designOf(JsonNode entry) {
        return ButterworthDesign.design(typeOf(entry.get("type").asText()), entry.get("order").asInt(),
                ScipyReference.vector(entry.get("cutoffsHz")), entry.get("samplingRateHz").asDouble());
    }

    static String nameOf(JsonNode entry) {
        return String.format(Locale.ROOT, "%s order %d %s at %s Hz", entry.get("type").asText(),
                entry.get("order").asInt(), entry.get("cutoffsHz"), entry.get("samplingRateHz"));
    }

    @Test
    void sectionsMatchScipyButter() {
        for (JsonNode entry : REFERENCE.get("designs")) {
            double[][] expected = ScipyReference.matrix(entry.get("sos"));
            double[][] actual = designOf(entry).sections();
            assertEquals(expected.length, actual.length, nameOf(entry) + ": section count");
            for (int s = 0; s < expected.length; s++) {
                for (int k = 0; k < 6; k++) {
                    double tolerance = 1e-12 * Math.max(1, Math.abs(expected[s][k]));
                    assertEquals(expected[s][k], actual[s][k], tolerance,
                            nameOf(entry) + ": section " + s + " coefficient " + k);
                }
            }
        }
    }

    @Test
    void padLengthMatchesScipy() {
        for (JsonNode entry : REFERENCE.get("designs")) {
            assertEquals(entry.get("padlen").asInt(), designOf(entry).padLength(), nameOf(entry));
        }
    }

    @Test
    void lowPassHasUnitGainAtDc() {
        SosFilter filter = ButterworthDesign.design(FilterType.LOW_PASS, 5, new double[] {20}, 250);
        double gain = 1;
        for (double[] row : filter.sections()) {
            gain *= (row[0] + row[1] + row[2]) / (row[3] + row[4] + row[5]);
        }
        assertEquals(1.0, gain, 1e-12);
    }

    @Test
    void descriptionNamesSettings() {
        SosFilter filter = ButterworthDesign.design(FilterSpec.bandPass(4, 1, 40), 500);
        assertEquals("order-4 Butterworth band-pass 1-40 Hz at 500 Hz", filter.description());
    }

    @Test
    void cutoffAtNyquistRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.LOW_PASS, 4, new double[] {80}, 160));
        assertTrue(e.getMessage().contains("at or above the Nyquist frequency 80.0 Hz"), e.getMessage());
        assertTrue(e.getMessage().contains("choose a cut-off below 80.0 Hz"), e.getMessage());
    }

    @Test
    void cutoffAboveNyquistRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.BAND_PASS, 4, new double[] {1, 300}, 500));
        assertTrue(e.getMessage().startsWith("Cut-off 300.0 Hz of the band-pass filter"), e.getMessage());
    }

    @Test
    void lowNotBelowHighRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.BAND_STOP, 2, new double[] {52, 48}, 500));
        assertEquals("Low cut-off 52.0 Hz of the band-stop filter must be below the high cut-off 48.0 Hz.",
                e.getMessage());
    }

    @Test
    void orderBelowOneRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.HIGH_PASS, 0, new double[] {1}, 500));
        assertEquals("Filter order 0 is invalid; use an order from 1 to 32.", e.getMessage());
    }

    @Test
    void wrongCutoffCountRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.BAND_PASS, 4, new double[] {10}, 500));
        assertEquals("A band-pass filter needs 2 cut-off frequencies {low, high} in Hz, got [10.0].",
                e.getMessage());
    }

    @Test
    void nonPositiveCutoffRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.HIGH_PASS, 2, new double[] {0}, 500));
        assertTrue(e.getMessage().contains("cut-offs must be above 0 Hz"), e.getMessage());
    }

    @Test
    void invalidSamplingRateRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design(FilterType.LOW_PASS, 2, new double[] {10}, -1));
        assertEquals("Sampling rate -1.0 Hz is invalid; it must be a positive finite number.", e.getMessage());
    }

    @Test
    void missingSpecRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterworthDesign.design((FilterSpec) null, 500));
        assertEquals("Filter settings are missing; give a FilterSpec such as FilterSpec.bandPass(4, 1, 40).",
                e.getMessage());
    }
}

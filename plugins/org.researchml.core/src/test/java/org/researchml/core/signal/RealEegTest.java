package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.researchml.core.DataDirectory;
import org.researchml.core.eeg.Recording;

/** Checks the recording operations on PhysioNet EEGMMIDB run S001R03 (64 channels, 160 Hz, 125 s) against SciPy. */
class RealEegTest {

    private static final JsonNode REFERENCE = ScipyReference.load("real_eeg_reference.json");
    private static final List<String> CHANNELS = List.of("C3..", "Cz..");
    private static Recording recording;

    @BeforeAll
    static void readRecording() throws IOException {
        recording = EdfTestReader.read(DataDirectory.require(null).resolve("eeg/eegmmidb-S001/S001R03.edf"));
    }

    private static double[] everyStep(double[] values) {
        int step = REFERENCE.get("step").asInt();
        double[] picked = new double[(values.length + step - 1) / step];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = values[i * step];
        }
        return picked;
    }

    private static void assertMatches(String key, Recording result, double tolerance) {
        for (String label : CHANNELS) {
            double[] expected = ScipyReference.vector(REFERENCE.get("channels").get(label).get(key));
            double[] actual = everyStep(result.channel(result.indexOfChannel(label)));
            double error = ScipyReference.relativeError(expected, actual);
            assertTrue(error < tolerance, key + " " + label + ": relative error " + error);
        }
    }

    @Test
    void rawSamplesMatchReference() {
        assertEquals(64, recording.channelCount());
        assertEquals(160.0, recording.samplingRateHz());
        assertEquals(20000, recording.sampleCount());
        assertMatches("raw", recording, 1e-15);
    }

    @Test
    void bandPassMatchesScipy() {
        Recording filtered = RecordingFilter.apply(recording, FilterSpec.bandPass(4, 1, 40), null, true);
        assertMatches("bandPass", filtered, 1e-9);
    }

    @Test
    void bandStopMatchesScipy() {
        Recording filtered = RecordingFilter.apply(recording, FilterSpec.bandStop(2, 58, 62), CHANNELS, true);
        assertMatches("bandStop", filtered, 1e-9);
    }

    @Test
    void resampleMatchesScipy() {
        Recording resampled = Resampler.resample(ChannelSelection.byLabels(recording, CHANNELS), 25, 8);
        assertEquals(500.0, resampled.samplingRateHz());
        assertEquals(62500, resampled.sampleCount());
        assertMatches("resampled", resampled, 1e-13);
    }

    @Test
    void commonAverageSumsToZero() {
        Recording referenced = Rereference.commonAverage(recording);
        for (int i = 0; i < referenced.sampleCount(); i += 997) {
            double sum = 0;
            for (int c = 0; c < referenced.channelCount(); c++) {
                sum += referenced.channel(c)[i];
            }
            assertEquals(0, sum, 1e-9, "sample " + i);
        }
    }
}

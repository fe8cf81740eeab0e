package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

class ResamplerTest {

    private static final List<String> LABELS = List.of("C3", "C4");

    @Test
    void channelsMatchArrayResampler() {
        Recording recording = TestRecordings.sines(LABELS, 160, 1000);
        double[][] before = TestRecordings.deepCopy(recording.samples());
        Recording resampled = Resampler.resample(recording, 25, 8);
        assertEquals(500.0, resampled.samplingRateHz());
        assertEquals(3125, resampled.sampleCount());
        PolyphaseResampler resampler = new PolyphaseResampler(25, 8);
        for (int c = 0; c < LABELS.size(); c++) {
            assertArrayEquals(resampler.resample(before[c]), resampled.channel(c), "channel " + c);
            assertArrayEquals(before[c], recording.channel(c), "input channel " + c);
        }
    }

    @Test
    void sineKeepsShapeAfterDownsampling() {
        Recording recording = TestRecordings.sines(LABELS, 500, 5000);
        Recording resampled = Resampler.resample(recording, 1, 4);
        double[] c3 = resampled.channel(0);
        // A Kaiser window with beta 5 leaves a pass-band ripple of about 0.2 %, so the tolerance is 3e-3.
        for (int k = 100; k < c3.length - 100; k++) {
            assertEquals(Math.sin(2 * Math.PI * 5 * k / 125.0), c3[k], 3e-3, "sample " + k);
        }
    }

    @Test
    void eventsAndAnnotationsKept() {
        Recording continuous = TestRecordings.sines(LABELS, 160, 320);
        byte[] events = new byte[320];
        events[3] = 1;
        Arrays.fill(events, 100, 110, (byte) 1);
        Recording recording = TestRecordings.withExtras(continuous, List.of(), events);
        Recording resampled = Resampler.resample(recording, 1, 16);

        byte[] column = resampled.eventColumns().column("HandStart");
        assertEquals(20, column.length);
        byte[] expected = new byte[20];
        expected[0] = 1;
        expected[6] = 1;
        expected[7] = 1;
        assertArrayEquals(expected, column);
        assertEquals(recording.annotations(), resampled.annotations());
        assertEquals(10.0, resampled.samplingRateHz());
    }

    @Test
    void upsampledEventsCoverNearestSamples() {
        Recording continuous = TestRecordings.sines(LABELS, 100, 10);
        byte[] events = new byte[10];
        events[4] = 1;
        Recording resampled = Resampler.resample(TestRecordings.withExtras(continuous, List.of(), events), 3, 1);
        byte[] expected = new byte[30];
        expected[11] = 1;
        expected[12] = 1;
        expected[13] = 1;
        assertArrayEquals(expected, resampled.eventColumns().column("HandStart"));
    }

    @Test
    void segmentsResampledSeparately() {
        Recording continuous = TestRecordings.sines(LABELS, 100, 300);
        List<Segment> segments = List.of(new Segment(0, 1), new Segment(7, 2));
        Recording recording = TestRecordings.withExtras(continuous, segments, new byte[300]);
        Recording resampled = Resampler.resample(recording, 1, 2);

        PolyphaseResampler resampler = new PolyphaseResampler(1, 2);
        double[] first = resampler.resample(Arrays.copyOfRange(recording.channel(1), 0, 100));
        double[] second = resampler.resample(Arrays.copyOfRange(recording.channel(1), 100, 300));
        double[] expected = new double[150];
        System.arraycopy(first, 0, expected, 0, 50);
        System.arraycopy(second, 0, expected, 50, 100);
        assertArrayEquals(expected, resampled.channel(1));
        assertEquals(segments, resampled.segments());
        assertEquals(7.0, resampled.timeOfSample(50), 1e-12);
    }

    @Test
    void zeroFactorRejected() {
        Recording recording = TestRecordings.sines(LABELS, 100, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(recording, 2, 0));
        assertEquals("Resampling factors must be at least 1, got up = 2 and down = 0.", e.getMessage());
    }

    @Test
    void shortEventColumnRejected() {
        Recording continuous = TestRecordings.sines(LABELS, 100, 10);
        Recording recording = TestRecordings.withExtras(continuous, List.of(), new byte[8]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(recording, 1, 2));
        assertEquals("Event column 'HandStart' has 8 values but the recording has 10 samples; each event column "
                + "needs one value per sample.", e.getMessage());
    }
}

package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

class RecordingFilterTest {

    private static final List<String> LABELS = List.of("Fp1", "C3", "Cz", "C4");

    @Test
    void chosenChannelsFilteredOthersCopied() {
        Recording recording = TestRecordings.sines(LABELS, 160, 1000);
        double[][] before = TestRecordings.deepCopy(recording.samples());
        FilterSpec spec = FilterSpec.highPass(4, 1);
        Recording filtered = RecordingFilter.apply(recording, spec, List.of("C3", "C4"), true);

        SosFilter filter = ButterworthDesign.design(spec, 160);
        assertArrayEquals(filter.filtfilt(before[1]), filtered.channel(1), "C3");
        assertArrayEquals(filter.filtfilt(before[3]), filtered.channel(3), "C4");
        assertArrayEquals(before[0], filtered.channel(0), "Fp1 unchanged");
        assertNotSame(recording.channel(0), filtered.channel(0), "Fp1 copied");
        for (int c = 0; c < LABELS.size(); c++) {
            assertArrayEquals(before[c], recording.channel(c), "input channel " + c);
        }
    }

    @Test
    void emptyListFiltersAllCausally() {
        Recording recording = TestRecordings.sines(LABELS, 250, 600);
        FilterSpec spec = FilterSpec.lowPass(2, 30);
        Recording filtered = RecordingFilter.apply(recording, spec, List.of(), false);
        SosFilter filter = ButterworthDesign.design(spec, 250);
        for (int c = 0; c < LABELS.size(); c++) {
            assertArrayEquals(filter.filter(recording.channel(c)), filtered.channel(c), "channel " + c);
        }
    }

    @Test
    void highPassRemovesOffset() {
        Recording recording = TestRecordings.sines(LABELS, 160, 4000);
        Recording filtered = RecordingFilter.apply(recording, FilterSpec.highPass(2, 1), null, true);
        double[] c4 = filtered.channel(3);
        double mean = Arrays.stream(c4, 500, 3500).average().orElseThrow();
        assertEquals(0, mean, 0.05, "offset of 30 removed");
    }

    @Test
    void segmentsFilteredSeparately() {
        Recording continuous = TestRecordings.sines(LABELS, 100, 600);
        List<Segment> segments = List.of(new Segment(0, 2), new Segment(10, 4));
        Recording recording = TestRecordings.withExtras(continuous, segments, new byte[600]);
        FilterSpec spec = FilterSpec.bandStop(2, 45, 49);
        Recording filtered = RecordingFilter.apply(recording, spec, List.of("Cz"), true);

        SosFilter filter = ButterworthDesign.design(spec, 100);
        double[] cz = recording.channel(2);
        double[] expected = new double[600];
        System.arraycopy(filter.filtfilt(Arrays.copyOfRange(cz, 0, 200)), 0, expected, 0, 200);
        System.arraycopy(filter.filtfilt(Arrays.copyOfRange(cz, 200, 600)), 0, expected, 200, 400);
        assertArrayEquals(expected, filtered.channel(2));
        assertEquals(recording.segments(), filtered.segments());
        assertEquals(recording.annotations(), filtered.annotations());
        assertSame(recording.eventColumns(), filtered.eventColumns());
    }

    @Test
    void unknownChannelRejected() {
        Recording recording = TestRecordings.sines(LABELS, 160, 1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordingFilter.apply(recording, FilterSpec.lowPass(4, 30), List.of("O1"), true));
        assertEquals("Channel 'O1' for the filter not found. Available channels: [Fp1, C3, Cz, C4]", e.getMessage());
    }

    @Test
    void shortSegmentRejected() {
        Recording continuous = TestRecordings.sines(LABELS, 100, 300);
        List<Segment> segments = List.of(new Segment(0, 2.9), new Segment(5, 0.1));
        Recording recording = TestRecordings.withExtras(continuous, segments, new byte[300]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordingFilter.apply(recording, FilterSpec.lowPass(4, 30), null, true));
        assertTrue(e.getMessage().startsWith("Segment 2 of 2 has 10 samples, but zero-phase filtering with "
                + "order-4 Butterworth low-pass 30 Hz at 100 Hz needs at least 16 samples."), e.getMessage());
    }

    @Test
    void cutoffAboveNyquistRejected() {
        Recording recording = TestRecordings.sines(LABELS, 160, 1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordingFilter.apply(recording, FilterSpec.lowPass(4, 100), null, true));
        assertTrue(e.getMessage().contains("at or above the Nyquist frequency 80.0 Hz"), e.getMessage());
    }
}

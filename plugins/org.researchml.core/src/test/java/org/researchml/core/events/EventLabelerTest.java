package org.researchml.core.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;
import org.researchml.core.features.testing.MiniEdfDecoder;

class EventLabelerTest {

    private static Recording recording(double rateHz, int sampleCount, List<Segment> segments,
            List<Annotation> annotations, EventColumns events) {
        double[][] samples = new double[1][sampleCount];
        return new Recording(List.of("C3."), List.of("uV"), rateHz, samples, segments, annotations, events);
    }

    private static int[] onesAt(int length, int from, int to) {
        int[] labels = new int[length];
        for (int i = from; i < to; i++) {
            labels[i] = 1;
        }
        return labels;
    }

    @Test
    void intervalMarksAnnotatedSamples() {
        Recording rec = recording(10, 100, List.of(),
                List.of(new Annotation(0, 1, "T0"), new Annotation(1.0, 0.5, "T1"), new Annotation(4.2, 0.3, "T2")),
                null);

        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);

        int[] expected = onesAt(100, 10, 15);
        for (int i = 42; i < 45; i++) {
            expected[i] = 1;
        }
        assertArrayEquals(expected, labels);
    }

    @Test
    void intervalMarksPointAnnotationOnce() {
        Recording rec = recording(10, 50, List.of(), List.of(new Annotation(2.05, 0, "stim")), null);

        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("stim"), LabelMode.INTERVAL, 0);

        assertArrayEquals(onesAt(50, 21, 22), labels);
    }

    @Test
    void aroundOnsetMarksMarginBothSides() {
        Recording rec = recording(10, 100, List.of(), List.of(new Annotation(2.0, 4.0, "T1")), null);

        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1"), LabelMode.AROUND_ONSET, 300);

        assertArrayEquals(onesAt(100, 17, 23), labels);
    }

    @Test
    void aroundOnsetClipsAtRecordingStart() {
        Recording rec = recording(10, 30, List.of(), List.of(new Annotation(0.1, 1.0, "T1")), null);

        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1"), LabelMode.AROUND_ONSET, 300);

        assertArrayEquals(onesAt(30, 0, 4), labels);
    }

    @Test
    void gapsShiftAnnotatedSamples() {
        // 50 samples cover 0-5 s, the next 50 cover 10-15 s.
        List<Segment> segments = List.of(new Segment(0, 5), new Segment(10, 5));
        Recording rec = recording(10, 100, segments,
                List.of(new Annotation(6.0, 1.0, "T1"), new Annotation(11.0, 1.0, "T1"), new Annotation(4.5, 6.0,
                        "T2")), null);

        int[] inGap = EventLabeler.fromAnnotations(rec, Set.of("T1"), LabelMode.INTERVAL, 0);
        int[] acrossGap = EventLabeler.fromAnnotations(rec, Set.of("T2"), LabelMode.INTERVAL, 0);

        assertArrayEquals(onesAt(100, 60, 70), inGap);
        assertArrayEquals(onesAt(100, 45, 55), acrossGap);
    }

    @Test
    void unknownTextListsAvailable() {
        Recording rec = recording(10, 100, List.of(), List.of(new Annotation(0, 1, "T0"), new Annotation(1, 1, "T1")),
                null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLabeler.fromAnnotations(rec, Set.of("T3"), LabelMode.INTERVAL, 0));

        assertEquals("Annotation text 'T3' does not occur in the recording. Available texts: [T0, T1].",
                e.getMessage());
    }

    @Test
    void emptyTextsRejected() {
        Recording rec = recording(10, 100, List.of(), List.of(new Annotation(0, 1, "T0")), null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLabeler.fromAnnotations(rec, Set.of(), LabelMode.INTERVAL, 0));

        assertEquals("No event annotation texts given. Choose one or more of [T0].", e.getMessage());
    }

    @Test
    void nonPositiveMarginRejected() {
        Recording rec = recording(10, 100, List.of(), List.of(new Annotation(0, 1, "T1")), null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLabeler.fromAnnotations(rec, Set.of("T1"), LabelMode.AROUND_ONSET, 0));

        assertTrue(e.getMessage().startsWith("aroundOnsetMillis must be a positive number of milliseconds"),
                e.getMessage());
    }

    @Test
    void columnsIntervalCombinesChosen() {
        byte[] handStart = new byte[20];
        byte[] grasp = new byte[20];
        byte[] release = new byte[20];
        handStart[2] = 1;
        handStart[3] = 1;
        grasp[10] = 1;
        release[15] = 1;
        EventColumns events = new EventColumns(List.of("HandStart", "Grasp", "Release"),
                new byte[][] {handStart, grasp, release});
        Recording rec = recording(500, 20, List.of(), List.of(), events);

        int[] labels = EventLabeler.fromEventColumns(rec, List.of("HandStart", "Grasp"), LabelMode.INTERVAL, 0);

        int[] expected = onesAt(20, 2, 4);
        expected[10] = 1;
        assertArrayEquals(expected, labels);
    }

    @Test
    void columnsAroundOnsetMarks300Samples() {
        // Grasp-and-lift style: 500 Hz, +-300 ms around the 0-to-1 transition at sample 1000.
        byte[] column = new byte[3000];
        for (int i = 1000; i < 1150; i++) {
            column[i] = 1;
        }
        EventColumns events = new EventColumns(List.of("HandStart"), new byte[][] {column});
        Recording rec = recording(500, 3000, List.of(), List.of(), events);

        int[] labels = EventLabeler.fromEventColumns(rec, List.of("HandStart"), LabelMode.AROUND_ONSET, 300);

        assertArrayEquals(onesAt(3000, 850, 1150), labels);
    }

    @Test
    void columnsOnsetAtSegmentStart() {
        // Samples 0-9 at 0-1 s, samples 10-19 at 5-6 s, and the column is 1 across the boundary.
        byte[] column = new byte[20];
        for (int i = 8; i < 12; i++) {
            column[i] = 1;
        }
        EventColumns events = new EventColumns(List.of("E"), new byte[][] {column});
        Recording rec = recording(10, 20, List.of(new Segment(0, 1), new Segment(5, 1)), List.of(), events);

        int[] labels = EventLabeler.fromEventColumns(rec, List.of("E"), LabelMode.AROUND_ONSET, 100);

        int[] expected = onesAt(20, 7, 9);
        expected[10] = 1;
        assertArrayEquals(expected, labels);
    }

    @Test
    void unknownColumnListsAvailable() {
        EventColumns events = new EventColumns(List.of("HandStart", "Grasp"), new byte[2][10]);
        Recording rec = recording(500, 10, List.of(), List.of(), events);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLabeler.fromEventColumns(rec, List.of("Lift"), LabelMode.INTERVAL, 0));

        assertEquals("Event column 'Lift' not found. Available columns: [HandStart, Grasp].", e.getMessage());
    }

    @Test
    void missingEventColumnsRejected() {
        Recording rec = recording(500, 10, List.of(), List.of(), null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLabeler.fromEventColumns(rec, List.of("Grasp"), LabelMode.INTERVAL, 0));

        assertEquals("The recording has no event columns, so it cannot be labelled from columns [Grasp]. "
                + "Label it from annotations instead.", e.getMessage());
    }

    @Test
    void eegmmidbMovementLabels() throws IOException {
        Recording rec = MiniEdfDecoder.readEegmmidb("S001R03.edf");

        int[] labels = EventLabeler.fromAnnotations(rec, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);
        List<EventInterval> intervals = EventIntervals.of(labels);

        List<Annotation> movements = new ArrayList<>();
        for (Annotation annotation : rec.annotations()) {
            if (!annotation.text().equals("T0")) {
                movements.add(annotation);
            }
        }
        assertEquals(20000, labels.length);
        assertEquals(30, rec.annotations().size());
        assertEquals(15, movements.size());
        assertEquals(15, intervals.size());
        for (int i = 0; i < movements.size(); i++) {
            Annotation movement = movements.get(i);
            assertEquals(Math.round(movement.onsetSeconds() * 160), intervals.get(i).startSample(), "start " + i);
            assertEquals(Math.round(movement.endSeconds() * 160), intervals.get(i).endSample(), "end " + i);
        }
    }
}

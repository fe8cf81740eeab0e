package org.researchml.core.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventIntervalsTest {

    @Test
    void runsBecomeIntervals() {
        int[] labels = {1, 1, 0, 0, 1, 0, 1, 1, 1};

        List<EventInterval> intervals = EventIntervals.of(labels);

        assertEquals(List.of(new EventInterval(0, 2), new EventInterval(4, 5), new EventInterval(6, 9)), intervals);
    }

    @Test
    void noEventsGiveNoIntervals() {
        assertEquals(List.of(), EventIntervals.of(new int[5]));
    }

    @Test
    void toLabelsInvertsOf() {
        int[] labels = {0, 1, 1, 0, 0, 1, 0};

        assertArrayEquals(labels, EventIntervals.toLabels(EventIntervals.of(labels), labels.length));
    }

    @Test
    void invalidLabelRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventIntervals.of(new int[] {0, 2}));

        assertEquals("Label at sample 1 is 2, expected 0 (no event) or 1 (event).", e.getMessage());
    }

    @Test
    void intervalPastEndRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventIntervals.toLabels(List.of(new EventInterval(3, 8)), 5));

        assertEquals("Event interval EventInterval[startSample=3, endSample=8] ends after the last sample "
                + "(5 samples).", e.getMessage());
    }

    @Test
    void emptyIntervalRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventInterval(4, 4));

        assertEquals("An event interval needs 0 <= startSample < endSample, got [4, 4).", e.getMessage());
    }

    @Test
    void lengthAndContains() {
        EventInterval interval = new EventInterval(3, 7);

        assertEquals(4, interval.lengthSamples());
        assertEquals(true, interval.contains(3));
        assertEquals(false, interval.contains(7));
    }
}

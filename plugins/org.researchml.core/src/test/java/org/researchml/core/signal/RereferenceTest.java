package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;

class RereferenceTest {

    private static Recording threeChannels() {
        double[][] samples = {{1, 2, 3}, {4, 6, 8}, {7, 1, 1}};
        return Recording.of(List.of("C3", "Cz", "M1"), 100, samples);
    }

    @Test
    void commonAverageSubtractsMean() {
        Recording recording = threeChannels();
        Recording referenced = Rereference.commonAverage(recording);
        assertArrayEquals(new double[] {-3, -1, -1}, referenced.channel(0), 1e-12);
        assertArrayEquals(new double[] {0, 3, 4}, referenced.channel(1), 1e-12);
        assertArrayEquals(new double[] {3, -2, -3}, referenced.channel(2), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, recording.channel(0), "input unchanged");
    }

    @Test
    void singleReferenceBecomesZero() {
        Recording referenced = Rereference.toChannels(threeChannels(), List.of("M1"));
        assertArrayEquals(new double[] {-6, 1, 2}, referenced.channel(0));
        assertArrayEquals(new double[] {0, 0, 0}, referenced.channel(2));
        assertEquals(List.of("C3", "Cz", "M1"), referenced.channelLabels());
    }

    @Test
    void linkedReferenceUsesMean() {
        Recording referenced = Rereference.toChannels(threeChannels(), List.of("Cz", "M1"));
        assertArrayEquals(new double[] {-4.5, -1.5, -1.5}, referenced.channel(0), 1e-12);
    }

    @Test
    void unknownReferenceListsLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rereference.toChannels(threeChannels(), List.of("M2")));
        assertEquals("Channel 'M2' for the reference channels not found. Available channels: [C3, Cz, M1]",
                e.getMessage());
    }

    @Test
    void emptyReferenceListRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rereference.toChannels(threeChannels(), List.of()));
        assertEquals("No channel labels given for the reference channels. Available channels: [C3, Cz, M1]",
                e.getMessage());
    }

    @Test
    void repeatedReferenceRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rereference.toChannels(threeChannels(), List.of("M1", "M1")));
        assertEquals("Channel 'M1' is listed twice for the reference channels; list each channel once.",
                e.getMessage());
    }
}

package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.researchml.core.eeg.Recording;

class ChannelSelectionTest {

    private static final List<String> LABELS = List.of("Fc5.", "C3..", "Cz..", "C4..", "Cp1.", "O1..");
    private static final Recording RECORDING = TestRecordings.sines(LABELS, 160, 50);

    @Test
    void labelsKeepGivenOrder() {
        Recording selected = ChannelSelection.byLabels(RECORDING, List.of("O1..", "C3.."));
        assertEquals(List.of("O1..", "C3.."), selected.channelLabels());
        assertArrayEquals(RECORDING.channel(5), selected.channel(0));
        assertNotSame(RECORDING.channel(5), selected.channel(0));
        assertEquals(RECORDING.samplingRateHz(), selected.samplingRateHz());
    }

    @Test
    void globMatchesWholeLabel() {
        Recording selected = ChannelSelection.byPattern(RECORDING, "C*");
        assertEquals(List.of("C3..", "Cz..", "C4..", "Cp1."), selected.channelLabels());
    }

    @Test
    void globQuestionMarkAndClass() {
        assertEquals(List.of("C3..", "C4.."), ChannelSelection.byPattern(RECORDING, "C[34]??").channelLabels());
        assertEquals(List.of("Cz.."), ChannelSelection.byPattern(RECORDING, "C?..").channelLabels().subList(1, 2));
    }

    @Test
    void globDotIsLiteral() {
        assertEquals(List.of("Fc5."), ChannelSelection.byPattern(RECORDING, "*5.").channelLabels());
    }

    @Test
    void regexMatchesWholeLabel() {
        Recording selected = ChannelSelection.byPattern(RECORDING, "C\\d\\.+", ChannelSelection.Syntax.REGEX);
        assertEquals(List.of("C3..", "C4.."), selected.channelLabels());
    }

    @Test
    void noMatchListsLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChannelSelection.byPattern(RECORDING, "T*"));
        assertEquals("Channel pattern 'T*' (glob) matches no channel. Available channels: "
                + "[Fc5., C3.., Cz.., C4.., Cp1., O1..]", e.getMessage());
    }

    @Test
    void invalidRegexRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChannelSelection.byPattern(RECORDING, "C(3", ChannelSelection.Syntax.REGEX));
        assertTrue(e.getMessage().startsWith("Channel pattern 'C(3' is not a valid regex: Unclosed group"),
                e.getMessage());
    }

    @Test
    void unclosedGlobClassRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChannelSelection.byPattern(RECORDING, "C[34"));
        assertEquals("Channel pattern 'C[34' is not a valid glob: the character class '[' is not closed with ']'.",
                e.getMessage());
    }

    @Test
    void unknownLabelRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChannelSelection.byLabels(RECORDING, List.of("C3")));
        assertEquals("Channel 'C3' for the channel selection not found. Available channels: "
                + "[Fc5., C3.., Cz.., C4.., Cp1., O1..]", e.getMessage());
    }
}

package org.researchml.core.eeg.edf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TalParserTest {

    private static byte[] bytes(String text, int padding) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[content.length + padding];
        System.arraycopy(content, 0, padded, 0, content.length);
        return padded;
    }

    @Test
    void timekeepingAndSeveralTexts() {
        String record = "+12.5\u0014\u0014\u0000-0.25\u00151.5\u0014Eyes closed\u0014Blink\u0014\u0000";
        List<TimestampedAnnotationList> lists = TalParser.parse(bytes(record, 7));

        assertEquals(2, lists.size());
        assertEquals(new TimestampedAnnotationList(12.5, 0, List.of("")), lists.get(0));
        assertEquals(new TimestampedAnnotationList(-0.25, 1.5, List.of("Eyes closed", "Blink")), lists.get(1));
    }

    @Test
    void utf8Text() {
        List<TimestampedAnnotationList> lists = TalParser.parse(bytes("+3\u0014Schlaf Ü 睡眠\u0014\u0000", 0));

        assertEquals(List.of("Schlaf Ü 睡眠"), lists.get(0).texts());
    }

    @Test
    void emptyDurationIsZero() {
        List<TimestampedAnnotationList> lists = TalParser.parse(bytes("+1\u0015\u0014Spike\u0014\u0000", 3));

        assertEquals(0.0, lists.get(0).durationSeconds());
    }

    @Test
    void onsetWithoutSignRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TalParser.parse(bytes("12\u0014\u0014\u0000", 0)));

        assertTrue(error.getMessage().contains("TAL 1 has the onset '12'"), error.getMessage());
    }

    @Test
    void signedDurationRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TalParser.parse(bytes("+0\u0014\u0014\u0000+1\u0015-2\u0014X\u0014\u0000", 0)));

        assertTrue(error.getMessage().contains("TAL 2 has the duration '-2'"), error.getMessage());
    }

    @Test
    void missingTextSeparatorRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TalParser.parse(bytes("+5", 4)));

        assertTrue(error.getMessage().contains("has no 0x14 byte after its onset"), error.getMessage());
    }
}

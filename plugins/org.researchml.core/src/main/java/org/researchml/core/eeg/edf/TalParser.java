package org.researchml.core.eeg.edf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the bytes of one annotation channel in one data record into time-stamped annotation lists.
 *
 * <p>Layout: each TAL is {@code +onset[0x15duration]0x14text0x14...0x14}
 * followed by a 0x00 byte, and unused bytes at the end of the record are 0x00. Onsets start with
 * {@code +} or {@code -}, may have a fraction, and durations have no sign. Texts are UTF-8.
 */
final class TalParser {

    private static final byte END_OF_TAL = 0x00;
    private static final byte DURATION_MARK = 0x15;
    private static final byte TEXT_END = 0x14;
    private static final Pattern ONSET = Pattern.compile("[+-]\\d+(\\.\\d*)?");
    private static final Pattern DURATION = Pattern.compile("\\d+(\\.\\d*)?");

    private TalParser() {
    }

    /**
     * Parses the TALs in {@code bytes}.
     *
     * @throws IllegalArgumentException if a TAL is malformed. The message names the TAL and the problem.
     */
    static List<TimestampedAnnotationList> parse(byte[] bytes) {
        List<TimestampedAnnotationList> lists = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != END_OF_TAL) {
                end++;
            }
            if (end > start) {
                lists.add(parseOne(bytes, start, end, lists.size() + 1));
            }
            start = end + 1;
        }
        return lists;
    }

    private static TimestampedAnnotationList parseOne(byte[] bytes, int start, int end, int number) {
        int firstTextEnd = indexOf(bytes, TEXT_END, start, end);
        if (firstTextEnd < 0) {
            throw new IllegalArgumentException("TAL " + number + " '" + printable(bytes, start, end)
                    + "' has no 0x14 byte after its onset");
        }
        int durationMark = indexOf(bytes, DURATION_MARK, start, firstTextEnd);
        String onsetText = ascii(bytes, start, durationMark < 0 ? firstTextEnd : durationMark);
        if (!ONSET.matcher(onsetText).matches()) {
            throw new IllegalArgumentException("TAL " + number + " has the onset '" + onsetText
                    + "', but an onset must be '+' or '-' followed by seconds, for example +12.5");
        }
        double durationSeconds = 0;
        if (durationMark >= 0) {
            String durationText = ascii(bytes, durationMark + 1, firstTextEnd);
            if (!durationText.isEmpty()) {
                if (!DURATION.matcher(durationText).matches()) {
                    throw new IllegalArgumentException("TAL " + number + " has the duration '" + durationText
                            + "', but a duration must be unsigned seconds, for example 4.2");
                }
                durationSeconds = Double.parseDouble(durationText);
            }
        }

        List<String> texts = new ArrayList<>();
        int textStart = firstTextEnd + 1;
        while (textStart < end) {
            int textEnd = indexOf(bytes, TEXT_END, textStart, end);
            if (textEnd < 0) {
                // Every text should end with 0x14, but a missing last one loses nothing, so it is accepted.
                textEnd = end;
            }
            texts.add(new String(bytes, textStart, textEnd - textStart, StandardCharsets.UTF_8));
            textStart = textEnd + 1;
        }
        return new TimestampedAnnotationList(Double.parseDouble(onsetText), durationSeconds, texts);
    }

    private static int indexOf(byte[] bytes, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static String printable(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < Math.min(to, from + 40); i++) {
            int value = bytes[i] & 0xFF;
            text.append(value >= 0x20 && value < 0x7F ? String.valueOf((char) value) : String.format("\\x%02X", value));
        }
        return text.toString();
    }
}

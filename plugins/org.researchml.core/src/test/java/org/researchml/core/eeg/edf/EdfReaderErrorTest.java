package org.researchml.core.eeg.edf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.EegTestFiles;

/** Damaged copies of {@code edfReader-R/edfPlusC.edf} (12 signals, 20 records of 1 s) and their messages. */
class EdfReaderErrorTest {

    private static final String NAME = "damaged.edf";
    private static final int SIGNALS = 12;
    private static final int HEADER_BYTES = 256 * (SIGNALS + 1);

    @TempDir
    Path folder;

    private static byte[] original(String name) throws IOException {
        return Files.readAllBytes(EegTestFiles.shared("eeg/formats/edfReader-R/" + name));
    }

    /** Overwrites a space-padded ASCII header field. */
    private static void setField(byte[] bytes, int offset, int width, String value) {
        byte[] padded = new byte[width];
        Arrays.fill(padded, (byte) ' ');
        byte[] text = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, padded, 0, text.length);
        System.arraycopy(padded, 0, bytes, offset, width);
    }

    /** Returns the offset of a per-signal field; {@code fieldStart} is the field's offset for signal 0 / ns. */
    private static int signalField(int fieldStart, int width, int signal) {
        return 256 + fieldStart * SIGNALS + signal * width;
    }

    private String openDamaged(byte[] bytes) throws IOException {
        Path file = folder.resolve(NAME);
        Files.write(file, bytes);
        EegFormatException error = assertThrows(EegFormatException.class, () -> EdfReader.open(file).close());
        String message = error.getMessage();
        assertTrue(message.startsWith(file.toString()), message);
        EegTestFiles.assertOnlyFiles(folder, NAME);
        return message;
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message.contains(expected), () -> "'" + expected + "' not in: " + message);
    }

    @Test
    void truncatedDataRecord() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        String message = openDamaged(Arrays.copyOf(bytes, bytes.length - 100));

        assertContains(message, "the header declares 20 data records of 4502 bytes");
        assertContains(message, "truncated after 19 complete data records and a partial one");
    }

    @Test
    void recordCountBelowFileSize() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 236, 8, "19");
        String message = openDamaged(bytes);

        assertContains(message, "more than the");
        assertContains(message, "(19 data records of 4502 bytes)");
    }

    @Test
    void headerByteCountWrong() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 184, 8, "3072");
        String message = openDamaged(bytes);

        assertContains(message, "bytes in the header record (bytes 184-191) is 3072, but 12 signals need 3328 bytes");
    }

    @Test
    void nonNumericRecordDuration() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 244, 8, "one");
        String message = openDamaged(bytes);

        assertContains(message, "duration of a data record (bytes 244-251) is 'one', which is not a number");
    }

    @Test
    void nonNumericRecordCount() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 236, 8, "20x");
        String message = openDamaged(bytes);

        assertContains(message, "number of data records (bytes 236-243) is '20x', which is not an integer");
    }

    @Test
    void nonNumericPhysicalMinimum() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, signalField(104, 8, 1), 8, "-1,5");
        String message = openDamaged(bytes);

        assertContains(message, "signal 2 'ramp': physical minimum is '-1,5', which is not a number");
    }

    @Test
    void zeroSignals() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 252, 4, "0");
        String message = openDamaged(bytes);

        assertContains(message, "number of signals (bytes 252-255) is 0, but it must be at least 1");
    }

    @Test
    void negativeSignals() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 252, 4, "-3");
        String message = openDamaged(bytes);

        assertContains(message, "number of signals (bytes 252-255) is -3, but it must be at least 1");
    }

    @Test
    void zeroSamplesPerRecord() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, signalField(216, 8, 0), 8, "0");
        String message = openDamaged(bytes);

        assertContains(message, "signal 1 'squarewave': the number of samples in each data record is 0");
    }

    @Test
    void physicalMinimumEqualsMaximum() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, signalField(104, 8, 2), 8, "5");
        setField(bytes, signalField(112, 8, 2), 8, "5");
        String message = openDamaged(bytes);

        assertContains(message, "signal 3 'pulse': the physical minimum and maximum are both 5.0");
    }

    @Test
    void digitalMinimumEqualsMaximum() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, signalField(120, 8, 3), 8, "100");
        setField(bytes, signalField(128, 8, 3), 8, "100");
        String message = openDamaged(bytes);

        assertContains(message, "signal 4 'ECG': the digital minimum 100 is not below the digital maximum 100");
    }

    @Test
    void versionFieldWrong() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        setField(bytes, 0, 8, "1");
        String message = openDamaged(bytes);

        assertContains(message, "the version field (bytes 0-7) is '1'");
    }

    @Test
    void fileShorterThanHeader() throws IOException {
        byte[] bytes = Arrays.copyOf(original("edfPlusC.edf"), 100);
        String message = openDamaged(bytes);

        assertContains(message, "the file has 100 bytes, fewer than the 256-byte EDF/BDF header");
    }

    @Test
    void malformedTalOnset() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        int annotationOffset = HEADER_BYTES + 11 * 200 * 2;
        bytes[annotationOffset] = 'x';
        String message = openDamaged(bytes);

        assertContains(message, "data record 1, signal 12 'EDF Annotations': TAL 1 has the onset 'x0'");
    }

    @Test
    void missingTimekeepingTal() throws IOException {
        byte[] bytes = original("edfPlusC.edf");
        int recordBytes = (bytes.length - HEADER_BYTES) / 20;
        int annotationOffset = HEADER_BYTES + 4 * recordBytes + 11 * 200 * 2;
        // Record 5 starts with '+4<0x14><0x14>'; a text in the first annotation removes the timekeeping mark.
        bytes[annotationOffset + 3] = 'X';
        String message = openDamaged(bytes);

        assertContains(message, "data record 5 has no timekeeping TAL");
    }

    @Test
    void overlappingRecordOnsets() throws IOException {
        byte[] bytes = original("edfPlusD.edf");
        // Record 2 starts at +2; making it +0 moves it before the end of record 1.
        int annotationOffset = HEADER_BYTES + (int) ((bytes.length - HEADER_BYTES) / 11) + 11 * 200 * 2;
        bytes[annotationOffset + 1] = '0';
        String message = openDamaged(bytes);

        assertContains(message, "data record 2 starts at 0.0 s, before data record 1 ends at 1.0 s");
    }
}

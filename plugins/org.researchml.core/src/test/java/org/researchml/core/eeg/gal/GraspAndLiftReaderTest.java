package org.researchml.core.eeg.gal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.EegTestFiles;
import org.researchml.core.eeg.Recording;

class GraspAndLiftReaderTest {

    private static final List<String> CHANNELS = List.of("Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "FC5", "FC1",
            "FC2", "FC6", "T7", "C3", "Cz", "C4", "T8", "TP9", "CP5", "CP1", "CP2", "CP6", "TP10", "P7", "P3", "Pz",
            "P4", "P8", "PO9", "O1", "Oz", "O2", "PO10");
    private static final List<String> EVENTS = List.of("HandStart", "FirstDigitTouch", "BothStartLoadPhase",
            "LiftOff", "Replace", "BothReleased");
    private static final int ROWS = 5000;

    @TempDir
    Path folder;

    /** Returns the stored value of a cell; integers as in the real files, some negative. */
    private static int value(int row, int channel) {
        return (row * 7 + channel * 131) % 1000 - 400;
    }

    /** Returns whether an event is marked: event e covers rows 300e+100 to 300e+249. */
    private static boolean marked(int row, int event) {
        return row >= 300 * event + 100 && row < 300 * event + 250;
    }

    private Path writeData(int rows) throws IOException {
        StringBuilder text = new StringBuilder("id," + String.join(",", CHANNELS) + "\n");
        for (int row = 0; row < rows; row++) {
            text.append("subj1_series1_").append(row);
            for (int c = 0; c < CHANNELS.size(); c++) {
                text.append(',').append(value(row, c));
            }
            text.append('\n');
        }
        Path file = folder.resolve("subj1_series1_data.csv");
        Files.writeString(file, text);
        return file;
    }

    private Path writeEvents(int rows, String idPrefix) throws IOException {
        StringBuilder text = new StringBuilder("id," + String.join(",", EVENTS) + "\r\n");
        for (int row = 0; row < rows; row++) {
            text.append(idPrefix).append(row);
            for (int e = 0; e < EVENTS.size(); e++) {
                text.append(',').append(marked(row, e) ? 1 : 0);
            }
            text.append("\r\n");
        }
        Path file = folder.resolve("subj1_series1_events.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void loadsDataAndEvents() throws IOException {
        Path data = writeData(ROWS);
        writeEvents(ROWS, "subj1_series1_");
        Recording recording = EegFiles.load(data, null, 0, Double.POSITIVE_INFINITY);

        assertEquals(CHANNELS, recording.channelLabels());
        assertEquals(500.0, recording.samplingRateHz());
        assertEquals(ROWS, recording.sampleCount());
        for (int row : new int[] {0, 1, 4095, 4096, 4999}) {
            for (int c : new int[] {0, 13, 31}) {
                assertEquals(value(row, c), recording.channel(c)[row], "row " + row + " channel " + c);
            }
        }
        assertEquals(EVENTS, recording.eventColumns().names());
        for (int e = 0; e < EVENTS.size(); e++) {
            byte[] column = recording.eventColumns().column(EVENTS.get(e));
            for (int row = 0; row < ROWS; row++) {
                assertEquals(marked(row, e) ? 1 : 0, column[row], EVENTS.get(e) + " row " + row);
            }
        }
    }

    @Test
    void rangeAndSubsetMatchFullRead() throws IOException {
        Path data = writeData(ROWS);
        writeEvents(ROWS, "subj1_series1_");
        Recording full = EegFiles.load(data, null, 0, Double.POSITIVE_INFINITY);
        Recording part = EegFiles.load(data, List.of("Cz", "Fp1"), 8.0, 9.0);

        assertEquals(List.of("Cz", "Fp1"), part.channelLabels());
        assertEquals(500, part.sampleCount());
        assertArrayEquals(Arrays.copyOfRange(full.channel(13), 4000, 4500), part.channel(0));
        assertArrayEquals(Arrays.copyOfRange(full.channel(0), 4000, 4500), part.channel(1));
        assertArrayEquals(Arrays.copyOfRange(full.eventColumns().column("HandStart"), 4000, 4500),
                part.eventColumns().column("HandStart"));
        assertEquals(8.0, part.timeOfSample(0), 1e-12);
    }

    @Test
    void withoutEventsFile() throws IOException {
        Path data = writeData(10);
        try (GraspAndLiftReader reader = GraspAndLiftReader.open(data)) {
            assertEquals(10, reader.sampleCount(0));
            assertEquals(0.02, reader.header().durationSeconds(), 1e-12);
            assertEquals("", reader.header().channels().get(0).physicalUnit());
        }
        assertNull(EegFiles.load(data, null, 0, Double.POSITIVE_INFINITY).eventColumns());
    }

    private String openDamaged(Path data, String... filesAfter) throws IOException {
        EegFormatException error = assertThrows(EegFormatException.class,
                () -> EegFiles.load(data, null, 0, Double.POSITIVE_INFINITY));
        EegTestFiles.assertOnlyFiles(folder, filesAfter);
        return error.getMessage();
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message.contains(expected), () -> "'" + expected + "' not in: " + message);
    }

    @Test
    void nonNumericCell() throws IOException {
        Path data = writeData(20);
        Files.writeString(data, Files.readString(data).replace("subj1_series1_12,-316,", "subj1_series1_12,n/a,"));
        String message = openDamaged(data, "subj1_series1_data.csv");

        assertTrue(message.startsWith(data.toString()), message);
        assertContains(message, "line 14 (data row 12), column 'Fp1' has the value 'n/a', which is not a number");
    }

    @Test
    void wrongColumnCount() throws IOException {
        Path data = writeData(20);
        Files.writeString(data, Files.readString(data).replace("subj1_series1_7,-351,", "subj1_series1_7,"));
        String message = openDamaged(data, "subj1_series1_data.csv");

        assertTrue(message.startsWith(data.toString()), message);
        assertContains(message, "line 9 (data row 7) has 32 columns, but the header has 33");
    }

    @Test
    void rowIdsOutOfOrder() throws IOException {
        Path data = writeData(20);
        Files.writeString(data, Files.readString(data).replace("subj1_series1_5,", "subj1_series1_50,"));
        String message = openDamaged(data, "subj1_series1_data.csv");

        assertContains(message, "line 7 has the id 'subj1_series1_50', but 'subj1_series1_5' was expected");
    }

    @Test
    void eventsRowCountDiffers() throws IOException {
        Path data = writeData(20);
        Path events = writeEvents(19, "subj1_series1_");
        String message = openDamaged(data, "subj1_series1_data.csv", "subj1_series1_events.csv");

        assertTrue(message.startsWith(events.toString()), message);
        assertContains(message, "the file has 19 rows, but the data file subj1_series1_data.csv has 20");
    }

    @Test
    void eventsIdsDiffer() throws IOException {
        Path data = writeData(20);
        Path events = writeEvents(20, "subj1_series2_");
        String message = openDamaged(data, "subj1_series1_data.csv", "subj1_series1_events.csv");

        assertTrue(message.startsWith(events.toString()), message);
        assertContains(message, "line 2 has the id 'subj1_series2_0', but row 0 of the data file "
                + "subj1_series1_data.csv has the id 'subj1_series1_0'");
    }

    @Test
    void eventsValueNotBinary() throws IOException {
        Path data = writeData(20);
        Path events = writeEvents(20, "subj1_series1_");
        Files.writeString(events, Files.readString(events).replace("subj1_series1_3,0,", "subj1_series1_3,2,"));
        String message = openDamaged(data, "subj1_series1_data.csv", "subj1_series1_events.csv");

        assertContains(message, "line 5, column 'HandStart' has the value '2', but events must be 0 or 1");
    }

    @Test
    void missingHeaderLine() throws IOException {
        Path data = folder.resolve("subj2_series3_data.csv");
        Files.writeString(data, "subj2_series3_0,1,2\n");
        String message = openDamaged(data, "subj2_series3_data.csv");

        assertContains(message, "line 1 must be the header 'id,<channel labels>', but it is 'subj2_series3_0,1,2'");
    }
}

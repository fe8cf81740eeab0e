package org.researchml.core.eeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.eeg.brainvision.BrainVisionReader;
import org.researchml.core.eeg.edf.EdfReader;

class EegFilesTest {

    @TempDir
    Path folder;

    @Test
    void openPicksReaderByExtensionAndBytes() throws IOException {
        try (EegSource edf = EegFiles.open(EegTestFiles.eegmmidbRun(4));
                EegSource bdf = EegFiles.open(EegTestFiles.shared("eeg/formats/mne-python/test.bdf"));
                EegSource vhdr = EegFiles.open(EegTestFiles.shared("eeg/formats/mne-python/brainvision/test.vhdr"))) {
            assertInstanceOf(EdfReader.class, edf);
            assertInstanceOf(EdfReader.class, bdf);
            assertInstanceOf(BrainVisionReader.class, vhdr);
        }
    }

    @Test
    void openRecognisesEdfWithOtherExtension() throws IOException {
        Path copy = folder.resolve("night1.rec");
        Files.copy(EegTestFiles.shared("eeg/formats/edfReader-R/edfPlusC.edf"), copy);
        try (EegSource source = EegFiles.open(copy)) {
            assertEquals("EDF+C", source.header().format());
        }
    }

    @Test
    void openRejectsUnknownFormat() throws IOException {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "subject 1, session 2");
        EegFormatException error = assertThrows(EegFormatException.class, () -> EegFiles.open(file));

        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("the format is not recognised"), error.getMessage());
        assertTrue(error.getMessage().contains(EegFiles.SUPPORTED_FORMATS), error.getMessage());
        EegTestFiles.assertOnlyFiles(folder, "notes.txt");
    }

    @Test
    void openReportsDamagedEdfField() throws IOException {
        Path file = folder.resolve("broken.edf");
        Files.writeString(file, "1       " + " ".repeat(300));
        EegFormatException error = assertThrows(EegFormatException.class, () -> EegFiles.open(file));

        assertTrue(error.getMessage().contains("the version field (bytes 0-7) is '1'"), error.getMessage());
        EegTestFiles.assertOnlyFiles(folder, "broken.edf");
    }

    @Test
    void openRejectsMissingFile() {
        Path file = folder.resolve("absent.edf");
        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> EegFiles.open(file));

        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    }

    @Test
    void loadSubsetAndRangeMatchFullRead() throws IOException {
        Path file = EegTestFiles.eegmmidbRun(3);
        Recording full = EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY);
        Recording part = EegFiles.load(file, List.of("Cz..", "Fc5."), 10.0, 20.5);

        assertEquals(64, full.channelCount());
        assertEquals(20_000, full.sampleCount());
        assertEquals(List.of("Cz..", "Fc5."), part.channelLabels());
        assertEquals(List.of("uV", "uV"), part.physicalUnits());
        assertEquals(1680, part.sampleCount());
        int cz = full.indexOfChannel("Cz..");
        assertArrayEquals(Arrays.copyOfRange(full.channel(cz), 1600, 3280), part.channel(0));
        assertArrayEquals(Arrays.copyOfRange(full.channel(0), 1600, 3280), part.channel(1));
        assertEquals(List.of(new Segment(10.0, 10.5)), part.segments());
        assertEquals(10.0, part.timeOfSample(0), 1e-12);
    }

    @Test
    void loadKeepsOverlappingAnnotations() throws IOException {
        Path file = EegTestFiles.eegmmidbRun(3);
        Recording full = EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY);
        Recording part = EegFiles.load(file, List.of("Cz.."), 10.0, 20.0);

        assertEquals(30, full.annotations().size());
        for (Annotation annotation : full.annotations()) {
            boolean overlaps = annotation.onsetSeconds() < 20.0 && annotation.endSeconds() > 10.0;
            assertEquals(overlaps, part.annotations().contains(annotation), annotation.toString());
        }
    }

    @Test
    void loadBdfRangeMatchesFullRead() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/edfReader-R/bdfPlusC.bdf");
        Recording full = EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY);
        Recording part = EegFiles.load(file, List.of("sine 50 Hz", "ramp"), 3.333, 7.0);

        // The first sample at or after 3.333 s at 200 Hz is sample 667 (3.335 s).
        assertEquals(733, part.sampleCount());
        assertArrayEquals(Arrays.copyOfRange(full.channel(10), 667, 1400), part.channel(0));
        assertArrayEquals(Arrays.copyOfRange(full.channel(1), 667, 1400), part.channel(1));
    }

    @Test
    void loadBrainVisionRangeMatchesFullRead() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/mne-python/brainvision/test.vhdr");
        Recording full = EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY);
        Recording part = EegFiles.load(file, List.of("Pz", "FP1"), 0.4, 0.5);

        assertEquals(7900, full.sampleCount());
        assertArrayEquals(Arrays.copyOfRange(full.channel(18), 400, 500), part.channel(0));
        assertArrayEquals(Arrays.copyOfRange(full.channel(0), 400, 500), part.channel(1));
        assertEquals(List.of(new Annotation(0.486, 0, "Stimulus/S253"), new Annotation(0.496, 0.001,
                "Stimulus/S255")), part.annotations());
    }

    @Test
    void loadAcrossEdfPlusDGaps() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/edfReader-R/edfPlusD.edf");
        Recording full = EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY);
        Recording part = EegFiles.load(file, List.of("ECG"), 0.5, 13.5);

        assertEquals(List.of(new Segment(0, 1), new Segment(2, 1), new Segment(4, 6), new Segment(12, 1),
                new Segment(15, 1), new Segment(19, 1)), full.segments());
        assertEquals(2200, full.sampleCount());
        assertEquals(12.0, full.timeOfSample(1600), 1e-12);

        // 0.5-1 s of the first segment, all of the next two and the 12-13 s segment.
        assertEquals(List.of(new Segment(0.5, 0.5), new Segment(2, 1), new Segment(4, 6), new Segment(12, 1)),
                part.segments());
        assertEquals(100 + 200 + 1200 + 200, part.sampleCount());
        double[] expected = Arrays.copyOfRange(full.channel(3), 100, 1800);
        assertArrayEquals(expected, part.channel(0));
        assertEquals(12.0, part.timeOfSample(1500), 1e-12);
    }

    @Test
    void loadRejectsMixedRates() {
        Path file = EegTestFiles.shared("eeg/formats/mne-python/test_uneven_samp.edf");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY));

        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("different sampling rates (3Hz +5/-5 V 100.0 Hz, "
                + "0.2Hz Blk 1/0uV 12.8 Hz)"), error.getMessage());
        assertTrue(error.getMessage().contains("Choose channels of one rate, or resample them"), error.getMessage());
    }

    @Test
    void loadOneRateOfUnevenFile() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/mne-python/test_uneven_samp.edf");
        Recording recording = EegFiles.load(file, List.of("0.2Hz Blk 1/0uV"), 0, 10);

        assertEquals(12.8, recording.samplingRateHz(), 1e-12);
        assertEquals(128, recording.sampleCount());
    }

    @Test
    void loadRejectsUnknownLabel() {
        Path file = EegTestFiles.eegmmidbRun(3);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EegFiles.load(file, List.of("Cz"), 0, 10));

        assertTrue(error.getMessage().contains("Channel 'Cz' not found in " + file), error.getMessage());
        assertTrue(error.getMessage().contains("Cz.."), error.getMessage());
    }

    @Test
    void loadRejectsEmptyRange() {
        Path file = EegTestFiles.eegmmidbRun(3);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EegFiles.load(file, null, 20, 10));

        assertTrue(error.getMessage().contains("Invalid time range 20.0 s to 10.0 s"), error.getMessage());
    }

    @Test
    void loadRejectsAnnotationOnlyFile() {
        Path file = EegTestFiles.shared("eeg/formats/edfio/SC4001EC-Hypnogram.bdf");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY));

        assertTrue(error.getMessage().contains("has no signal channels, only annotations"), error.getMessage());
    }

    @Test
    void rangeBeyondEndIsEmpty() throws IOException {
        Recording recording = EegFiles.load(EegTestFiles.eegmmidbRun(3), List.of("Cz.."), 200, 300);

        assertEquals(0, recording.sampleCount());
        assertTrue(recording.annotations().isEmpty());
    }
}

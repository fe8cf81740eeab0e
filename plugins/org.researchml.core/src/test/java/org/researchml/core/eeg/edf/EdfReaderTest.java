package org.researchml.core.eeg.edf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.ChannelInfo;
import org.researchml.core.eeg.EegTestFiles;
import org.researchml.core.eeg.RecordingHeader;
import org.researchml.core.eeg.Segment;

class EdfReaderTest {

    @TempDir
    Path folder;

    @Test
    void smallBlocksMatchDefaultRead() throws IOException {
        Path file = EegTestFiles.eegmmidbRun(5);
        // 50 000 bytes hold two 20 640-byte records, so most reads cross block borders.
        try (EdfReader whole = EdfReader.open(file); EdfReader small = EdfReader.open(file, 50_000)) {
            for (int channel : new int[] {0, 17, 63}) {
                assertArrayEquals(whole.readSamples(channel, 0, 20_000), small.readSamples(channel, 0, 20_000),
                        "channel " + channel);
                assertArrayEquals(whole.readSamples(channel, 150, 851), small.readSamples(channel, 150, 851),
                        "channel " + channel);
            }
        }
    }

    @Test
    void unknownRecordCountFromFileSize() throws IOException {
        byte[] bytes = Files.readAllBytes(EegTestFiles.shared("eeg/formats/edfReader-R/edfPlusC.edf"));
        System.arraycopy("-1      ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 236, 8);
        Path file = folder.resolve("recording.edf");
        Files.write(file, bytes);
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals(20, reader.edfHeader().recordCount());
            assertEquals(20.0, reader.header().durationSeconds());
        }
    }

    @Test
    void eegmmidbHeader() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.eegmmidbRun(3))) {
            RecordingHeader header = reader.header();
            assertEquals("EDF+C", header.format());
            assertEquals(64, header.channels().size());
            assertEquals("Fc5.", header.channels().get(0).label());
            assertEquals("Iz..", header.channels().get(63).label());
            assertEquals(125.0, header.durationSeconds());
            assertEquals(LocalDateTime.of(2009, 8, 12, 16, 15, 0), header.startDateTime());
            assertEquals(125, reader.edfHeader().recordCount());
            assertEquals(1.0, reader.edfHeader().recordDurationSeconds());
            for (int c = 0; c < 64; c++) {
                ChannelInfo channel = header.channels().get(c);
                assertEquals(160.0, channel.samplingRateHz(), channel.label());
                assertEquals("uV", channel.physicalUnit(), channel.label());
                assertEquals(125 * 160, reader.sampleCount(c), channel.label());
            }
            for (EdfSignal signal : reader.edfHeader().signals()) {
                if (!signal.annotation()) {
                    assertEquals(-8092, signal.digitalMinimum(), signal.label());
                    assertEquals(8092, signal.digitalMaximum(), signal.label());
                    assertEquals(-8092, signal.physicalMinimum(), signal.label());
                    assertEquals(8092, signal.physicalMaximum(), signal.label());
                }
            }
        }
    }

    @Test
    void eegmmidbAnnotationsOfEveryRun() throws IOException {
        for (int run = 3; run <= 10; run++) {
            try (EdfReader reader = EdfReader.open(EegTestFiles.eegmmidbRun(run))) {
                List<Annotation> annotations = reader.header().annotations();
                assertEquals(30, annotations.size(), "run " + run);
                double end = 0;
                for (Annotation annotation : annotations) {
                    assertTrue(Set.of("T0", "T1", "T2").contains(annotation.text()), annotation.toString());
                    assertTrue(annotation.durationSeconds() >= 4.1 - 1e-9, annotation.toString());
                    assertTrue(annotation.durationSeconds() <= 4.2 + 1e-9, annotation.toString());
                    assertEquals(end, annotation.onsetSeconds(), 1e-6, "annotations follow each other: " + annotation);
                    end = annotation.endSeconds();
                }
                assertEquals(List.of(new Segment(0, 125)), reader.header().segments(), "run " + run);
            }
        }
    }

    @Test
    void eegmmidbSamplesMatchRawBytes() throws IOException {
        Path file = EegTestFiles.eegmmidbRun(3);
        byte[] bytes = Files.readAllBytes(file);
        int headerBytes = 256 * 66;
        int recordBytes = (bytes.length - headerBytes) / 125;
        int[][] positions = {{0, 0}, {5, 1603}, {63, 19999}, {31, 10000}};
        try (EdfReader reader = EdfReader.open(file)) {
            for (int[] position : positions) {
                int channel = position[0];
                int sample = position[1];
                int record = sample / 160;
                int offset = headerBytes + record * recordBytes + channel * 160 * 2 + (sample % 160) * 2;
                short digital = ByteBuffer.wrap(bytes, offset, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
                // Digital -8092..8092 maps onto -8092..8092 uV, so the physical value equals the stored integer.
                assertEquals(digital, reader.readSamples(channel, sample, 1)[0], 1e-9,
                        "channel " + channel + " sample " + sample);
            }
        }
    }

    @Test
    void edfPlusDRecordOnsetsGiveSegments() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/edfReader-R/edfPlusD.edf");
        try (EdfReader reader = EdfReader.open(file)) {
            RecordingHeader header = reader.header();
            assertEquals("EDF+D", header.format());
            assertTrue(header.isDiscontinuous());
            assertEquals(List.of(new Segment(0, 1), new Segment(2, 1), new Segment(4, 6), new Segment(12, 1),
                    new Segment(15, 1), new Segment(19, 1)), header.segments());
            assertEquals(11.0, header.durationSeconds());
            assertEquals(11 * 200, reader.sampleCount(0));
        }
    }

    @Test
    void edfPlusDRecordOnsetsFromRawTals() throws IOException {
        // Each record's first TAL in the 'EDF Annotations' channel contains the record onset.
        Path file = EegTestFiles.shared("eeg/formats/edfReader-R/edfPlusD.edf");
        byte[] bytes = Files.readAllBytes(file);
        try (EdfReader reader = EdfReader.open(file)) {
            EdfHeader header = reader.edfHeader();
            long recordBytes = header.recordBytes();
            long annotationOffset = 0;
            for (EdfSignal signal : header.signals()) {
                if (signal.annotation()) {
                    break;
                }
                annotationOffset += signal.samplesPerRecord() * 2L;
            }
            double[] onsets = new double[11];
            for (int record = 0; record < 11; record++) {
                int start = (int) (header.headerBytes() + record * recordBytes + annotationOffset);
                int end = start;
                while (bytes[end] != 0x14) {
                    end++;
                }
                onsets[record] = Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
            }
            assertEquals(List.of(0.0, 2.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 12.0, 15.0, 19.0),
                    java.util.Arrays.stream(onsets).boxed().toList());
        }
    }

    @Test
    void edfPlusCOfSameDataIsContinuous() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/edfReader-R/edfPlusC.edf"))) {
            assertFalse(reader.header().isDiscontinuous());
            assertEquals(List.of(new Segment(0, 20)), reader.header().segments());
        }
    }

    @Test
    void nonIntegerRecordDurationMatchesText() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/mne-python/test_edf_stim_channel.edf");
        List<String> rows = Files.readAllLines(EegTestFiles.shared(
                "eeg/formats/mne-python/test_edf_stim_channel.txt"));
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals(9.59375, reader.edfHeader().recordDurationSeconds());
            assertEquals(25, reader.header().channels().size());
            assertEquals(128.0, reader.header().channels().get(0).samplingRateHz(), 1e-12);
            assertEquals("DIG DTRIG", reader.header().channels().get(24).label());
            assertEquals(717, rows.size());
            for (int c = 0; c < 25; c++) {
                double[] samples = reader.readSamples(c, 0, rows.size());
                // The text contains values rounded to 0.1 by the exporting program, which may differ by one step.
                double tolerance = 0.051 + reader.edfHeader().signals().get(c).gain();
                for (int row = 0; row < rows.size(); row++) {
                    double expected = Double.parseDouble(rows.get(row).trim().split("\\s+")[c]);
                    assertEquals(expected, samples[row], tolerance, "row " + row + " channel " + c);
                }
            }
        }
    }

    @Test
    void differentRatesPerChannel() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/mne-python/test_uneven_samp.edf"))) {
            assertEquals(100.0, reader.header().channels().get(0).samplingRateHz());
            assertEquals(12.8, reader.header().channels().get(1).samplingRateHz(), 1e-12);
            assertEquals(11_000, reader.sampleCount(0));
            assertEquals(1408, reader.sampleCount(1));
        }
    }

    @Test
    void duplicateLabelsGetSuffix() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/mne-python/duplicate_channel_labels.edf");
        try (EdfReader reader = EdfReader.open(file)) {
            List<String> labels = reader.header().channels().stream().map(ChannelInfo::label).toList();
            assertEquals(List.of("EEG F1-Ref", "EEG F2-Ref", "EEG F1-Ref#2"), labels);
            assertEquals("EEG F1-Ref", reader.edfHeader().signals().get(2).label());
        }
    }

    @Test
    void plainEdfWithoutPlusMarker() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/pyedflib/test_legacy.edf"))) {
            assertEquals("EDF", reader.header().format());
            assertEquals(11, reader.header().channels().size());
            assertEquals("Legacy patient description", reader.header().patient());
            assertEquals(List.of(new Annotation(0, 0, "Recording starts"), new Annotation(600, 0, "Recording ends")),
                    reader.header().annotations());
        }
    }

    @Test
    void bdfSamplesMatchRawBytes() throws IOException {
        Path file = EegTestFiles.shared("eeg/formats/mne-python/test.bdf");
        byte[] bytes = Files.readAllBytes(file);
        int signals = 73;
        int samplesPerRecord = 2048;
        int headerBytes = 256 * (signals + 1);
        int negativeFound = 0;
        try (EdfReader reader = EdfReader.open(file)) {
            assertEquals("BDF", reader.header().format());
            // Channel 0 contains positive and channel 3 negative 24-bit values.
            for (int channel : new int[] {0, 3, 72}) {
                // Signal fields: physical min at 104, max at 112, digital min at 120, max at 128 (8 bytes each).
                double physicalMinimum = headerNumber(bytes, signals, 104, channel);
                double physicalMaximum = headerNumber(bytes, signals, 112, channel);
                double digitalMinimum = headerNumber(bytes, signals, 120, channel);
                double digitalMaximum = headerNumber(bytes, signals, 128, channel);
                double[] read = reader.readSamples(channel, 0, samplesPerRecord);
                for (int sample = 0; sample < samplesPerRecord; sample += 97) {
                    int offset = headerBytes + (channel * samplesPerRecord + sample) * 3;
                    int unsigned = (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8
                            | (bytes[offset + 2] & 0xFF) << 16;
                    int digital = unsigned >= (1 << 23) ? unsigned - (1 << 24) : unsigned;
                    negativeFound += digital < 0 ? 1 : 0;
                    double expected = (digital - digitalMinimum) * (physicalMaximum - physicalMinimum)
                            / (digitalMaximum - digitalMinimum) + physicalMinimum;
                    assertEquals(expected, read[sample], 1e-9 * Math.abs(expected) + 1e-12,
                            "channel " + channel + " sample " + sample);
                }
            }
        }
        assertTrue(negativeFound > 0, "the checked samples include negative 24-bit values");
    }

    private static double headerNumber(byte[] bytes, int signals, int fieldOffset, int signal) {
        int start = 256 + fieldOffset * signals + signal * 8;
        return Double.parseDouble(new String(bytes, start, 8, StandardCharsets.US_ASCII).trim());
    }

    @Test
    void utf8AnnotationText() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/pyedflib/test_utf8.edf"))) {
            assertTrue(reader.header().annotations().contains(new Annotation(120, 0, "中文测试八个字")),
                    reader.header().annotations().toString());
        }
    }

    @Test
    void subsecondStartAndOnsets() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/pyedflib/test_subsecond.edf"))) {
            assertEquals(List.of(new Segment(0.3945312, 698)), reader.header().segments());
            assertEquals(new Annotation(2.3457031, 0, "XLSpike"), reader.header().annotations().get(0));
        }
    }

    @Test
    void twoAnnotationChannels() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/edfReader-R/edfAnnonC.edf"))) {
            RecordingHeader header = reader.header();
            assertEquals(List.of("Channel 1", "Channel 2"),
                    header.channels().stream().map(ChannelInfo::label).toList());
            assertEquals(3000.0 / 0.1, header.channels().get(0).samplingRateHz(), 1e-6);
            List<String> texts = header.annotations().stream().map(Annotation::text).toList();
            assertEquals(List.of("Test1", "Test2", "Test3", "Test4", "Test5", "Test6", "Test8", "Test7"), texts);
            assertEquals(new Annotation(0.872, 0.005, "Test4"), header.annotations().get(3));
            assertEquals(0.7, header.segments().get(0).firstRecordSeconds(), 1e-12);
        }
    }

    @Test
    void annotationOnlyFile() throws IOException {
        try (EdfReader reader = EdfReader.open(EegTestFiles.shared("eeg/formats/wfdb-python/test_edfann.edf"))) {
            assertTrue(reader.header().channels().isEmpty());
            assertEquals(0.0, reader.header().durationSeconds());
            assertTrue(reader.header().segments().isEmpty());
            assertEquals(856, reader.header().annotations().size());
            assertEquals(new Annotation(33.43, 0, "Lights off@@EEG F4-A1"), reader.header().annotations().get(2));
        }
    }
}

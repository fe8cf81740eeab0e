package org.researchml.core.eeg.brainvision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.ChannelInfo;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.EegTestFiles;
import org.researchml.core.eeg.RecordingHeader;

class BrainVisionReaderTest {

    private static final String FOLDER = "eeg/formats/mne-python/brainvision/";

    @TempDir
    Path folder;

    @Test
    void version1Header() throws IOException {
        try (BrainVisionReader reader = BrainVisionReader.open(EegTestFiles.shared(FOLDER + "test.vhdr"))) {
            RecordingHeader header = reader.header();
            assertEquals("BrainVision 1.0", header.format());
            assertEquals(32, header.channels().size());
            assertEquals(7.9, header.durationSeconds(), 1e-12);
            assertEquals(7900, reader.sampleCount(0));
            assertEquals(LocalDateTime.of(2013, 11, 13, 16, 14, 3, 794_232_000), header.startDateTime());
            List<String> units = header.channels().stream().map(ChannelInfo::physicalUnit).toList();
            // Ch2 has an empty unit and Ch3 none, so both default to µV.
            assertEquals(List.of("µV", "µV", "µV"), units.subList(0, 3));
            assertEquals(List.of("BS", "µS", "ARU", "uS", "S", "C"), units.subList(26, 32));
            for (ChannelInfo channel : header.channels()) {
                assertEquals(1000.0, channel.samplingRateHz(), channel.label());
            }
        }
    }

    @Test
    void version1Markers() throws IOException {
        try (BrainVisionReader reader = BrainVisionReader.open(EegTestFiles.shared(FOLDER + "test.vhdr"))) {
            List<Annotation> annotations = reader.header().annotations();
            assertEquals(14, annotations.size());
            assertEquals(new Annotation(0, 0.001, "New Segment"), annotations.get(0));
            assertEquals(new Annotation(0.486, 0, "Stimulus/S253"), annotations.get(1));
            assertEquals(new Annotation(1.769, 0.001, "Event/254"), annotations.get(3));
            assertEquals(new Annotation(7.699, 0.001, "Optic/O  1"), annotations.get(13));
        }
    }

    @Test
    void version2Markers() throws IOException {
        try (BrainVisionReader reader = BrainVisionReader.open(EegTestFiles.shared(FOLDER + "testv2.vhdr"))) {
            List<Annotation> annotations = reader.header().annotations();
            assertEquals("BrainVision 2.0", reader.header().format());
            assertEquals(16, annotations.size());
            assertTrue(annotations.contains(new Annotation(3.253, 0.001, "Comment/comment using [square] brackets")));
            assertEquals(new Annotation(8.029, 0.001, "$User_Spec/$ 18"), annotations.get(15));
        }
    }

    @Test
    void samplesMatchRawBytes() throws IOException {
        Path header = EegTestFiles.shared(FOLDER + "test.vhdr");
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(EegTestFiles.shared(FOLDER + "test.eeg")))
                .order(ByteOrder.LITTLE_ENDIAN);
        try (BrainVisionReader reader = BrainVisionReader.open(header)) {
            for (int channel : new int[] {0, 7, 31}) {
                double[] samples = reader.readSamples(channel, 0, 7900);
                for (int point = 0; point < 7900; point += 331) {
                    // Multiplexed INT_16: point-major, 32 channels of 2 bytes, resolution 0.5 µV.
                    double expected = data.getShort((point * 32 + channel) * 2) * 0.5;
                    assertEquals(expected, samples[point], "channel " + channel + " point " + point);
                }
            }
        }
    }

    @Test
    void smallBlocksMatchDefaultRead() throws IOException {
        Path header = EegTestFiles.shared(FOLDER + "test.vhdr");
        // 640 bytes hold 10 data points of 32 INT_16 channels.
        try (BrainVisionReader whole = BrainVisionReader.open(header);
                BrainVisionReader small = BrainVisionReader.open(header, 640)) {
            for (int channel : new int[] {0, 20, 31}) {
                assertArrayEquals(whole.readSamples(channel, 0, 7900), small.readSamples(channel, 0, 7900),
                        "channel " + channel);
                assertArrayEquals(whole.readSamples(channel, 7, 25), small.readSamples(channel, 7, 25),
                        "channel " + channel);
            }
        }
    }

    /** Writes a 3-channel, 4-point recording; the header names the data file in a subfolder. */
    private Path writeRecording(String binaryFormat, String orientation, byte[] data, String extraCommon)
            throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Files.write(folder.resolve("data/rec.eeg"), data);
        Files.writeString(folder.resolve("rec.vmrk"), """
                Brain Vision Data Exchange Marker File, Version 1.0

                [Common Infos]
                Codepage=UTF-8
                DataFile=data/rec.eeg

                [Marker Infos]
                Mk1=Stimulus,S\\1 1,3,2,0
                """, StandardCharsets.UTF_8);
        String header = """
                Brain Vision Data Exchange Header File Version 1.0

                [Common Infos]
                Codepage=UTF-8
                DataFile=data/rec.eeg
                MarkerFile=rec.vmrk
                DataFormat=BINARY
                DataOrientation=%s
                NumberOfChannels=3
                SamplingInterval=4000
                %s
                [Binary Infos]
                BinaryFormat=%s

                [Channel Infos]
                Ch1=Cz,,0.1,mV
                Ch2=Pz\\1x,,2
                Ch3=EOG,,,µV
                """.formatted(orientation, extraCommon, binaryFormat);
        Path file = folder.resolve("rec.vhdr");
        Files.writeString(file, header, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] int32(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    private static byte[] float32(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    @Test
    void int32Vectorized() throws IOException {
        // Vectorized: all points of channel 1, then channel 2, then channel 3.
        byte[] data = int32(10, 20, 30, -40, 1, 2, 3, 4, -100_000, 0, 7, 70_000);
        try (BrainVisionReader reader = BrainVisionReader.open(writeRecording("INT_32", "VECTORIZED", data, ""))) {
            assertEquals(List.of("Cz", "Pz,x", "EOG"),
                    reader.header().channels().stream().map(ChannelInfo::label).toList());
            assertEquals(List.of("mV", "µV", "µV"),
                    reader.header().channels().stream().map(ChannelInfo::physicalUnit).toList());
            assertEquals(250.0, reader.header().channels().get(0).samplingRateHz());
            assertArrayEquals(new double[] {1.0, 2.0, 3.0, -4.0}, reader.readSamples(0, 0, 4), 1e-12);
            assertArrayEquals(new double[] {4, 6}, reader.readSamples(1, 1, 2), 1e-12);
            assertArrayEquals(new double[] {-100_000, 0, 7, 70_000}, reader.readSamples(2, 0, 4), 1e-12);
            assertEquals(List.of(new Annotation(0.008, 0.008, "Stimulus/S, 1")), reader.header().annotations());
        }
    }

    @Test
    void float32Multiplexed() throws IOException {
        // Multiplexed: channels 1, 2, 3 of point 1, then of point 2, ...
        byte[] data = float32(1.5f, 2f, -3.25f, 10f, 20f, 30f, 0f, 0.5f, 1e6f, -7f, 8f, 9f);
        try (BrainVisionReader reader = BrainVisionReader.open(writeRecording("IEEE_FLOAT_32", "MULTIPLEXED", data,
                "DataPoints=4"))) {
            assertArrayEquals(new double[] {0.15, 1.0, 0.0, -0.7}, reader.readSamples(0, 0, 4), 1e-6);
            assertArrayEquals(new double[] {4, 40, 1, 16}, reader.readSamples(1, 0, 4), 1e-6);
            assertArrayEquals(new double[] {1e6, 9}, reader.readSamples(2, 2, 2), 1e-6);
        }
    }

    @Test
    void missingDataFile() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[24], "");
        Files.delete(folder.resolve("data/rec.eeg"));
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        String message = error.getMessage();
        assertTrue(message.startsWith(header.toString()), message);
        assertTrue(message.contains("data file '" + folder.resolve("data/rec.eeg") + "' named by DataFile was not "
                + "found"), message);
        EegTestFiles.assertOnlyFiles(folder, "data", "rec.vhdr", "rec.vmrk");
    }

    @Test
    void unknownBinaryFormat() throws IOException {
        Path header = writeRecording("UINT_8", "MULTIPLEXED", new byte[12], "");
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("BinaryFormat 'UINT_8' is not supported. Supported formats: "
                + "[INT_16, INT_32, IEEE_FLOAT_32]"), error.getMessage());
        EegTestFiles.assertOnlyFiles(folder, "data", "rec.vhdr", "rec.vmrk");
    }

    @Test
    void dataSizeNotWholePoints() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[25], "");
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("the file has 25 bytes, which is not a whole number of data points of "
                + "3 channels x 2 bytes"), error.getMessage());
        assertTrue(error.getMessage().startsWith(folder.resolve("data/rec.eeg").toString()), error.getMessage());
    }

    @Test
    void dataPointsDisagree() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[24], "DataPoints=5");
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("DataPoints is 5, but the data file rec.eeg contains 4 data points"),
                error.getMessage());
    }

    @Test
    void missingChannelLine() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[24], "");
        Files.writeString(header, Files.readString(header).replace("Ch3=EOG,,,µV", ""));
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("[Channel Infos] has no Ch3 line, but NumberOfChannels is 3"),
                error.getMessage());
    }

    @Test
    void nonNumericSamplingInterval() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[24], "");
        Files.writeString(header, Files.readString(header).replace("SamplingInterval=4000", "SamplingInterval=4 ms"));
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("SamplingInterval is '4 ms', but it must be a positive number"),
                error.getMessage());
    }

    @Test
    void missingMarkerFile() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[24], "");
        Files.delete(folder.resolve("rec.vmrk"));
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("marker file '" + folder.resolve("rec.vmrk")
                + "' named by MarkerFile was not found"), error.getMessage());
    }

    @Test
    void notABrainVisionHeader() throws IOException {
        Path header = writeRecording("INT_16", "MULTIPLEXED", new byte[24], "");
        Files.writeString(header, "[Common Infos]\nDataFile=data/rec.eeg\n");
        EegFormatException error = assertThrows(EegFormatException.class, () -> BrainVisionReader.open(header));

        assertTrue(error.getMessage().contains("the first line is '[Common Infos]', but a BrainVision header starts "
                + "with"), error.getMessage());
    }
}

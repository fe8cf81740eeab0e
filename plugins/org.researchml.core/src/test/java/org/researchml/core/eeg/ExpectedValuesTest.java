package org.researchml.core.eeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.researchml.core.DataDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads every EDF, BDF and BrainVision file of the shared data folder and compares header, samples and
 * annotations with values that {@code src/test/python/eeg_expected_values.py} decoded independently.
 */
class ExpectedValuesTest {

    private static final String RESOURCE = "expected-values.json";

    private static JsonNode expectedValues() throws IOException {
        try (InputStream in = ExpectedValuesTest.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void expectedValuesCoverEveryFile() throws IOException {
        Path data = DataDirectory.require(null);
        TreeSet<String> onDisk = new TreeSet<>();
        for (String folder : List.of("eeg/formats", "eeg/eegmmidb-S001")) {
            try (Stream<Path> files = Files.walk(data.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .map(file -> data.relativize(file).toString().replace('\\', '/'))
                        .filter(name -> name.matches(".*\\.(edf|bdf|vhdr)"))
                        .forEach(onDisk::add);
            }
        }
        TreeSet<String> expected = new TreeSet<>();
        expectedValues().fieldNames().forEachRemaining(expected::add);

        assertEquals(onDisk, expected);
    }

    @TestFactory
    List<DynamicTest> readMatchesExpectedValues() throws IOException {
        Path data = DataDirectory.require(null);
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = expectedValues().fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            tests.add(dynamicTest(entry.getKey(), () -> check(data.resolve(entry.getKey()), entry.getValue())));
        }
        return tests;
    }

    private static void check(Path file, JsonNode expected) throws IOException {
        try (EegSource source = EegFiles.open(file)) {
            RecordingHeader header = source.header();
            assertEquals(expected.get("format").asText(), header.format(), "format");
            assertEquals(expected.get("durationSeconds").asDouble(), header.durationSeconds(), 1e-9, "duration");

            JsonNode channels = expected.get("channels");
            assertEquals(channels.size(), header.channels().size(), "channel count");
            for (int c = 0; c < channels.size(); c++) {
                ChannelInfo channel = header.channels().get(c);
                JsonNode want = channels.get(c);
                assertEquals(want.get("label").asText(), channel.label(), "label of channel " + c);
                assertEquals(want.get("samplingRateHz").asDouble(), channel.samplingRateHz(), 1e-9,
                        "rate of channel " + c);
                assertEquals(want.get("unit").asText(), channel.physicalUnit(), "unit of channel " + c);
                assertEquals(expected.get("sampleCounts").get(c).asLong(), source.sampleCount(c),
                        "sample count of channel " + c);
            }

            JsonNode segments = expected.get("segments");
            assertEquals(segments.size(), header.segments().size(), "segment count");
            for (int s = 0; s < segments.size(); s++) {
                assertEquals(segments.get(s).get(0).asDouble(), header.segments().get(s).firstRecordSeconds(), 1e-9,
                        "start of segment " + s);
                assertEquals(segments.get(s).get(1).asDouble(), header.segments().get(s).durationSeconds(), 1e-9,
                        "duration of segment " + s);
            }

            for (JsonNode sample : expected.get("samples")) {
                int channel = sample.get("channel").asInt();
                long index = sample.get("index").asLong();
                double want = sample.get("value").asDouble();
                double got = source.readSamples(channel, index, 1)[0];
                assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)),
                        "sample " + index + " of channel " + channel);
            }

            assertEquals(expected.get("annotationCount").asInt(), header.annotations().size(), "annotation count");
            for (JsonNode annotation : expected.get("annotations")) {
                int index = annotation.get("index").asInt();
                Annotation got = header.annotations().get(index);
                assertEquals(annotation.get("onset").asDouble(), got.onsetSeconds(), 1e-9, "onset of " + index);
                assertEquals(annotation.get("duration").asDouble(), got.durationSeconds(), 1e-9,
                        "duration of " + index);
                assertEquals(annotation.get("text").asText(), got.text(), "text of " + index);
            }
        }
    }
}

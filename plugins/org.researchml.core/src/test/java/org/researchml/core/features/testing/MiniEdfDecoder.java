package org.researchml.core.features.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.researchml.core.DataDirectory;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

/**
 * Test-only decoder for continuous EDF+C files with one rate for all signals, such as EEGMMIDB, so feature
 * tests can read real data before the project's EDF reader is merged. It reads signals as 16-bit little-endian
 * integers scaled to physical units, and annotations from {@code EDF Annotations} channels.
 */
public final class MiniEdfDecoder {

    private static final String ANNOTATION_LABEL = "EDF Annotations";

    private MiniEdfDecoder() {
    }

    /** Reads an EEGMMIDB run of subject S001, for example {@code S001R03.edf}, from the data folder. */
    public static Recording readEegmmidb(String fileName) throws IOException {
        return read(DataDirectory.require(null).resolve("eeg/eegmmidb-S001").resolve(fileName));
    }

    /** Reads a continuous EDF+ file whose signals share one sampling rate. */
    public static Recording read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int signalCount = Integer.parseInt(text(bytes, 252, 4));
        int recordCount = Integer.parseInt(text(bytes, 236, 8));
        double recordSeconds = Double.parseDouble(text(bytes, 244, 8));
        int base = 256;
        String[] labels = new String[signalCount];
        String[] units = new String[signalCount];
        double[] physicalMin = new double[signalCount];
        double[] physicalMax = new double[signalCount];
        double[] digitalMin = new double[signalCount];
        double[] digitalMax = new double[signalCount];
        int[] samplesPerRecord = new int[signalCount];
        for (int s = 0; s < signalCount; s++) {
            labels[s] = text(bytes, base + 16 * s, 16);
            units[s] = text(bytes, base + signalCount * 96 + 8 * s, 8);
            physicalMin[s] = Double.parseDouble(text(bytes, base + signalCount * 104 + 8 * s, 8));
            physicalMax[s] = Double.parseDouble(text(bytes, base + signalCount * 112 + 8 * s, 8));
            digitalMin[s] = Double.parseDouble(text(bytes, base + signalCount * 120 + 8 * s, 8));
            digitalMax[s] = Double.parseDouble(text(bytes, base + signalCount * 128 + 8 * s, 8));
            samplesPerRecord[s] = Integer.parseInt(text(bytes, base + signalCount * 216 + 8 * s, 8));
        }
        int headerBytes = 256 + 256 * signalCount;

        List<Integer> signals = new ArrayList<>();
        for (int s = 0; s < signalCount; s++) {
            if (!labels[s].equals(ANNOTATION_LABEL)) {
                signals.add(s);
            }
        }
        int perRecord = samplesPerRecord[signals.get(0)];
        double[][] samples = new double[signals.size()][recordCount * perRecord];
        List<Annotation> annotations = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int position = headerBytes;
        for (int r = 0; r < recordCount; r++) {
            int column = 0;
            for (int s = 0; s < signalCount; s++) {
                if (labels[s].equals(ANNOTATION_LABEL)) {
                    parseAnnotations(bytes, position, 2 * samplesPerRecord[s], annotations);
                } else {
                    double gain = (physicalMax[s] - physicalMin[s]) / (digitalMax[s] - digitalMin[s]);
                    for (int i = 0; i < samplesPerRecord[s]; i++) {
                        double digital = buffer.getShort(position + 2 * i);
                        samples[column][r * perRecord + i] = physicalMin[s] + (digital - digitalMin[s]) * gain;
                    }
                    column++;
                }
                position += 2 * samplesPerRecord[s];
            }
        }
        List<String> channelLabels = new ArrayList<>();
        List<String> channelUnits = new ArrayList<>();
        for (int s : signals) {
            channelLabels.add(labels[s]);
            channelUnits.add(units[s]);
        }
        annotations.sort((a, b) -> Double.compare(a.onsetSeconds(), b.onsetSeconds()));
        double rate = perRecord / recordSeconds;
        return new Recording(channelLabels, channelUnits, rate, samples,
                List.of(new Segment(0, recordCount * recordSeconds)), annotations, null);
    }

    /** Parses time-stamped annotation lists: {@code +onset[0x15 duration]0x14 text 0x14 ... 0x00}. */
    private static void parseAnnotations(byte[] bytes, int offset, int length, List<Annotation> out) {
        String block = new String(bytes, offset, length, StandardCharsets.UTF_8);
        for (String list : block.split("\u0000")) {
            if (list.isEmpty()) {
                continue;
            }
            String[] parts = list.split("\u0014", -1);
            String[] timing = parts[0].split("\u0015");
            double onset = Double.parseDouble(timing[0]);
            double duration = timing.length > 1 && !timing[1].isEmpty() ? Double.parseDouble(timing[1]) : 0;
            for (int p = 1; p < parts.length; p++) {
                if (!parts[p].isEmpty()) {
                    out.add(new Annotation(onset, duration, parts[p]));
                }
            }
        }
    }

    private static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII).trim();
    }
}

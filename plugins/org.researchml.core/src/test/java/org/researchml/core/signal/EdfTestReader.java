package org.researchml.core.signal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.researchml.core.eeg.Recording;

/**
 * Minimal EDF reader for the signal tests: plain 16-bit EDF with one sampling rate for all signal channels.
 * It skips the {@code EDF Annotations} channel and keeps no annotations.
 */
final class EdfTestReader {

    private EdfTestReader() {
    }

    static Recording read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        int records = Integer.parseInt(text(bytes, 236, 8));
        double recordSeconds = Double.parseDouble(text(bytes, 244, 8));
        int count = Integer.parseInt(text(bytes, 252, 4));
        int base = 256;
        String[] labels = new String[count];
        double[] physicalMin = new double[count];
        double[] physicalMax = new double[count];
        double[] digitalMin = new double[count];
        double[] digitalMax = new double[count];
        int[] perRecord = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = text(bytes, base + 16 * i, 16);
            physicalMin[i] = Double.parseDouble(text(bytes, base + 104 * count + 8 * i, 8));
            physicalMax[i] = Double.parseDouble(text(bytes, base + 112 * count + 8 * i, 8));
            digitalMin[i] = Double.parseDouble(text(bytes, base + 120 * count + 8 * i, 8));
            digitalMax[i] = Double.parseDouble(text(bytes, base + 128 * count + 8 * i, 8));
            perRecord[i] = Integer.parseInt(text(bytes, base + 216 * count + 8 * i, 8));
        }

        List<Integer> signals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!labels[i].equals("EDF Annotations")) {
                signals.add(i);
            }
        }
        int samplesPerRecord = perRecord[signals.get(0)];
        double[][] samples = new double[signals.size()][records * samplesPerRecord];
        ByteBuffer data = ByteBuffer.wrap(bytes, 256 * (count + 1), bytes.length - 256 * (count + 1))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < records; r++) {
            for (int i = 0; i < count; i++) {
                int channel = signals.indexOf(i);
                double gain = (physicalMax[i] - physicalMin[i]) / (digitalMax[i] - digitalMin[i]);
                for (int k = 0; k < perRecord[i]; k++) {
                    short digital = data.getShort();
                    if (channel >= 0) {
                        samples[channel][r * samplesPerRecord + k] = (digital - digitalMin[i]) * gain + physicalMin[i];
                    }
                }
            }
        }
        List<String> channelLabels = new ArrayList<>();
        for (int i : signals) {
            channelLabels.add(labels[i]);
        }
        return Recording.of(channelLabels, samplesPerRecord / recordSeconds, samples);
    }

    private static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII).trim();
    }
}

package org.researchml.core.eeg.brainvision;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.ChannelInfo;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.EegSource;
import org.researchml.core.eeg.RecordingHeader;
import org.researchml.core.eeg.Segment;

/**
 * Reads BrainVision recordings: a {@code .vhdr} header (versions 1.0 and 2.0), a binary data file and
 * an optional {@code .vmrk} marker file, both named in the header relative to the header's folder.
 *
 * <p>Supported are {@code DataFormat=BINARY} with {@code BinaryFormat} INT_16, INT_32 or IEEE_FLOAT_32,
 * little- or big-endian, in {@code MULTIPLEXED} or {@code VECTORIZED} orientation. Physical values are the
 * stored values times the channel's resolution. The unit comes from the {@code Ch} line and is
 * {@code µV} when the line leaves it out. Markers become annotations as described in
 * {@link BrainVisionMarkers}. The recording is one segment from time 0.
 *
 * <p>Instances are not thread-safe.
 */
public final class BrainVisionReader implements EegSource {

    private static final Pattern VERSION_LINE = Pattern.compile(
            "Brain ?Vision (Data Exchange|Core Data Format) Header File,? Version ([0-9.]+)");
    /** Default upper bound of the block of multiplexed data points held in memory, in bytes. */
    static final int MAX_BLOCK_BYTES = 8 << 20;

    private final Path dataFile;
    private final FileChannel channel;
    private final RecordingHeader header;
    private final BinaryFormat format;
    private final boolean vectorized;
    private final double[] resolutions;
    private final long pointCount;
    private final ByteBuffer block;
    private long blockFirstPoint = -1;
    private int blockPoints;

    private BrainVisionReader(Path dataFile, FileChannel channel, RecordingHeader header, BinaryFormat format,
            ByteOrder order, boolean vectorized, double[] resolutions, long pointCount, int maxBlockBytes) {
        this.dataFile = dataFile;
        this.channel = channel;
        this.header = header;
        this.format = format;
        this.vectorized = vectorized;
        this.resolutions = resolutions;
        this.pointCount = pointCount;
        int rowBytes = resolutions.length * format.bytesPerSample();
        int rows = (int) Math.max(1, Math.min(pointCount, maxBlockBytes / rowBytes));
        this.block = ByteBuffer.allocate(vectorized ? 0 : rows * rowBytes).order(order);
    }

    /**
     * Opens a recording from its header file.
     *
     * @throws EegFormatException if a key is missing or invalid, or the data or marker file is missing or
     *     does not match the header. The message names the file and the key.
     */
    public static BrainVisionReader open(Path headerFile) throws IOException {
        return open(headerFile, MAX_BLOCK_BYTES);
    }

    /** Opens a recording with a smaller or larger block, so tests can make reads cross blocks. */
    static BrainVisionReader open(Path headerFile, int maxBlockBytes) throws IOException {
        IniSections ini = IniSections.read(headerFile);
        Matcher version = VERSION_LINE.matcher(ini.firstLine());
        if (!version.lookingAt()) {
            throw new EegFormatException(headerFile, "the first line is '" + ini.firstLine() + "', but a BrainVision "
                    + "header starts with 'Brain Vision Data Exchange Header File Version 1.0' (or 2.0).");
        }
        Map<String, String> common = ini.section("Common Infos");
        Map<String, String> binary = ini.section("Binary Infos");

        String dataFormat = common.getOrDefault("DataFormat", "BINARY");
        if (!dataFormat.equalsIgnoreCase("BINARY")) {
            // TODO: DataFormat=ASCII files are not supported yet.
            throw new EegFormatException(headerFile, "DataFormat is '" + dataFormat + "', but only BINARY is "
                    + "supported. Export the recording as binary data.");
        }
        String dataType = common.getOrDefault("DataType", "TIMEDOMAIN");
        if (!dataType.equalsIgnoreCase("TIMEDOMAIN")) {
            throw new EegFormatException(headerFile, "DataType is '" + dataType
                    + "', but only TIMEDOMAIN data is supported.");
        }
        String orientation = common.getOrDefault("DataOrientation", "MULTIPLEXED").toUpperCase(Locale.ROOT);
        if (!orientation.equals("MULTIPLEXED") && !orientation.equals("VECTORIZED")) {
            throw new EegFormatException(headerFile, "DataOrientation is '" + orientation
                    + "', but it must be MULTIPLEXED or VECTORIZED.");
        }
        int channelCount = (int) requirePositive(headerFile, common, "NumberOfChannels", "Common Infos");
        double intervalMicroseconds = requirePositive(headerFile, common, "SamplingInterval", "Common Infos");
        double samplingRateHz = 1e6 / intervalMicroseconds;
        BinaryFormat format = binaryFormat(headerFile, binary.get("BinaryFormat"));
        ByteOrder order = "YES".equalsIgnoreCase(binary.getOrDefault("UseBigEndianOrder", "NO"))
                ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;

        List<ChannelInfo> channels = new ArrayList<>();
        double[] resolutions = new double[channelCount];
        Map<String, String> channelInfos = ini.section("Channel Infos");
        for (int c = 0; c < channelCount; c++) {
            String key = "Ch" + (c + 1);
            String line = channelInfos.get(key);
            if (line == null) {
                throw new EegFormatException(headerFile, "[Channel Infos] has no " + key + " line, but "
                        + "NumberOfChannels is " + channelCount + ". Add the line or correct NumberOfChannels.");
            }
            String[] fields = line.split(",", -1);
            String label = fields[0].replace("\\1", ",").strip();
            resolutions[c] = fields.length > 2 && !fields[2].isBlank()
                    ? parseResolution(headerFile, key, fields[2]) : 1.0;
            String unit = fields.length > 3 && !fields[3].isBlank() ? fields[3].strip() : "µV";
            channels.add(new ChannelInfo(label, samplingRateHz, unit));
        }

        Path folder = headerFile.toAbsolutePath().getParent();
        Path dataFile = folder.resolve(requireValue(headerFile, common, "DataFile", "Common Infos"));
        if (!Files.isRegularFile(dataFile)) {
            throw new EegFormatException(headerFile, "the data file '" + dataFile + "' named by DataFile was not "
                    + "found. Put it next to the header or correct DataFile.");
        }
        long rowBytes = (long) channelCount * format.bytesPerSample();
        long dataBytes = Files.size(dataFile);
        if (dataBytes % rowBytes != 0) {
            throw new EegFormatException(dataFile, "the file has " + dataBytes + " bytes, which is not a whole "
                    + "number of data points of " + channelCount + " channels x " + format.bytesPerSample()
                    + " bytes (" + format + " in " + headerFile.getFileName() + "). The file is truncated or the "
                    + "header is wrong.");
        }
        long pointCount = dataBytes / rowBytes;
        String declaredPoints = common.get("DataPoints");
        if (declaredPoints != null && !declaredPoints.isBlank() && !declaredPoints.equals(String.valueOf(pointCount))) {
            throw new EegFormatException(headerFile, "DataPoints is " + declaredPoints + ", but the data file "
                    + dataFile.getFileName() + " contains " + pointCount + " data points. The data file is truncated "
                    + "or the header is wrong.");
        }

        List<Annotation> annotations = List.of();
        java.time.LocalDateTime start = null;
        String markerName = common.get("MarkerFile");
        if (markerName != null && !markerName.isBlank()) {
            Path markerFile = folder.resolve(markerName);
            if (!Files.isRegularFile(markerFile)) {
                throw new EegFormatException(headerFile, "the marker file '" + markerFile + "' named by MarkerFile "
                        + "was not found. Put it next to the header or remove the MarkerFile line.");
            }
            BrainVisionMarkers markers = BrainVisionMarkers.read(markerFile, samplingRateHz);
            annotations = markers.annotations();
            start = markers.startDateTime();
        }

        double durationSeconds = pointCount / samplingRateHz;
        RecordingHeader header = new RecordingHeader("BrainVision " + version.group(2), "", "", start, channels,
                durationSeconds, List.of(new Segment(0, durationSeconds)), annotations);
        FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ);
        return new BrainVisionReader(dataFile, channel, header, format, order, orientation.equals("VECTORIZED"),
                resolutions, pointCount, maxBlockBytes);
    }

    private static BinaryFormat binaryFormat(Path headerFile, String value) throws EegFormatException {
        if (value == null || value.isBlank()) {
            throw new EegFormatException(headerFile, "[Binary Infos] has no BinaryFormat. Supported formats: "
                    + Arrays.toString(BinaryFormat.values()) + ".");
        }
        try {
            return BinaryFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EegFormatException(headerFile, "BinaryFormat '" + value + "' is not supported. Supported "
                    + "formats: " + Arrays.toString(BinaryFormat.values()) + ".");
        }
    }

    private static String requireValue(Path file, Map<String, String> section, String key, String sectionName)
            throws EegFormatException {
        String value = section.get(key);
        if (value == null || value.isBlank()) {
            throw new EegFormatException(file, "[" + sectionName + "] has no " + key + " value.");
        }
        return value;
    }

    private static double requirePositive(Path file, Map<String, String> section, String key, String sectionName)
            throws EegFormatException {
        String value = requireValue(file, section, key, sectionName);
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new EegFormatException(file, key + " is '" + value + "', but it must be a positive number.");
    }

    private static double parseResolution(Path file, String key, String value) throws EegFormatException {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new EegFormatException(file, "the resolution of " + key + " is '" + value
                    + "', which is not a number.");
        }
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public long sampleCount(int channelIndex) {
        checkChannel(channelIndex);
        return pointCount;
    }

    @Override
    public double[] readSamples(int channelIndex, long firstSample, int count) throws IOException {
        checkChannel(channelIndex);
        if (firstSample < 0 || count < 0 || firstSample + count > pointCount) {
            throw new IllegalArgumentException("Samples " + firstSample + " to " + (firstSample + count)
                    + " lie outside channel '" + header.channels().get(channelIndex).label() + "', which has "
                    + pointCount + " samples.");
        }
        return vectorized ? readVectorized(channelIndex, firstSample, count)
                : readMultiplexed(channelIndex, firstSample, count);
    }

    private double[] readVectorized(int channelIndex, long firstSample, int count) throws IOException {
        int bytes = format.bytesPerSample();
        ByteBuffer buffer = ByteBuffer.allocate(count * bytes).order(block.order());
        readFully(buffer, (channelIndex * pointCount + firstSample) * bytes);
        double[] samples = new double[count];
        for (int i = 0; i < count; i++) {
            samples[i] = format.read(buffer, i * bytes) * resolutions[channelIndex];
        }
        return samples;
    }

    private double[] readMultiplexed(int channelIndex, long firstSample, int count) throws IOException {
        int bytes = format.bytesPerSample();
        int rowBytes = resolutions.length * bytes;
        int rowsPerBlock = block.capacity() / rowBytes;
        double[] samples = new double[count];
        for (int i = 0; i < count; i++) {
            long point = firstSample + i;
            if (point < blockFirstPoint || point >= blockFirstPoint + blockPoints) {
                blockPoints = (int) Math.min(rowsPerBlock, pointCount - point);
                block.clear().limit(blockPoints * rowBytes);
                blockFirstPoint = -1;
                readFully(block, point * rowBytes);
                blockFirstPoint = point;
            }
            int position = (int) (point - blockFirstPoint) * rowBytes + channelIndex * bytes;
            samples[i] = format.read(block, position) * resolutions[channelIndex];
        }
        return samples;
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long start = position - buffer.position();
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, start + buffer.position()) < 0) {
                throw new EegFormatException(dataFile, "the file ends at byte " + (start + buffer.position())
                        + ". It was truncated after it was opened.");
            }
        }
    }

    private void checkChannel(int channelIndex) {
        if (channelIndex < 0 || channelIndex >= resolutions.length) {
            throw new IllegalArgumentException("Channel index " + channelIndex + " is outside 0.."
                    + (resolutions.length - 1) + " of " + dataFile + ".");
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

package org.researchml.core.eeg.edf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.researchml.core.eeg.ChannelInfo;
import org.researchml.core.eeg.EegSource;
import org.researchml.core.eeg.RecordingHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads EDF, EDF+ (C and D), BDF and BDF+ files.
 *
 * <p>Opening parses the header and the annotation channels of every record. Samples are read on
 * request, one block of at most 8 MB (or one record, if larger) at a time.
 * Physical values are {@code (digital - digitalMin) * (physicalMax - physicalMin) / (digitalMax - digitalMin)
 * + physicalMin}, in the unit the header states. BDF samples are 24-bit little-endian two's complement,
 * EDF samples 16-bit.
 *
 * <p>Channels are the signals of the file without the {@code EDF Annotations} / {@code BDF Annotations}
 * channels. Labels are trimmed. A label that occurs more than once keeps its first occurrence unchanged,
 * and later occurrences get the suffix {@code #2}, {@code #3}, ... so that every label is unique.
 * Annotation onsets and segment starts are seconds after the start date and time of the header.
 *
 * <p>Instances are not thread-safe.
 */
public final class EdfReader implements EegSource {

    private static final Logger LOG = LoggerFactory.getLogger(EdfReader.class);

    private final Path file;
    private final FileChannel channel;
    private final EdfHeader edfHeader;
    private final RecordingHeader header;
    private final int[] signalIndex;
    private final int[] offsetInRecord;
    private final RecordBlockCache cache;

    private EdfReader(Path file, FileChannel channel, EdfHeader edfHeader, EdfTimeline timeline, int maxBlockBytes)
            throws IOException {
        this.file = file;
        this.channel = channel;
        this.edfHeader = edfHeader;

        List<EdfSignal> signals = edfHeader.signals();
        List<Integer> dataSignals = new ArrayList<>();
        int[] offsets = new int[signals.size()];
        int offset = 0;
        for (int i = 0; i < signals.size(); i++) {
            offsets[i] = offset;
            offset += signals.get(i).samplesPerRecord() * edfHeader.bytesPerSample();
            if (!signals.get(i).annotation()) {
                dataSignals.add(i);
            }
        }
        this.signalIndex = dataSignals.stream().mapToInt(Integer::intValue).toArray();
        this.offsetInRecord = offsets;

        List<ChannelInfo> channels = channelInfos(signals, dataSignals);
        double durationSeconds = edfHeader.recordCount() * edfHeader.recordDurationSeconds();
        this.header = new RecordingHeader(edfHeader.formatName(), edfHeader.patient(), edfHeader.recordingId(),
                edfHeader.startDateTime(), channels, durationSeconds, timeline.segments(), timeline.annotations());
        this.cache = new RecordBlockCache(file, channel, edfHeader.headerBytes(), edfHeader.recordBytes(),
                edfHeader.recordCount(), maxBlockBytes);
    }

    /**
     * Opens a file and reads its header and annotations.
     *
     * @throws org.researchml.core.eeg.EegFormatException if the file is damaged or not EDF/BDF. The message names
     *     the file, the field and the problem
     * @throws IOException if the file cannot be read
     */
    public static EdfReader open(Path file) throws IOException {
        return open(file, RecordBlockCache.MAX_BLOCK_BYTES);
    }

    /** Opens a file with a smaller or larger cache block, so tests can make reads cross blocks. */
    static EdfReader open(Path file, int maxBlockBytes) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            EdfHeader edfHeader = EdfHeaderParser.parse(file, channel);
            EdfTimeline timeline = EdfTimeline.read(file, channel, edfHeader);
            return new EdfReader(file, channel, edfHeader, timeline, maxBlockBytes);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private List<ChannelInfo> channelInfos(List<EdfSignal> signals, List<Integer> dataSignals) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<ChannelInfo> channels = new ArrayList<>();
        for (int index : dataSignals) {
            EdfSignal signal = signals.get(index);
            int occurrence = occurrences.merge(signal.label(), 1, Integer::sum);
            String label = signal.label();
            if (occurrence > 1) {
                label = label + "#" + occurrence;
                LOG.warn("{}: signal {} repeats the label '{}'; naming it '{}'.", file, index + 1, signal.label(),
                        label);
            }
            double samplingRateHz = signal.samplesPerRecord() / edfHeader.recordDurationSeconds();
            channels.add(new ChannelInfo(label, samplingRateHz, signal.physicalUnit(), signal.transducer(),
                    signal.prefiltering()));
        }
        return channels;
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    /** Returns the header fields as stored, annotation channels included. */
    public EdfHeader edfHeader() {
        return edfHeader;
    }

    @Override
    public long sampleCount(int channelIndex) {
        return edfHeader.recordCount() * signal(channelIndex).samplesPerRecord();
    }

    @Override
    public double[] readSamples(int channelIndex, long firstSample, int count) throws IOException {
        EdfSignal signal = signal(channelIndex);
        long available = sampleCount(channelIndex);
        if (firstSample < 0 || count < 0 || firstSample + count > available) {
            throw new IllegalArgumentException("Samples " + firstSample + " to " + (firstSample + count)
                    + " lie outside channel '" + header.channels().get(channelIndex).label() + "', which has "
                    + available + " samples.");
        }
        int samplesPerRecord = signal.samplesPerRecord();
        int bytesPerSample = edfHeader.bytesPerSample();
        int signalOffset = offsetInRecord[signalIndex[channelIndex]];
        double digitalMinimum = signal.digitalMinimum();
        double gain = signal.gain();
        double physicalMinimum = signal.physicalMinimum();

        double[] samples = new double[count];
        int filled = 0;
        long sample = firstSample;
        while (filled < count) {
            long record = sample / samplesPerRecord;
            int within = (int) (sample % samplesPerRecord);
            int n = Math.min(samplesPerRecord - within, count - filled);
            int position = cache.offsetOf(record) + signalOffset + within * bytesPerSample;
            byte[] bytes = cache.bytes();
            for (int i = 0; i < n; i++) {
                int digital = bytesPerSample == 2 ? decode16(bytes, position) : decode24(bytes, position);
                samples[filled + i] = (digital - digitalMinimum) * gain + physicalMinimum;
                position += bytesPerSample;
            }
            filled += n;
            sample += n;
        }
        return samples;
    }

    private static int decode16(byte[] bytes, int position) {
        return (short) ((bytes[position] & 0xFF) | (bytes[position + 1] << 8));
    }

    private static int decode24(byte[] bytes, int position) {
        // The sign comes from the top byte, which Java sign-extends.
        return (bytes[position] & 0xFF) | ((bytes[position + 1] & 0xFF) << 8) | (bytes[position + 2] << 16);
    }

    private EdfSignal signal(int channelIndex) {
        if (channelIndex < 0 || channelIndex >= signalIndex.length) {
            throw new IllegalArgumentException("Channel index " + channelIndex + " is outside 0.."
                    + (signalIndex.length - 1) + " of " + file + ".");
        }
        return edfHeader.signals().get(signalIndex[channelIndex]);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

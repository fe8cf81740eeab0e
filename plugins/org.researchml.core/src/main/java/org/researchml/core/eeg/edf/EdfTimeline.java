package org.researchml.core.eeg.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.Segment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Record onsets and annotations of an EDF/BDF file, read from its annotation channels.
 *
 * <p>The first TAL of the first annotation channel in each data record gives the record onset.
 * Records that follow each other without a gap form one {@link Segment}. A record that starts later
 * than the previous one ends begins a new segment, so gaps of EDF+D files stay visible. Records that
 * start before the previous one ends are rejected. Files without annotation channels have contiguous
 * records from time 0.
 *
 * @param segments contiguous runs of records in recording time, empty for annotation-only files
 * @param annotations annotations from all annotation channels, sorted by onset
 */
record EdfTimeline(List<Segment> segments, List<Annotation> annotations) {

    private static final Logger LOG = LoggerFactory.getLogger(EdfTimeline.class);

    EdfTimeline {
        segments = List.copyOf(segments);
        annotations = List.copyOf(annotations);
    }

    /** Reads the annotation channels of every data record, a few bytes per record. */
    static EdfTimeline read(Path file, FileChannel channel, EdfHeader header) throws IOException {
        List<Integer> annotationSignals = new ArrayList<>();
        List<Long> annotationOffsets = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < header.signals().size(); i++) {
            EdfSignal signal = header.signals().get(i);
            if (signal.annotation()) {
                annotationSignals.add(i);
                annotationOffsets.add(offset);
            }
            offset += (long) signal.samplesPerRecord() * header.bytesPerSample();
        }

        double recordDuration = header.recordDurationSeconds();
        // Onsets in TALs are decimal text, so allow a small rounding difference before calling it a gap.
        double tolerance = Math.max(1e-6, 1e-4 * recordDuration);
        SegmentBuilder segments = new SegmentBuilder(file, recordDuration, tolerance);
        List<Annotation> annotations = new ArrayList<>();

        for (long record = 0; record < header.recordCount(); record++) {
            double recordOnset = record * recordDuration;
            boolean onsetFound = false;
            for (int a = 0; a < annotationSignals.size(); a++) {
                EdfSignal signal = header.signals().get(annotationSignals.get(a));
                byte[] bytes = readAnnotationBytes(file, channel, header, record, annotationOffsets.get(a),
                        signal.samplesPerRecord() * header.bytesPerSample());
                List<TimestampedAnnotationList> lists;
                try {
                    lists = TalParser.parse(bytes);
                } catch (IllegalArgumentException e) {
                    throw new EegFormatException(file, "data record " + (record + 1) + ", signal "
                            + (annotationSignals.get(a) + 1) + " '" + signal.label() + "': " + e.getMessage() + ".");
                }
                for (int t = 0; t < lists.size(); t++) {
                    TimestampedAnnotationList list = lists.get(t);
                    List<String> texts = list.texts();
                    if (a == 0 && t == 0) {
                        boolean timekeeping = !texts.isEmpty() && texts.get(0).isEmpty();
                        if (timekeeping) {
                            recordOnset = list.onsetSeconds();
                            onsetFound = true;
                            texts = texts.subList(1, texts.size());
                        }
                    }
                    for (String text : texts) {
                        if (!text.isEmpty()) {
                            annotations.add(new Annotation(list.onsetSeconds(), list.durationSeconds(), text));
                        }
                    }
                }
            }
            if (!annotationSignals.isEmpty() && !onsetFound && !header.plusVariant().isEmpty()) {
                throw new EegFormatException(file, "data record " + (record + 1) + " has no timekeeping TAL "
                        + "(an empty first annotation that gives the record onset) in its first annotation channel. "
                        + "EDF+ and BDF+ require one in every data record.");
            }
            if (recordDuration > 0) {
                segments.add(record, recordOnset);
            }
        }
        annotations.sort(Comparator.comparingDouble(Annotation::onsetSeconds));
        if (header.plusVariant().equals("C") && segments.build().size() > 1) {
            LOG.warn("{}: the file is marked EDF+C (continuous) but its record onsets leave gaps; "
                    + "reporting {} segments.", file, segments.build().size());
        }
        return new EdfTimeline(segments.build(), annotations);
    }

    private static byte[] readAnnotationBytes(Path file, FileChannel channel, EdfHeader header, long record,
            long offsetInRecord, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = header.headerBytes() + record * header.recordBytes() + offsetInRecord;
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EegFormatException(file, "the file ends inside data record " + (record + 1)
                        + ". The file is truncated.");
            }
        }
        return buffer.array();
    }

    /** Collects record onsets into segments of contiguous records. */
    private static final class SegmentBuilder {
        private final Path file;
        private final double recordDuration;
        private final double tolerance;
        private final List<Segment> segments = new ArrayList<>();
        private double segmentStart;
        private long segmentRecords;
        private long previousRecord = -1;

        SegmentBuilder(Path file, double recordDuration, double tolerance) {
            this.file = file;
            this.recordDuration = recordDuration;
            this.tolerance = tolerance;
        }

        void add(long record, double onset) throws EegFormatException {
            if (segmentRecords == 0) {
                segmentStart = onset;
                segmentRecords = 1;
                previousRecord = record;
                return;
            }
            double expected = segmentStart + segmentRecords * recordDuration;
            if (onset < expected - tolerance) {
                throw new EegFormatException(file, "data record " + (record + 1) + " starts at " + onset
                        + " s, before data record " + (previousRecord + 1) + " ends at " + expected
                        + " s. Record onsets must not overlap or go back in time.");
            }
            if (onset > expected + tolerance) {
                segments.add(new Segment(segmentStart, segmentRecords * recordDuration));
                segmentStart = onset;
                segmentRecords = 0;
            }
            segmentRecords++;
            previousRecord = record;
        }

        List<Segment> build() {
            List<Segment> all = new ArrayList<>(segments);
            if (segmentRecords > 0) {
                all.add(new Segment(segmentStart, segmentRecords * recordDuration));
            }
            return all;
        }
    }
}

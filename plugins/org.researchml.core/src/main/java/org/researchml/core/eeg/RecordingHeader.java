package org.researchml.core.eeg;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything a reader knows about a recording before any sample is read.
 *
 * @param format format name, for example {@code EDF+C}, {@code BDF}, {@code BrainVision}
 * @param patient patient identification, empty if absent
 * @param recordingId recording identification, empty if absent
 * @param startDateTime start of the recording, or {@code null} if the file does not state it
 * @param channels signal channels in file order (annotation channels excluded)
 * @param durationSeconds total duration covered by the data, gaps excluded
 * @param segments contiguous stretches of data; more than one means the recording has gaps
 * @param annotations annotations and markers, sorted by onset
 */
public record RecordingHeader(String format, String patient, String recordingId, LocalDateTime startDateTime,
        List<ChannelInfo> channels, double durationSeconds, List<Segment> segments, List<Annotation> annotations) {

    public RecordingHeader {
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
        annotations = List.copyOf(annotations);
    }

    /** Returns whether the data has gaps between segments. */
    public boolean isDiscontinuous() {
        return segments.size() > 1;
    }

    /** Returns the index of the channel with this label, or -1 if there is none. */
    public int indexOfChannel(String label) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }
}

package org.researchml.core.signal;

import java.util.List;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

/** Small synthetic recordings for the signal tests. */
final class TestRecordings {

    private TestRecordings() {
    }

    /** Returns a recording whose channel c contains {@code (c + 1) * sin(2 pi f t) + 10 c} with f = 5 Hz. */
    static Recording sines(List<String> labels, double samplingRateHz, int sampleCount) {
        double[][] samples = new double[labels.size()][sampleCount];
        for (int c = 0; c < samples.length; c++) {
            for (int i = 0; i < sampleCount; i++) {
                samples[c][i] = (c + 1) * Math.sin(2 * Math.PI * 5 * i / samplingRateHz) + 10 * c;
            }
        }
        return Recording.of(labels, samplingRateHz, samples);
    }

    /** Returns the recording with annotations, one event column and the given segments. */
    static Recording withExtras(Recording recording, List<Segment> segments, byte[] events) {
        return new Recording(recording.channelLabels(), recording.physicalUnits(), recording.samplingRateHz(),
                recording.samples(), segments, List.of(new Annotation(0.5, 0.25, "T1")),
                new EventColumns(List.of("HandStart"), new byte[][] {events}));
    }

    static double[][] deepCopy(double[][] samples) {
        double[][] copy = new double[samples.length][];
        for (int c = 0; c < samples.length; c++) {
            copy[c] = samples[c].clone();
        }
        return copy;
    }
}

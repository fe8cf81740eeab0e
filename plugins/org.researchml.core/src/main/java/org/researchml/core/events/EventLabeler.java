package org.researchml.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;

/**
 * Builds per-sample 0/1 labels (1 = event) from a recording's annotations or event columns.
 *
 * <p>Times are matched against each sample's recording time, so labels stay right across the gaps of a
 * discontinuous recording. Event parts that fall into a gap mark no sample.
 */
public final class EventLabeler {

    private EventLabeler() {
    }

    /**
     * Labels the samples covered by the annotations whose text is one of {@code eventTexts}.
     *
     * <p>In {@link LabelMode#INTERVAL} mode a sample at time {@code t} is 1 when
     * {@code onset <= t < onset + duration} for a chosen annotation. An annotation with duration 0 marks the first
     * sample at or after its onset, if that sample lies less than one sample period after the onset. In
     * {@link LabelMode#AROUND_ONSET} mode a sample is 1 when {@code onset - margin <= t < onset + margin}.
     *
     * @param recording recording with annotations, for example EEGMMIDB with texts T0, T1 and T2
     * @param eventTexts annotation texts that count as event, for example {@code T1} and {@code T2}
     * @param mode interval or around-onset labelling
     * @param aroundOnsetMillis margin on each side of an onset in milliseconds, used only in around-onset mode
     * @return one label per sample
     * @throws IllegalArgumentException if no text is given, a text does not occur in the recording, or the margin
     *         is not positive in around-onset mode
     */
    public static int[] fromAnnotations(Recording recording, Set<String> eventTexts, LabelMode mode,
            double aroundOnsetMillis) {
        if (eventTexts == null || eventTexts.isEmpty()) {
            throw new IllegalArgumentException("No event annotation texts given. Choose one or more of "
                    + annotationTexts(recording) + ".");
        }
        Set<String> available = annotationTexts(recording);
        for (String text : eventTexts) {
            if (!available.contains(text)) {
                throw new IllegalArgumentException("Annotation text '" + text + "' does not occur in the recording. "
                        + "Available texts: " + available + ".");
            }
        }
        double marginSeconds = marginSeconds(mode, aroundOnsetMillis);

        SampleTimeline timeline = SampleTimeline.of(recording);
        int[] labels = new int[recording.sampleCount()];
        for (Annotation annotation : recording.annotations()) {
            if (!eventTexts.contains(annotation.text())) {
                continue;
            }
            double onset = annotation.onsetSeconds();
            if (mode == LabelMode.AROUND_ONSET) {
                markTimeRange(timeline, labels, onset - marginSeconds, onset + marginSeconds);
            } else if (annotation.durationSeconds() > 0) {
                markTimeRange(timeline, labels, onset, annotation.endSeconds());
            } else {
                markPoint(timeline, labels, onset);
            }
        }
        return labels;
    }

    /**
     * Labels samples from the recording's event columns. A sample is 1 where any chosen column is 1
     * ({@link LabelMode#INTERVAL}), or within the margin of any chosen column's onset ({@link LabelMode#AROUND_ONSET}).
     * An onset is a sample with value 1 whose previous sample is 0 or lies in an earlier segment.
     *
     * @param recording recording with event columns, for example grasp-and-lift data
     * @param columns names of the columns that count as event
     * @param mode interval or around-onset labelling
     * @param aroundOnsetMillis margin on each side of an onset in milliseconds, used only in around-onset mode
     * @return one label per sample
     * @throws IllegalArgumentException if the recording has no event columns, a name is unknown, a column's length
     *         differs from the sample count, or the margin is not positive in around-onset mode
     */
    public static int[] fromEventColumns(Recording recording, List<String> columns, LabelMode mode,
            double aroundOnsetMillis) {
        EventColumns events = recording.eventColumns();
        if (events == null) {
            throw new IllegalArgumentException("The recording has no event columns, so it cannot be labelled from "
                    + "columns " + columns + ". Label it from annotations instead.");
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("No event columns given. Choose one or more of " + events.names()
                    + ".");
        }
        List<byte[]> chosen = new ArrayList<>();
        for (String name : columns) {
            int index = events.names().indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("Event column '" + name + "' not found. Available columns: "
                        + events.names() + ".");
            }
            byte[] values = events.values()[index];
            if (values.length != recording.sampleCount()) {
                throw new IllegalArgumentException("Event column '" + name + "' has " + values.length
                        + " values but the recording has " + recording.sampleCount() + " samples.");
            }
            chosen.add(values);
        }
        double marginSeconds = marginSeconds(mode, aroundOnsetMillis);

        SampleTimeline timeline = SampleTimeline.of(recording);
        int[] labels = new int[recording.sampleCount()];
        for (byte[] values : chosen) {
            if (mode == LabelMode.INTERVAL) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != 0) {
                        labels[i] = 1;
                    }
                }
            } else {
                markAroundColumnOnsets(timeline, values, labels, marginSeconds);
            }
        }
        return labels;
    }

    private static void markAroundColumnOnsets(SampleTimeline timeline, byte[] values, int[] labels,
            double marginSeconds) {
        for (int segment = 0; segment < timeline.segmentCount(); segment++) {
            int start = timeline.segmentStart(segment);
            for (int i = start; i < timeline.segmentEnd(segment); i++) {
                boolean onset = values[i] != 0 && (i == start || values[i - 1] == 0);
                if (onset) {
                    double onsetSeconds = timeline.secondsOf(i);
                    markTimeRange(timeline, labels, onsetSeconds - marginSeconds, onsetSeconds + marginSeconds);
                }
            }
        }
    }

    private static double marginSeconds(LabelMode mode, double aroundOnsetMillis) {
        if (mode == null) {
            throw new IllegalArgumentException("No label mode given. Use INTERVAL or AROUND_ONSET.");
        }
        if (mode == LabelMode.INTERVAL) {
            return 0;
        }
        if (!(aroundOnsetMillis > 0) || Double.isInfinite(aroundOnsetMillis)) {
            throw new IllegalArgumentException("aroundOnsetMillis must be a positive number of milliseconds in "
                    + "around-onset mode, got " + aroundOnsetMillis + ". For example 300 marks 300 ms on each side.");
        }
        return aroundOnsetMillis / 1000.0;
    }

    private static void markTimeRange(SampleTimeline timeline, int[] labels, double fromSeconds, double toSeconds) {
        int from = timeline.firstSampleAtOrAfter(fromSeconds);
        int to = timeline.firstSampleAtOrAfter(toSeconds);
        for (int i = from; i < to; i++) {
            labels[i] = 1;
        }
    }

    private static void markPoint(SampleTimeline timeline, int[] labels, double seconds) {
        int index = timeline.firstSampleAtOrAfter(seconds);
        if (index < labels.length && timeline.secondsOf(index) < seconds + 1.0 / timeline.samplingRateHz()) {
            labels[index] = 1;
        }
    }

    private static Set<String> annotationTexts(Recording recording) {
        Set<String> texts = new TreeSet<>();
        for (Annotation annotation : recording.annotations()) {
            texts.add(annotation.text());
        }
        return texts;
    }
}

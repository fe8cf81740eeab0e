package org.researchml.core.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventLabeler;
import org.researchml.core.events.LabelMode;
import org.researchml.core.signal.ChannelSelection;
import org.researchml.core.signal.FilterSpec;
import org.researchml.core.signal.RecordingFilter;
import org.researchml.core.signal.Rereference;

/** Reads a recording and applies a study's channel selection, reference, band-pass and labels. */
final class Preprocessing {

    private Preprocessing() {
    }

    static PreparedRecording prepare(Path file, EegStudySettings settings) throws IOException {
        Recording recording = EegFiles.load(file, null, 0, Double.POSITIVE_INFINITY);
        recording = ChannelSelection.byPattern(recording, settings.channelPattern());
        if (settings.commonAverageReference()) {
            recording = Rereference.commonAverage(recording);
        }
        FilterSpec bandPass = FilterSpec.bandPass(settings.filterOrder(), settings.bandPassLowHz(),
                settings.bandPassHighHz());
        recording = RecordingFilter.apply(recording, bandPass, recording.channelLabels(), settings.zeroPhase());
        return new PreparedRecording(file, recording, labelsOf(recording, settings, file));
    }

    /**
     * Labels samples from event columns when the recording has them (grasp-and-lift layout) and from
     * annotation intervals otherwise (EDF+, BrainVision markers).
     */
    private static int[] labelsOf(Recording recording, EegStudySettings settings, Path file) {
        try {
            if (recording.eventColumns() != null) {
                return EventLabeler.fromEventColumns(recording, settings.eventAnnotations(), LabelMode.INTERVAL, 0);
            }
            return EventLabeler.fromAnnotations(recording, new LinkedHashSet<>(settings.eventAnnotations()),
                    LabelMode.INTERVAL, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static List<String> describe(EegStudySettings settings) {
        return List.of("channels " + settings.channelPattern(),
                settings.commonAverageReference() ? "common-average reference" : "original reference",
                "Butterworth band-pass " + settings.bandPassLowHz() + "-" + settings.bandPassHighHz() + " Hz, order "
                        + settings.filterOrder() + (settings.zeroPhase() ? ", zero-phase" : ", causal"));
    }
}

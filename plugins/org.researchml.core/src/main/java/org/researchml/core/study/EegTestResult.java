package org.researchml.core.study;

import org.researchml.core.metrics.DetectionReport;

/**
 * Detections and metrics of one test recording.
 *
 * @param prepared the preprocessed recording with its true labels
 * @param sampleProbability event probability per sample
 * @param report sample- and event-level metrics at the model's threshold
 */
public record EegTestResult(PreparedRecording prepared, double[] sampleProbability, DetectionReport report) {

    /** Returns the file name of the recording. */
    public String name() {
        return prepared.name();
    }
}

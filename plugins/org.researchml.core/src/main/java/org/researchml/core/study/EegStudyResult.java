package org.researchml.core.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.features.csp.CspModel;
import org.researchml.core.metrics.ConfusionMatrix;
import org.researchml.core.metrics.DetectionReport;

/**
 * Everything an EEG study produced.
 *
 * @param settings the settings it ran with
 * @param trainFiles recordings it trained on
 * @param model the trained ensemble with its threshold
 * @param csp the fitted CSP filters, or {@code null} when CSP was off
 * @param tests one result per test recording
 * @param fitWindowCount windows the ensemble was fitted on
 * @param validationWindowCount held-out windows the threshold was chosen on
 * @param trainingSeconds wall time from reading to a trained model, in seconds
 * @param totalSeconds wall time of the whole study, in seconds
 * @param outputFolder folder the outputs were written to
 */
public record EegStudyResult(EegStudySettings settings, List<Path> trainFiles, EnsembleModel model, CspModel csp,
        List<EegTestResult> tests, int fitWindowCount, int validationWindowCount, double trainingSeconds,
        double totalSeconds, Path outputFolder) {

    /** Returns a few lines for the console: per test recording the sample and event metrics. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Trained on %s (%d windows, threshold %.4f chosen on %d held-out windows "
                + "for at most %.3f %% false alarms) in %.1f s.%n", names(trainFiles), fitWindowCount,
                model.threshold(), validationWindowCount, 100 * settings.targetFalseAlarmRate(), trainingSeconds));
        for (EegTestResult test : tests) {
            DetectionReport report = test.report();
            ConfusionMatrix matrix = report.confusionMatrix();
            long eventSamples = matrix.truePositives() + matrix.falseNegatives();
            long nonEventSamples = matrix.trueNegatives() + matrix.falsePositives();
            text.append(String.format(Locale.ROOT,
                    "%s: found %.1f %% of event samples (%d of %d), %d false alarms among %d non-event samples "
                            + "(%.3f %%), precision %.3f, F1 %.3f, ROC AUC %.3f, PR AUC %.3f, "
                            + "%.2f false-alarm episodes per minute, %d of %d events hit, median latency %.2f s%n",
                    test.name(), 100 * matrix.recall(), matrix.truePositives(), eventSamples, matrix.falsePositives(),
                    nonEventSamples, 100.0 * matrix.falsePositives() / Math.max(1, nonEventSamples),
                    matrix.precision(), matrix.f1(), report.rocAuc(), report.averagePrecision(),
                    report.falseAlarmsPerMinute(), report.eventsFound(), report.eventCount(),
                    report.medianLatencySeconds()));
        }
        text.append(String.format(Locale.ROOT, "Outputs in %s (total %.1f s).", outputFolder.toAbsolutePath(),
                totalSeconds));
        return text.toString();
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }
}

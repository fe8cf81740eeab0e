package org.researchml.knime.ensemble.scorer;

import java.io.File;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.researchml.core.metrics.DetectionMetrics;
import org.researchml.core.metrics.DetectionReport;
import org.researchml.knime.convert.DetectionColumns;
import org.researchml.knime.convert.DetectionReportTables;

/**
 * Scores a per-sample event detector with {@link DetectionMetrics}: sample-level confusion matrix and ratios, ROC
 * and PR AUC of the probabilities, false alarms per minute and event-level hits and latencies. With a predicted
 * column, the detections are that column and only the AUCs come from the probabilities.
 */
final class DetectionScorerNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(DetectionScorerNodeModel.class);

    private final DetectionScorerSettings settings = new DetectionScorerSettings();

    DetectionScorerNodeModel() {
        super(1, 3);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        DetectionColumns.checkSpec(inSpecs[0], settings.truthColumn.getStringValue().trim(),
                settings.probabilityColumn.getStringValue().trim(), settings.predictedColumnOrNull());
        return new DataTableSpec[] {DetectionReportTables.confusionSpec(), DetectionReportTables.metricsSpec(),
            DetectionReportTables.eventsSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        String predicted = settings.predictedColumnOrNull();
        DetectionColumns.Values values = DetectionColumns.read(inData[0], settings.truthColumn.getStringValue()
                .trim(), settings.probabilityColumn.getStringValue().trim(), predicted, exec.createSubProgress(0.5));
        exec.checkCanceled();
        exec.setProgress(0.5, "Computing metrics");
        double rateHz = settings.samplingRateHz.getDoubleValue();
        DetectionReport report;
        try {
            report = predicted == null
                    ? DetectionMetrics.compute(values.truth(), values.probability(),
                            settings.threshold.getDoubleValue(), rateHz)
                    : reportOfPredictions(values, rateHz);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scoring failed: " + e.getMessage(), e);
        }
        LOGGER.info("Scored " + values.truth().length + " rows: " + report.eventsFound() + " of "
                + report.eventCount() + " events found, " + report.falseAlarmsPerMinute() + " false alarms per minute");
        exec.checkCanceled();
        BufferedDataTable confusion = DetectionReportTables.writeConfusion(report.confusionMatrix(), exec);
        BufferedDataTable metrics = DetectionReportTables.writeMetrics(report, exec);
        BufferedDataTable events = DetectionReportTables.writeEvents(report.events(), exec);
        exec.setProgress(1);
        return new BufferedDataTable[] {confusion, metrics, events};
    }

    /**
     * Scores the 0/1 predicted column as detections, since a prediction of 1 is above the threshold 0.5. The ROC and PR
     * AUC come from the probabilities, and the report's threshold is NaN because no threshold was applied here.
     */
    private static DetectionReport reportOfPredictions(DetectionColumns.Values values, double rateHz) {
        double[] predictedAsScore = new double[values.predicted().length];
        for (int i = 0; i < predictedAsScore.length; i++) {
            predictedAsScore[i] = values.predicted()[i];
        }
        DetectionReport detections = DetectionMetrics.compute(values.truth(), predictedAsScore, 0.5, rateHz);
        DetectionReport ranking = DetectionMetrics.compute(values.truth(), values.probability(), 1, rateHz);
        return new DetectionReport(Double.NaN, rateHz, detections.confusionMatrix(), ranking.rocAuc(),
                ranking.averagePrecision(), ranking.rocCurve(), detections.falsePositiveSamples(),
                detections.falseAlarmEpisodes(), detections.nonEventDurationMinutes(),
                detections.falseAlarmsPerMinute(), detections.events());
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settingsOut) {
        settings.save(settingsOut);
    }

    @Override
    protected void validateSettings(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        DetectionScorerSettings.validate(settingsIn);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settingsIn) throws InvalidSettingsException {
        settings.load(settingsIn);
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The outputs are all there is; KNIME stores them itself.
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // The outputs are all there is; KNIME stores them itself.
    }

    @Override
    protected void reset() {
        // No state besides the outputs.
    }
}

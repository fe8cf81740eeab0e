package org.researchml.knime.convert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.researchml.core.metrics.ConfusionMatrix;
import org.researchml.core.metrics.DetectionReport;
import org.researchml.core.metrics.EventResult;

/**
 * Tables of a {@link DetectionReport}: the confusion matrix (rows are the true class, columns the predicted
 * class), the metrics as {@value #METRIC}/{@value #VALUE} rows, and one row per true event. Undefined values (for
 * example precision without predicted events, or the latency of a missed event) are missing cells.
 */
public final class DetectionReportTables {

    public static final String TRUE_CLASS = "true_class";
    public static final String PREDICTED_NO_EVENT = "predicted_no_event";
    public static final String PREDICTED_EVENT = "predicted_event";

    public static final String METRIC = "metric";
    public static final String VALUE = "value";

    public static final String EVENT_START = "event_start_s";
    public static final String EVENT_END = "event_end_s";
    public static final String FOUND = "found";
    public static final String LATENCY = "latency_s";

    private DetectionReportTables() {
    }

    public static DataTableSpec confusionSpec() {
        return new DataTableSpec(new String[] {TRUE_CLASS, PREDICTED_NO_EVENT, PREDICTED_EVENT},
                new DataType[] {StringCell.TYPE, LongCell.TYPE, LongCell.TYPE});
    }

    public static DataTableSpec metricsSpec() {
        return new DataTableSpec(new String[] {METRIC, VALUE}, new DataType[] {StringCell.TYPE, DoubleCell.TYPE});
    }

    public static DataTableSpec eventsSpec() {
        return new DataTableSpec(new String[] {EVENT_START, EVENT_END, FOUND, LATENCY},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, BooleanCell.TYPE, DoubleCell.TYPE});
    }

    /** Writes the confusion matrix: row "no event" then row "event". */
    public static BufferedDataTable writeConfusion(ConfusionMatrix matrix, ExecutionContext exec) {
        BufferedDataContainer container = exec.createDataContainer(confusionSpec());
        container.addRowToTable(new DefaultRow(new RowKey("no event"), new StringCell("no event"),
                new LongCell(matrix.trueNegatives()), new LongCell(matrix.falsePositives())));
        container.addRowToTable(new DefaultRow(new RowKey("event"), new StringCell("event"),
                new LongCell(matrix.falseNegatives()), new LongCell(matrix.truePositives())));
        container.close();
        return container.getTable();
    }

    /**
     * Returns the metric names with their values in output order. Names carry their unit where they have one; the
     * PR AUC is the average precision as scikit-learn defines it.
     */
    public static Map<String, Double> metrics(DetectionReport report) {
        ConfusionMatrix matrix = report.confusionMatrix();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("precision", matrix.precision());
        metrics.put("recall", matrix.recall());
        metrics.put("F1", matrix.f1());
        metrics.put("specificity", matrix.specificity());
        metrics.put("accuracy", matrix.accuracy());
        metrics.put("ROC AUC", report.rocAuc());
        metrics.put("PR AUC (average precision)", report.averagePrecision());
        metrics.put("false alarms per minute", report.falseAlarmsPerMinute());
        metrics.put("false alarm episodes", (double) report.falseAlarmEpisodes());
        metrics.put("false-positive samples", (double) report.falsePositiveSamples());
        metrics.put("non-event duration (min)", report.nonEventDurationMinutes());
        metrics.put("events", (double) report.eventCount());
        metrics.put("events found", (double) report.eventsFound());
        metrics.put("hit rate", report.hitRate());
        metrics.put("mean latency (s)", report.meanLatencySeconds());
        metrics.put("median latency (s)", report.medianLatencySeconds());
        metrics.put("threshold", report.threshold());
        metrics.put("sampling rate (Hz)", report.samplingRateHz());
        return metrics;
    }

    /** Writes one row per metric of {@link #metrics(DetectionReport)}. */
    public static BufferedDataTable writeMetrics(DetectionReport report, ExecutionContext exec) {
        BufferedDataContainer container = exec.createDataContainer(metricsSpec());
        for (Map.Entry<String, Double> metric : metrics(report).entrySet()) {
            container.addRowToTable(new DefaultRow(new RowKey(metric.getKey()), new StringCell(metric.getKey()),
                    number(metric.getValue())));
        }
        container.close();
        return container.getTable();
    }

    /**
     * Writes one row per true event with its start and end in seconds after the first row, whether it was found,
     * and its latency in seconds.
     */
    public static BufferedDataTable writeEvents(List<EventResult> events, ExecutionContext exec)
            throws CanceledExecutionException {
        BufferedDataContainer container = exec.createDataContainer(eventsSpec());
        for (int i = 0; i < events.size(); i++) {
            if (i % 1000 == 0) {
                exec.checkCanceled();
            }
            EventResult event = events.get(i);
            DataCell[] cells = {new DoubleCell(event.onsetSeconds()),
                new DoubleCell(event.onsetSeconds() + event.durationSeconds()),
                event.found() ? BooleanCell.TRUE : BooleanCell.FALSE, number(event.latencySeconds())};
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(i), cells));
        }
        container.close();
        return container.getTable();
    }

    private static DataCell number(double value) {
        return Double.isFinite(value) ? new DoubleCell(value) : DataType.getMissingCell();
    }
}

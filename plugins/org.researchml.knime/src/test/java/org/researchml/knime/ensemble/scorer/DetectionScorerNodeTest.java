package org.researchml.knime.ensemble.scorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.researchml.knime.convert.DetectionReportTables;
import org.researchml.knime.convert.PredictionColumns;
import org.researchml.knime.ensemble.EnsembleTestData;
import org.researchml.knime.ensemble.learner.EnsembleLearnerNodeTest;
import org.researchml.knime.ensemble.predictor.EnsemblePredictorNodeFactory;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class DetectionScorerNodeTest {

    private static final int[] TRUTH = {0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0};
    private static final double[] PROBABILITY = {0.1, 0.7, 0.2, 0.8, 0.9, 0.1, 0.6, 0.6, 0.3, 0.4, 0.1, 0.2};
    private static final int[] PREDICTED = {0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0};

    /** Reference values for TRUTH and PROBABILITY from scikit-learn 1.2 roc_auc_score and average_precision_score. */
    private static final double SKLEARN_ROC_AUC = 0.7285714285714286;
    private static final double SKLEARN_AVERAGE_PRECISION = 0.7253968253968255;

    private static BufferedDataTable scoredTable() {
        DataTableSpec spec = new DataTableSpec(new String[] {"label", "event_probability", "predicted_class"},
                new DataType[] {IntCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});
        DataCell[][] rows = new DataCell[TRUTH.length][];
        for (int i = 0; i < TRUTH.length; i++) {
            rows[i] = new DataCell[] {new IntCell(TRUTH[i]), new DoubleCell(PROBABILITY[i]), new IntCell(PREDICTED[i])};
        }
        return TestTables.table(spec, rows);
    }

    private static NodeHarness<DetectionScorerNodeModel> scorer(Object... keysAndValues)
            throws InvalidSettingsException {
        NodeHarness<DetectionScorerNodeModel> node = NodeHarness.of(new DetectionScorerNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addDouble(DetectionScorerSettings.KEY_SAMPLING_RATE, 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] instanceof Double number) {
                settings.addDouble((String) keysAndValues[i], number);
            } else {
                settings.addString((String) keysAndValues[i], (String) keysAndValues[i + 1]);
            }
        }
        node.loadSettings(settings);
        return node;
    }

    private static Map<String, Double> metrics(BufferedDataTable table) {
        Map<String, Double> metrics = new HashMap<>();
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                DataCell value = row.getCell(1);
                metrics.put(((StringValue) row.getCell(0)).getStringValue(),
                        value.isMissing() ? Double.NaN : ((DoubleValue) value).getDoubleValue());
            }
        }
        return metrics;
    }

    private static long count(BufferedDataTable confusion, int row, String column) {
        return ((LongValue) TestTables.cell(confusion, row, column)).getLongValue();
    }

    private static double number(BufferedDataTable table, int row, String column) {
        return ((DoubleValue) TestTables.cell(table, row, column)).getDoubleValue();
    }

    @Test
    void scoresThresholdByHand() throws Exception {
        NodeHarness<DetectionScorerNodeModel> node = scorer(DetectionScorerSettings.KEY_DECISION,
                DetectionScorerSettings.BY_THRESHOLD, DetectionScorerSettings.KEY_THRESHOLD, 0.55);

        PortObject[] outputs = node.execute(scoredTable());

        BufferedDataTable confusion = (BufferedDataTable) outputs[0];
        assertEquals(4, count(confusion, 0, DetectionReportTables.PREDICTED_NO_EVENT));
        assertEquals(3, count(confusion, 0, DetectionReportTables.PREDICTED_EVENT));
        assertEquals(3, count(confusion, 1, DetectionReportTables.PREDICTED_NO_EVENT));
        assertEquals(2, count(confusion, 1, DetectionReportTables.PREDICTED_EVENT));
        Map<String, Double> metrics = metrics((BufferedDataTable) outputs[1]);
        assertEquals(0.4, metrics.get("precision"), 1e-12);
        assertEquals(0.4, metrics.get("recall"), 1e-12);
        assertEquals(0.4, metrics.get("F1"), 1e-12);
        assertEquals(4.0 / 7, metrics.get("specificity"), 1e-12);
        assertEquals(SKLEARN_ROC_AUC, metrics.get("ROC AUC"), 1e-12);
        assertEquals(SKLEARN_AVERAGE_PRECISION, metrics.get("PR AUC (average precision)"), 1e-12);
        assertEquals(2 / (3.5 / 60), metrics.get("false alarms per minute"), 1e-9);
        assertEquals(3, metrics.get("false-positive samples"), 0.0);
        assertEquals(0.5, metrics.get("hit rate"), 0.0);
        assertEquals(0.5, metrics.get("mean latency (s)"), 1e-12);
        assertEquals(0.5, metrics.get("median latency (s)"), 1e-12);
        assertEquals(0.55, metrics.get("threshold"), 0.0);
        BufferedDataTable events = (BufferedDataTable) outputs[2];
        assertEquals(2, events.size());
        assertEquals(1.0, number(events, 0, DetectionReportTables.EVENT_START), 1e-12);
        assertEquals(2.5, number(events, 0, DetectionReportTables.EVENT_END), 1e-12);
        assertTrue(((BooleanValue) TestTables.cell(events, 0, DetectionReportTables.FOUND)).getBooleanValue());
        assertEquals(0.5, number(events, 0, DetectionReportTables.LATENCY), 1e-12);
        assertEquals(4.0, number(events, 1, DetectionReportTables.EVENT_START), 1e-12);
        assertFalse(((BooleanValue) TestTables.cell(events, 1, DetectionReportTables.FOUND)).getBooleanValue());
        assertTrue(TestTables.cell(events, 1, DetectionReportTables.LATENCY).isMissing());
    }

    @Test
    void scoresPredictedColumnByHand() throws Exception {
        PortObject[] outputs = scorer().execute(scoredTable());

        BufferedDataTable confusion = (BufferedDataTable) outputs[0];
        assertEquals(7, count(confusion, 0, DetectionReportTables.PREDICTED_NO_EVENT));
        assertEquals(0, count(confusion, 0, DetectionReportTables.PREDICTED_EVENT));
        assertEquals(2, count(confusion, 1, DetectionReportTables.PREDICTED_EVENT));
        Map<String, Double> metrics = metrics((BufferedDataTable) outputs[1]);
        assertEquals(1.0, metrics.get("precision"), 0.0);
        assertEquals(0.0, metrics.get("false alarms per minute"), 0.0);
        assertEquals(1.0, metrics.get("hit rate"), 0.0);
        assertEquals(0.25, metrics.get("mean latency (s)"), 1e-12);
        assertEquals(SKLEARN_ROC_AUC, metrics.get("ROC AUC"), 1e-12);
        assertTrue(metrics.get("threshold").isNaN());
    }

    @Test
    void scoresPredictorOutputOnEegFeatures() throws Exception {
        PortObject port = EnsembleLearnerNodeTest.learner().execute(EnsembleTestData.eegTrainingTable(), null)[0];
        BufferedDataTable predictions = (BufferedDataTable) NodeHarness.of(new EnsemblePredictorNodeFactory())
                .execute(port, EnsembleTestData.eegValidationTable())[0];

        PortObject[] outputs = scorer(DetectionScorerSettings.KEY_SAMPLING_RATE, 8.0).execute(predictions);

        Map<String, Double> metrics = metrics((BufferedDataTable) outputs[1]);
        BufferedDataTable confusion = (BufferedDataTable) outputs[0];
        long rows = 0;
        for (int r = 0; r < 2; r++) {
            rows += count(confusion, r, DetectionReportTables.PREDICTED_NO_EVENT)
                    + count(confusion, r, DetectionReportTables.PREDICTED_EVENT);
        }
        assertEquals(predictions.size(), rows);
        assertTrue(metrics.get("ROC AUC") > 0.5, "ROC AUC " + metrics.get("ROC AUC"));
        assertTrue(metrics.get("ROC AUC") <= 1, "ROC AUC " + metrics.get("ROC AUC"));
        assertTrue(metrics.get("events") >= 1, "events " + metrics.get("events"));
        assertEquals(metrics.get("events"), ((BufferedDataTable) outputs[2]).size(), 0.0);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"label", "event_probability", "predicted_class"},
                new DataType[] {IntCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});
        DataCell[][] rows = new DataCell[10_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new DataCell[] {new IntCell(i / 100 % 2), new DoubleCell(i % 7 / 7.0), new IntCell(i % 2)};
        }
        BufferedDataTable table = TestTables.table(spec, rows);
        NodeHarness<DetectionScorerNodeModel> node = scorer();
        CancelAfterMonitor monitor = new CancelAfterMonitor(1);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, table));
        assertEquals(2, monitor.checks());

        node.reset();
        assertEquals(2, ((BufferedDataTable) node.execute(table)[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<DetectionScorerNodeModel> node = scorer(DetectionScorerSettings.KEY_DECISION,
                DetectionScorerSettings.BY_THRESHOLD, DetectionScorerSettings.KEY_THRESHOLD, 0.3);
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        node.execute(scoredTable());
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, scoredTable().getDataTableSpec()));
        for (String key : new String[] {"truth_column", "probability_column", "decision", "threshold",
            "predicted_column", "sampling_rate_hz"}) {
            assertTrue(node.savedSettings().containsKey(key), key);
        }
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(assertThrows(InvalidSettingsException.class, () -> scorer(DetectionScorerSettings.KEY_TRUTH_COLUMN,
                "")).getMessage().contains("'Truth column' is empty"));
        assertTrue(assertThrows(InvalidSettingsException.class, () -> scorer(DetectionScorerSettings.KEY_DECISION,
                "Always")).getMessage().contains("'Detected when' is 'Always'"));
        assertTrue(assertThrows(InvalidSettingsException.class, () -> scorer(
                DetectionScorerSettings.KEY_PREDICTED_COLUMN, " ")).getMessage().contains("'Predicted column' is "
                        + "empty"));
        assertTrue(assertThrows(InvalidSettingsException.class, () -> scorer(
                DetectionScorerSettings.KEY_SAMPLING_RATE, 0.0)).getMessage().contains("sampling_rate_hz"));
    }

    @Test
    void badColumnsAndValuesAreReported() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"label", "event_probability", "predicted_class"},
                new DataType[] {IntCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
        String type = assertThrows(InvalidSettingsException.class, () -> scorer().configure(spec)).getMessage();
        String missing = assertThrows(InvalidSettingsException.class,
                () -> scorer(DetectionScorerSettings.KEY_TRUTH_COLUMN, "truth").configure(spec)).getMessage();
        DataTableSpec numeric = new DataTableSpec(new String[] {"label", "event_probability"},
                new DataType[] {IntCell.TYPE, DoubleCell.TYPE});
        BufferedDataTable badTruth = TestTables.table(numeric, new DataCell[] {new IntCell(0), new DoubleCell(0.1)},
                new DataCell[] {new IntCell(3), new DoubleCell(0.2)});
        String truth = assertThrows(IllegalArgumentException.class, () -> scorer(DetectionScorerSettings.KEY_DECISION,
                DetectionScorerSettings.BY_THRESHOLD).execute(badTruth)).getMessage();

        assertTrue(type.contains("Column 'predicted_class' of the scored table has type"), type);
        assertTrue(missing.contains("The scored table has no column 'truth'"), missing);
        assertTrue(truth.contains("Row 'Row1' has 3 in column 'label'"), truth);
    }

    @Test
    void defaultsMatchPredictorColumns() {
        DetectionScorerSettings settings = new DetectionScorerSettings();

        assertEquals(PredictionColumns.PROBABILITY, settings.probabilityColumn.getStringValue());
        assertEquals(PredictionColumns.PREDICTED, settings.predictedColumn.getStringValue());
    }
}

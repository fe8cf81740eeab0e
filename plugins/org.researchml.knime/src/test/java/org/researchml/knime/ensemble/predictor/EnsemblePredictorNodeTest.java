package org.researchml.knime.ensemble.predictor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.features.FeatureTable;
import org.researchml.knime.convert.PredictionColumns;
import org.researchml.knime.ensemble.EnsembleTestData;
import org.researchml.knime.ensemble.learner.EnsembleLearnerNodeTest;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;
import org.researchml.knime.port.EnsembleModelPortObject;

class EnsemblePredictorNodeTest {

    private static NodeHarness<EnsemblePredictorNodeModel> predictor(Object... keysAndValues)
            throws InvalidSettingsException {
        NodeHarness<EnsemblePredictorNodeModel> node = NodeHarness.of(new EnsemblePredictorNodeFactory());
        NodeSettings settings = node.savedSettings();
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

    private static EnsembleModelPortObject trainedPort(BufferedDataTable training) throws Exception {
        return (EnsembleModelPortObject) EnsembleLearnerNodeTest.learner().execute(training, null)[0];
    }

    private static double[] doubles(BufferedDataTable table, String column) {
        int index = table.getDataTableSpec().findColumnIndex(column);
        double[] values = new double[(int) table.size()];
        int r = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                values[r++] = ((DoubleValue) rows.next().getCell(index)).getDoubleValue();
            }
        }
        return values;
    }

    private static int[] ints(BufferedDataTable table, String column) {
        int index = table.getDataTableSpec().findColumnIndex(column);
        int[] values = new int[(int) table.size()];
        int r = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                values[r++] = ((IntValue) rows.next().getCell(index)).getIntValue();
            }
        }
        return values;
    }

    @Test
    void predictsEegFeaturesAsTheModelDoes() throws Exception {
        EnsembleModelPortObject port = trainedPort(EnsembleTestData.eegTrainingTable());
        BufferedDataTable heldOut = EnsembleTestData.eegValidationTable();
        NodeHarness<EnsemblePredictorNodeModel> node = predictor();

        BufferedDataTable output = (BufferedDataTable) node.execute(port, heldOut)[0];

        FeatureTable rows = EnsembleTestData.eegFeatures().validationTable();
        EnsembleModel model = port.model();
        assertEquals(heldOut.size(), output.size());
        assertEquals(heldOut.getDataTableSpec().getNumColumns() + 2, output.getDataTableSpec().getNumColumns());
        assertArrayEquals(model.predictProbabilities(rows), doubles(output, PredictionColumns.PROBABILITY), 1e-12);
        assertArrayEquals(model.predictLabels(rows), ints(output, PredictionColumns.PREDICTED));
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void savedPortGivesIdenticalPredictions() throws Exception {
        EnsembleModelPortObject port = trainedPort(EnsembleTestData.eegTrainingTable());
        BufferedDataTable heldOut = EnsembleTestData.eegValidationTable();

        PortObject loaded = NodeHarness.saveAndLoadPortObject(port);
        BufferedDataTable before = (BufferedDataTable) predictor().execute(port, heldOut)[0];
        BufferedDataTable after = (BufferedDataTable) predictor().execute(loaded, heldOut)[0];

        assertEquals(port.getSpec(), loaded.getSpec());
        assertArrayEquals(doubles(before, PredictionColumns.PROBABILITY), doubles(after, PredictionColumns.PROBABILITY),
                0.0);
        assertArrayEquals(ints(before, PredictionColumns.PREDICTED), ints(after, PredictionColumns.PREDICTED));
    }

    @Test
    void fixedThresholdReplacesModelThreshold() throws Exception {
        BufferedDataTable table = EnsembleTestData.synthetic(200, 11);
        EnsembleModelPortObject port = trainedPort(table);

        BufferedDataTable output = (BufferedDataTable) predictor(EnsemblePredictorSettings.KEY_THRESHOLD_SOURCE,
                EnsemblePredictorSettings.FIXED, EnsemblePredictorSettings.KEY_FIXED_THRESHOLD, 0.9)
                .execute(port, table)[0];

        double[] probabilities = doubles(output, PredictionColumns.PROBABILITY);
        int[] predicted = ints(output, PredictionColumns.PREDICTED);
        int events = 0;
        for (int i = 0; i < predicted.length; i++) {
            assertEquals(probabilities[i] > 0.9 ? 1 : 0, predicted[i], "row " + i);
            events += predicted[i];
        }
        assertTrue(events > 0, "events above 0.9: " + events);
        assertTrue(events < 50, "events above 0.9: " + events);
    }

    @Test
    void existingColumnNamesGetSuffix() throws Exception {
        BufferedDataTable training = EnsembleTestData.synthetic(100, 2);
        EnsembleModelPortObject port = trainedPort(training);
        BufferedDataTable once = (BufferedDataTable) predictor().execute(port, training)[0];

        PortObjectSpec[] specs = predictor().configure(port.getSpec(), once.getDataTableSpec());

        DataTableSpec twice = (DataTableSpec) specs[0];
        assertEquals("event_probability (2)", twice.getColumnSpec(6).getName());
        assertEquals("predicted_class (2)", twice.getColumnSpec(7).getName());
    }

    @Test
    void missingFeatureColumnsAreListed() throws Exception {
        EnsembleModelPortObject port = trainedPort(EnsembleTestData.synthetic(100, 2));
        DataTableSpec onlyLabel = new DataTableSpec(new String[] {"label"}, new DataType[] {IntCell.TYPE});

        String message = assertThrows(InvalidSettingsException.class,
                () -> predictor().configure(port.getSpec(), onlyLabel)).getMessage();
        String noModel = assertThrows(InvalidSettingsException.class,
                () -> predictor().configure(null, onlyLabel)).getMessage();

        assertTrue(message.contains("lacks 2 feature column(s) of the model: f1, f2"), message);
        assertTrue(noModel.contains("Connect an Ensemble Learner"), noModel);
    }

    @Test
    void nonFiniteFeatureNamesRowAndColumn() throws Exception {
        EnsembleModelPortObject port = trainedPort(EnsembleTestData.synthetic(100, 2));
        DataTableSpec spec = new DataTableSpec(new String[] {"f1", "f2"},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
        BufferedDataTable table = TestTables.table(spec, new DataCell[] {new DoubleCell(0), new DoubleCell(1)},
                new DataCell[] {new DoubleCell(Double.NaN), new DoubleCell(1)});

        String message = assertThrows(IllegalArgumentException.class, () -> predictor().execute(port, table))
                .getMessage();

        assertTrue(message.contains("Row 1, feature 'f1' is NaN"), message);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        BufferedDataTable table = EnsembleTestData.synthetic(20_000, 3);
        EnsembleModelPortObject port = trainedPort(EnsembleTestData.synthetic(200, 3));
        NodeHarness<EnsemblePredictorNodeModel> node = predictor();
        CancelAfterMonitor monitor = new CancelAfterMonitor(21);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, port, table));
        assertEquals(22, monitor.checks());

        node.reset();
        assertEquals(20_000, ((BufferedDataTable) node.execute(port, table)[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EnsemblePredictorNodeModel> node = predictor(EnsemblePredictorSettings.KEY_THRESHOLD_SOURCE,
                EnsemblePredictorSettings.FIXED, EnsemblePredictorSettings.KEY_FIXED_THRESHOLD, 0.25);
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());
        BufferedDataTable table = EnsembleTestData.synthetic(100, 2);

        node.execute(trainedPort(table), table);
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before));
        assertTrue(node.savedSettings().containsKey("threshold_source"));
        assertTrue(node.savedSettings().containsKey("fixed_threshold"));
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        String source = assertThrows(InvalidSettingsException.class,
                () -> predictor(EnsemblePredictorSettings.KEY_THRESHOLD_SOURCE, "Auto")).getMessage();
        String threshold = assertThrows(InvalidSettingsException.class,
                () -> predictor(EnsemblePredictorSettings.KEY_FIXED_THRESHOLD, 1.5)).getMessage();

        assertTrue(source.contains("'Threshold' is 'Auto'. Choose 'Model threshold' or 'Fixed'"), source);
        assertTrue(threshold.contains("fixed_threshold"), threshold);
    }
}

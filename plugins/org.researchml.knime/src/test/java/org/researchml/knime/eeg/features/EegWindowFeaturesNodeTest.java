package org.researchml.knime.eeg.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventLabeler;
import org.researchml.core.events.LabelMode;
import org.researchml.core.features.FeatureKind;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.FrequencyBand;
import org.researchml.core.features.WindowFeatureExtractor;
import org.researchml.core.features.WindowFeatureSettings;
import org.researchml.core.features.csp.CommonSpatialPatterns;
import org.researchml.core.features.csp.CspModel;
import org.researchml.knime.convert.CspTable;
import org.researchml.knime.convert.FeaturesTable;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;
import org.researchml.knime.eeg.EegTestTables;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class EegWindowFeaturesNodeTest {

    private static final List<String> LABELS = List.of("C3..", "Cz..", "C4..", "Fc3.", "Fc4.");

    private static Recording recording;
    private static int[] sampleLabels;
    private static BufferedDataTable samples;

    @BeforeAll
    static void readData() throws Exception {
        recording = EegTestTables.recording(LABELS, 0, 60);
        sampleLabels = EventLabeler.fromAnnotations(recording, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);
        BufferedDataTable plain = EegTestTables.samples(recording);
        DataTableSpec spec = SampleColumns.withIntColumn(plain.getDataTableSpec(), "label", "test");
        samples = SampleRows.appendIntColumn(plain, spec, sampleLabels, TestTables.exec());
    }

    private static NodeHarness<EegWindowFeaturesNodeModel> features(NodeSettingsEditor editor)
            throws InvalidSettingsException {
        NodeHarness<EegWindowFeaturesNodeModel> node = NodeHarness.of(new EegWindowFeaturesNodeFactory());
        NodeSettings settings = node.savedSettings();
        editor.edit(settings);
        node.loadSettings(settings);
        return node;
    }

    @FunctionalInterface
    private interface NodeSettingsEditor {
        void edit(NodeSettings settings);
    }

    private static double[] featureColumn(FeatureTable table, int column) {
        double[] values = new double[table.rowCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = table.rows()[i][column];
        }
        return values;
    }

    @Test
    void allKindsMatchCore() throws Exception {
        NodeHarness<EegWindowFeaturesNodeModel> node = features(settings -> {
            settings.addStringArray(EegWindowFeaturesSettings.KEY_CHANNELS, "C3..", "C4..");
            settings.addBoolean(EegWindowFeaturesSettings.KEY_BAND_POWER, true);
            settings.addBoolean(EegWindowFeaturesSettings.KEY_MEAN, true);
            settings.addBoolean(EegWindowFeaturesSettings.KEY_LAGGED, true);
            settings.addDouble(EegWindowFeaturesSettings.KEY_STEP, 0.25);
        });

        PortObject[] outputs = node.execute(samples);

        BufferedDataTable table = (BufferedDataTable) outputs[0];
        Recording chosen = recording.withSamples(List.of("C3..", "C4.."), List.of("", ""),
                new double[][] {recording.channel(0), recording.channel(2)});
        WindowFeatureSettings core = new WindowFeatureSettings(1.0, 0.25, List.of(FeatureKind.LOG_VARIANCE,
                FeatureKind.BAND_POWER, FeatureKind.MEAN, FeatureKind.LAGGED_SAMPLES),
                List.of(new FrequencyBand(8, 12), new FrequencyBand(13, 30)), List.of(0.0, 0.1));
        FeatureTable expected = WindowFeatureExtractor.extract(chosen, core, sampleLabels, null);
        assertEquals(FeaturesTable.spec(expected.featureNames(), true), table.getDataTableSpec());
        assertEquals(expected.rowCount(), table.size());
        for (int j = 0; j < expected.featureCount(); j++) {
            String name = expected.featureNames().get(j);
            assertArrayEquals(featureColumn(expected, j), EegTestTables.column(table, name), 1e-9, name);
        }
        assertEquals("C3..:power_8-12Hz", expected.featureNames().get(1));
        int firstLabel = ((IntValue) TestTables.cell(table, 0, FeaturesTable.LABEL)).getIntValue();
        assertEquals(expected.labels()[0], firstLabel);
        assertEquals(0, ((BufferedDataTable) outputs[1]).size());
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void cspFeaturesAndPatterns() throws Exception {
        NodeHarness<EegWindowFeaturesNodeModel> node = features(settings -> {
            settings.addBoolean(EegWindowFeaturesSettings.KEY_CSP, true);
            settings.addInt(EegWindowFeaturesSettings.KEY_CSP_PAIRS, 2);
        });

        PortObject[] outputs = node.execute(samples);

        CspModel model = CommonSpatialPatterns.fit(recording, sampleLabels, 2);
        FeatureTable expected = WindowFeatureExtractor.extract(model.apply(recording),
                WindowFeatureSettings.logVariance(1.0, 0.1), sampleLabels, null);
        BufferedDataTable table = (BufferedDataTable) outputs[0];
        assertEquals(List.of("CSP1:logvar", "CSP2:logvar", "CSP3:logvar", "CSP4:logvar"), expected.featureNames());
        assertArrayEquals(featureColumn(expected, 3), EegTestTables.column(table, "CSP4:logvar"), 1e-9);
        BufferedDataTable csp = (BufferedDataTable) outputs[1];
        assertEquals(CspTable.spec(), csp.getDataTableSpec());
        assertEquals(4 * LABELS.size(), csp.size());
        double[] weights = EegTestTables.column(csp, CspTable.FILTER_WEIGHT);
        for (int c = 0; c < LABELS.size(); c++) {
            assertEquals(model.filters()[0][c], weights[c], 1e-12);
        }
        double[] fractions = EegTestTables.column(csp, CspTable.EVENT_VARIANCE_FRACTION);
        assertTrue(fractions[0] > fractions[fractions.length - 1], "CSP1 should carry the most event variance");
    }

    @Test
    void unlabelledWithoutLabelColumn() throws Exception {
        NodeHarness<EegWindowFeaturesNodeModel> node = features(settings ->
                settings.addString(EegWindowFeaturesSettings.KEY_LABEL_COLUMN, ""));

        BufferedDataTable table = (BufferedDataTable) node.execute(samples)[0];

        assertEquals(-1, table.getDataTableSpec().findColumnIndex(FeaturesTable.LABEL));
        assertEquals(5 + 3, table.getDataTableSpec().getNumColumns());
        assertNull(node.configure(samples.getDataTableSpec())[0]);
    }

    private static String invalidMessage(NodeSettingsEditor editor) {
        return assertThrows(InvalidSettingsException.class, () -> features(editor)).getMessage();
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(invalidMessage(s -> s.addDouble(EegWindowFeaturesSettings.KEY_WINDOW, 0))
                .contains("'Window length (s)' is 0.0 s"));
        assertTrue(invalidMessage(s -> s.addDouble(EegWindowFeaturesSettings.KEY_STEP, -1))
                .contains("'Step (s)' is -1.0 s"));
        assertTrue(invalidMessage(s -> s.addBoolean(EegWindowFeaturesSettings.KEY_LOG_VARIANCE, false))
                .contains("No feature is chosen"));
        assertTrue(invalidMessage(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_BAND_POWER, true);
            s.addString(EegWindowFeaturesSettings.KEY_BANDS, "8-12,alpha");
        }).contains("'Bands (Hz)' entry 'alpha' is not a band"));
        assertTrue(invalidMessage(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_BAND_POWER, true);
            s.addString(EegWindowFeaturesSettings.KEY_BANDS, "12-8");
        }).contains("'Bands (Hz)' entry '12-8' is invalid"));
        assertTrue(invalidMessage(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_LAGGED, true);
            s.addString(EegWindowFeaturesSettings.KEY_LAGS, "0,-0.1");
        }).contains("'Lags (s)' entry '-0.1' is negative"));
        assertTrue(invalidMessage(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_LAGGED, true);
            s.addString(EegWindowFeaturesSettings.KEY_LAGS, "");
        }).contains("'Lags (s)' is empty"));
        assertTrue(invalidMessage(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_CSP, true);
            s.addString(EegWindowFeaturesSettings.KEY_LABEL_COLUMN, "");
        }).contains("'CSP spatial filters' needs labels"));
        assertTrue(invalidMessage(s -> s.addInt(EegWindowFeaturesSettings.KEY_CSP_PAIRS, 0))
                .contains(EegWindowFeaturesSettings.KEY_CSP_PAIRS));
    }

    @Test
    void inputProblemsNameTheOption() throws Exception {
        String label = assertThrows(InvalidSettingsException.class, () -> features(s ->
                s.addString(EegWindowFeaturesSettings.KEY_LABEL_COLUMN, "class")).configure(samples.getDataTableSpec()))
                .getMessage();
        assertTrue(label.contains("'Label column' names 'class', which is not in the samples table"), label);

        String pairs = assertThrows(InvalidSettingsException.class, () -> features(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_CSP, true);
            s.addInt(EegWindowFeaturesSettings.KEY_CSP_PAIRS, 3);
        }).configure(samples.getDataTableSpec())).getMessage();
        assertTrue(pairs.contains("'CSP filter pairs' is 3, which needs at least 6 channels"), pairs);

        String band = assertThrows(InvalidSettingsException.class, () -> features(s -> {
            s.addBoolean(EegWindowFeaturesSettings.KEY_BAND_POWER, true);
            s.addString(EegWindowFeaturesSettings.KEY_BANDS, "8-12,70-90");
        }).execute(samples)).getMessage();
        assertTrue(band.contains("'Bands (Hz)'"), band);

        String window = assertThrows(InvalidSettingsException.class, () -> features(s ->
                s.addDouble(EegWindowFeaturesSettings.KEY_WINDOW, 100)).execute(samples)).getMessage();
        assertTrue(window.contains("'Window length (s)'"), window);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        NodeHarness<EegWindowFeaturesNodeModel> node = features(settings -> { });
        CancelAfterMonitor monitor = new CancelAfterMonitor(3);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, samples));

        node.reset();
        assertTrue(((BufferedDataTable) node.execute(samples)[0]).size() > 500);
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EegWindowFeaturesNodeModel> node = features(settings -> {
            settings.addStringArray(EegWindowFeaturesSettings.KEY_CHANNELS, "C3..", "Cz..", "C4..");
            settings.addBoolean(EegWindowFeaturesSettings.KEY_CSP, true);
            settings.addInt(EegWindowFeaturesSettings.KEY_CSP_PAIRS, 1);
        });
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        PortObject[] outputs = node.execute(samples);
        for (PortObject output : outputs) {
            assertEquals(((BufferedDataTable) output).size(),
                    ((BufferedDataTable) NodeHarness.saveAndLoadPortObject(output)).size());
        }
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, samples.getDataTableSpec()));
        assertEquals(before, node.dialogRoundTrip(before));
    }
}

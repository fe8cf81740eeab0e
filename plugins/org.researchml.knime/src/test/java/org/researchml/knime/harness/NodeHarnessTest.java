package org.researchml.knime.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;

class NodeHarnessTest {

    private static final DataTableSpec SPEC =
            new DataTableSpec(new String[] {"x", "name"}, new DataType[] {DoubleCell.TYPE, StringCell.TYPE});

    private static BufferedDataTable input() {
        return TestTables.table(SPEC, new DataCell[] {new DoubleCell(1.5), new StringCell("a")},
                new DataCell[] {new DoubleCell(-2), new StringCell("b")});
    }

    @Test
    void lifecycleRunsInKnimeOrder() throws Exception {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addDouble("factor", 3);
        node.loadSettings(settings);

        PortObject[] outputs = node.execute(input());

        BufferedDataTable result = (BufferedDataTable) outputs[0];
        assertEquals(4.5, ((DoubleValue) TestTables.cell(result, 0, "x")).getDoubleValue());
        assertEquals(-6, ((DoubleValue) TestTables.cell(result, 1, "x")).getDoubleValue());
        assertEquals(2, node.model().rowsSeen);
        assertNull(node.warningMessage());

        node.saveAndLoadInternals();
        assertEquals(2, node.model().rowsSeen);
        assertEquals(3, node.model().factor.getDoubleValue());

        node.reset();
        assertEquals(-1, node.model().rowsSeen);
    }

    @Test
    void settingsCarryInternals() throws Exception {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());

        NodeSettingsRO internals = NodeHarness.throughXml(node.savedSettings()).getNodeSettings("factor_Internals");

        assertEquals("SMID_double", internals.getString("SettingsModelID"));
        assertTrue(internals.getBoolean("EnabledStatus"));
    }

    @Test
    void invalidSettingKeepsOldValue() throws Exception {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addDouble("factor", 500);

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings));

        assertTrue(error.getMessage().contains("factor"), error.getMessage());
        assertEquals(2, node.model().factor.getDoubleValue());
    }

    @Test
    void configureRejectsMissingColumn() {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());
        DataTableSpec other = new DataTableSpec(new String[] {"y"}, new DataType[] {DoubleCell.TYPE});

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> node.configure(other));

        assertTrue(error.getMessage().contains("'x'"), error.getMessage());
    }

    @Test
    void cancelStopsExecution() {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());
        CancelAfterMonitor monitor = new CancelAfterMonitor(1);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, input()));
        assertEquals(2, monitor.checks());
    }

    @Test
    void emptyInputSetsWarning() throws Exception {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());

        node.execute(TestTables.table(SPEC));

        assertEquals("The input table is empty.", node.warningMessage());
    }

    @Test
    void dialogSavesWhatItLoaded() throws Exception {
        NodeHarness<ScaleTestNodeModel> node = NodeHarness.of(new ScaleTestNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addDouble("factor", -7.25);

        NodeSettingsRO saved = node.dialogRoundTrip(settings, SPEC);

        assertEquals(-7.25, saved.getDouble("factor"));
        assertEquals(NodeHarness.throughXml(settings), saved);
    }
}

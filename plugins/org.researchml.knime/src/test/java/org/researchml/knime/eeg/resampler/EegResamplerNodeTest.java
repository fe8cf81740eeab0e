package org.researchml.knime.eeg.resampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.researchml.core.eeg.Recording;
import org.researchml.core.signal.Resampler;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;
import org.researchml.knime.eeg.EegTestTables;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class EegResamplerNodeTest {

    private static final List<String> LABELS = List.of("C3..", "Cz..", "C4..");

    private static Recording recording;
    private static BufferedDataTable samples;

    @BeforeAll
    static void readData() throws Exception {
        recording = EegTestTables.recording(LABELS, 0, 10);
        BufferedDataTable plain = EegTestTables.samples(recording);
        int[] labels = new int[recording.sampleCount()];
        labels[801] = 1;
        DataTableSpec spec = SampleColumns.withIntColumn(plain.getDataTableSpec(), "label", "test");
        samples = SampleRows.appendIntColumn(plain, spec, labels, TestTables.exec());
    }

    private static NodeHarness<EegResamplerNodeModel> resampler(String mode, double targetHz, int up, int down)
            throws InvalidSettingsException {
        NodeHarness<EegResamplerNodeModel> node = NodeHarness.of(new EegResamplerNodeFactory());
        node.loadSettings(settings(node, mode, targetHz, up, down));
        return node;
    }

    private static NodeSettings settings(NodeHarness<EegResamplerNodeModel> node, String mode, double targetHz, int up,
            int down) {
        NodeSettings settings = node.savedSettings();
        settings.addString(EegResamplerSettings.KEY_MODE, mode);
        settings.addDouble(EegResamplerSettings.KEY_TARGET_RATE, targetHz);
        settings.addInt(EegResamplerSettings.KEY_UP, up);
        settings.addInt(EegResamplerSettings.KEY_DOWN, down);
        return settings;
    }

    @Test
    void targetRateMatchesCore() throws Exception {
        NodeHarness<EegResamplerNodeModel> node = resampler("target rate", 100, 1, 1);

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];

        Recording expected = Resampler.resample(recording, 5, 8);
        assertEquals(1000, output.size());
        assertEquals(List.of("time_s", "C3..", "Cz..", "C4..", "label"),
                List.of(output.getDataTableSpec().getColumnNames()));
        for (int c = 0; c < LABELS.size(); c++) {
            assertArrayEquals(expected.channel(c), EegTestTables.column(output, LABELS.get(c)), 1e-9);
        }
        double[] time = EegTestTables.column(output, "time_s");
        assertEquals(0.01, time[1], 1e-9);
        double[] label = EegTestTables.column(output, "label");
        assertEquals(1, java.util.Arrays.stream(label).sum(), 0);
        assertEquals(1, label[501], 0);
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void factorsUpsample() throws Exception {
        BufferedDataTable output = (BufferedDataTable) resampler("factors", 0, 3, 1).execute(samples)[0];

        assertEquals(3 * samples.size(), output.size());
        double[] time = EegTestTables.column(output, "time_s");
        assertEquals(1.0 / 480, time[1], 1e-9);
        Recording expected = Resampler.resample(recording, 3, 1);
        assertArrayEquals(expected.channel(1), EegTestTables.column(output, "Cz.."), 1e-9);
    }

    @Test
    void otherColumnsAreDroppedWithWarning() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"time_s", "Fz", "file"},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
        DataCell[][] rows = new DataCell[40][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new DataCell[] {new DoubleCell(i / 4.0), new DoubleCell(Math.sin(i)), new StringCell("a.edf")};
        }
        NodeHarness<EegResamplerNodeModel> node = resampler("factors", 0, 1, 2);

        BufferedDataTable output = (BufferedDataTable) node.execute(TestTables.table(spec, rows))[0];

        assertEquals(List.of("time_s", "Fz"), List.of(output.getDataTableSpec().getColumnNames()));
        assertEquals(20, output.size());
        assertTrue(node.warningMessage().contains("[file]"), node.warningMessage());
    }

    @Test
    void unreachableTargetNamesTheOption() throws Exception {
        String message = assertThrows(InvalidSettingsException.class,
                () -> resampler("target rate", 99.99, 1, 1).execute(samples)).getMessage();

        assertTrue(message.contains("'Target rate (Hz)' (99.99 Hz) cannot be reached from the input rate 160.0 Hz"),
                message);
        assertTrue(message.contains("'Specify by'"), message);
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        NodeHarness<EegResamplerNodeModel> node = NodeHarness.of(new EegResamplerNodeFactory());
        String zero = assertThrows(InvalidSettingsException.class,
                () -> node.loadSettings(settings(node, "target rate", 0, 1, 1))).getMessage();
        assertTrue(zero.contains("'Target rate (Hz)' is 0.0 Hz"), zero);
        String mode = assertThrows(InvalidSettingsException.class,
                () -> node.loadSettings(settings(node, "ratio", 100, 1, 1))).getMessage();
        assertTrue(mode.contains("'Specify by' is 'ratio'"), mode);
        String up = assertThrows(InvalidSettingsException.class,
                () -> node.loadSettings(settings(node, "factors", 100, 0, 1))).getMessage();
        assertTrue(up.contains(EegResamplerSettings.KEY_UP), up);
        String down = assertThrows(InvalidSettingsException.class,
                () -> node.loadSettings(settings(node, "factors", 100, 1, 1001))).getMessage();
        assertTrue(down.contains(EegResamplerSettings.KEY_DOWN), down);
    }

    @Test
    void labelOtherThanZeroOneIsRejected() throws Exception {
        BufferedDataTable plain = EegTestTables.samples(EegTestTables.recording(LABELS, 0, 1));
        DataTableSpec spec = SampleColumns.withIntColumn(plain.getDataTableSpec(), "class", "test");
        int[] classes = new int[(int) plain.size()];
        classes[3] = 2;
        BufferedDataTable table = SampleRows.appendIntColumn(plain, spec, classes, TestTables.exec());

        String message = assertThrows(IllegalArgumentException.class,
                () -> resampler("factors", 0, 1, 2).execute(table)).getMessage();

        assertTrue(message.contains("Row 'Row3' of the samples table has 2 in the 0/1 column 'class'"), message);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        NodeHarness<EegResamplerNodeModel> node = resampler("factors", 0, 1, 2);
        CancelAfterMonitor monitor = new CancelAfterMonitor(2);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, samples));

        node.reset();
        assertEquals(samples.size() / 2, ((BufferedDataTable) node.execute(samples)[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EegResamplerNodeModel> node = resampler("factors", 128, 2, 5);
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];
        assertEquals(output.size(), ((BufferedDataTable) NodeHarness.saveAndLoadPortObject(output)).size());
        assertEquals(output.getDataTableSpec(), node.configure(samples.getDataTableSpec())[0]);
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, samples.getDataTableSpec()));
    }
}

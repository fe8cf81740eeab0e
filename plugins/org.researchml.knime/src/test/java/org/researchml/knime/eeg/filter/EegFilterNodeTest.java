package org.researchml.knime.eeg.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.researchml.core.eeg.Recording;
import org.researchml.core.signal.FilterSpec;
import org.researchml.core.signal.RecordingFilter;
import org.researchml.knime.convert.SampleColumns;
import org.researchml.knime.convert.SampleRows;
import org.researchml.knime.eeg.EegTestTables;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class EegFilterNodeTest {

    private static final List<String> LABELS = List.of("C3..", "Cz..", "C4..");

    private static Recording recording;
    private static BufferedDataTable samples;

    @BeforeAll
    static void readData() throws Exception {
        recording = EegTestTables.recording(LABELS, 0, 20);
        BufferedDataTable plain = EegTestTables.samples(recording);
        int[] labels = new int[recording.sampleCount()];
        labels[100] = 1;
        DataTableSpec spec = SampleColumns.withIntColumn(plain.getDataTableSpec(), "label", "test");
        samples = SampleRows.appendIntColumn(plain, spec, labels, TestTables.exec());
    }

    private static NodeHarness<EegFilterNodeModel> filter(String type, double low, double high, String... channels)
            throws InvalidSettingsException {
        NodeHarness<EegFilterNodeModel> node = NodeHarness.of(new EegFilterNodeFactory());
        node.loadSettings(settings(node, type, low, high, channels));
        return node;
    }

    private static NodeSettings settings(NodeHarness<EegFilterNodeModel> node, String type, double low, double high,
            String... channels) {
        NodeSettings settings = node.savedSettings();
        settings.addString(EegFilterSettings.KEY_FILTER_TYPE, type);
        settings.addDouble(EegFilterSettings.KEY_LOW_CUTOFF, low);
        settings.addDouble(EegFilterSettings.KEY_HIGH_CUTOFF, high);
        settings.addStringArray(EegFilterSettings.KEY_CHANNELS, channels);
        return settings;
    }

    @Test
    void bandPassFiltersChosenChannelsOnly() throws Exception {
        NodeHarness<EegFilterNodeModel> node = filter("band-pass", 8, 30, "C3..", "C4..");

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];

        Recording expected = RecordingFilter.apply(recording, FilterSpec.bandPass(4, 8, 30), List.of("C3..", "C4.."),
                true);
        assertEquals(samples.getDataTableSpec(), output.getDataTableSpec());
        assertEquals(samples.size(), output.size());
        assertArrayEquals(expected.channel(0), EegTestTables.column(output, "C3.."), 1e-9);
        assertArrayEquals(expected.channel(2), EegTestTables.column(output, "C4.."), 1e-9);
        assertArrayEquals(EegTestTables.column(samples, "Cz.."), EegTestTables.column(output, "Cz.."), 0);
        assertArrayEquals(EegTestTables.column(samples, "time_s"), EegTestTables.column(output, "time_s"), 0);
        assertArrayEquals(EegTestTables.column(samples, "label"), EegTestTables.column(output, "label"), 0);
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void causalLowPassOnAllChannels() throws Exception {
        NodeHarness<EegFilterNodeModel> node = NodeHarness.of(new EegFilterNodeFactory());
        NodeSettings settings = settings(node, "low-pass", 0, 20);
        settings.addBoolean(EegFilterSettings.KEY_ZERO_PHASE, false);
        settings.addInt(EegFilterSettings.KEY_ORDER, 2);
        node.loadSettings(settings);

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];

        Recording expected = RecordingFilter.apply(recording, FilterSpec.lowPass(2, 20), null, false);
        for (int c = 0; c < LABELS.size(); c++) {
            assertArrayEquals(expected.channel(c), EegTestTables.column(output, LABELS.get(c)), 1e-9, LABELS.get(c));
        }
    }

    @Test
    void cutoffAtNyquistNamesTheOption() throws Exception {
        NodeHarness<EegFilterNodeModel> high = filter("low-pass", 0, 80);
        String message = assertThrows(InvalidSettingsException.class, () -> high.execute(samples)).getMessage();
        assertTrue(message.contains("'High cut-off (Hz)' (80.0 Hz) must be below the Nyquist frequency 80.00 Hz"),
                message);

        NodeHarness<EegFilterNodeModel> low = filter("high-pass", 95, 0);
        String lowMessage = assertThrows(InvalidSettingsException.class, () -> low.execute(samples)).getMessage();
        assertTrue(lowMessage.contains("'Low cut-off (Hz)' (95.0 Hz) must be below the Nyquist"), lowMessage);
    }

    private static String invalidMessage(String type, double low, double high) {
        NodeHarness<EegFilterNodeModel> node = NodeHarness.of(new EegFilterNodeFactory());
        NodeSettings settings = settings(node, type, low, high);
        return assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(invalidMessage("band-pass", 30, 8).contains("'Low cut-off (Hz)' (30.0 Hz) must be below "
                + "'High cut-off (Hz)' (8.0 Hz)"));
        assertTrue(invalidMessage("band-stop", 50, 50).contains("must be below 'High cut-off (Hz)'"));
        assertTrue(invalidMessage("high-pass", 0, 0).contains("'Low cut-off (Hz)' is 0.0 Hz, but a high-pass"));
        assertTrue(invalidMessage("low-pass", 0, -5).contains("'High cut-off (Hz)' is -5.0 Hz"));
        assertTrue(invalidMessage("comb", 1, 40).contains("'Filter type' is 'comb'"));
        NodeHarness<EegFilterNodeModel> node = NodeHarness.of(new EegFilterNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addInt(EegFilterSettings.KEY_ORDER, 0);
        String order = assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
        assertTrue(order.contains(EegFilterSettings.KEY_ORDER), order);
    }

    @Test
    void configureChecksChannels() throws Exception {
        String unknown = assertThrows(InvalidSettingsException.class,
                () -> filter("band-pass", 1, 40, "C3..", "X9").configure(samples.getDataTableSpec())).getMessage();
        assertTrue(unknown.contains("Channel 'X9' of 'Channels' is not in the samples table"), unknown);

        String label = assertThrows(InvalidSettingsException.class,
                () -> filter("band-pass", 1, 40, "label").configure(samples.getDataTableSpec())).getMessage();
        assertTrue(label.contains("Channel 'label' of 'Channels' is not a double signal column"), label);

        DataTableSpec noTime = new DataTableSpec(new String[] {"C3.."},
                new org.knime.core.data.DataType[] {org.knime.core.data.def.DoubleCell.TYPE});
        String time = assertThrows(InvalidSettingsException.class,
                () -> filter("band-pass", 1, 40).configure(noTime)).getMessage();
        assertTrue(time.contains("no column 'time_s'"), time);
        assertEquals(samples.getDataTableSpec(), filter("band-pass", 1, 40).configure(samples.getDataTableSpec())[0]);
    }

    @Test
    void shortSegmentNamesZeroPhaseOption() throws Exception {
        BufferedDataTable shortTable = EegTestTables.samples(EegTestTables.recording(LABELS, 0, 0.1));
        NodeHarness<EegFilterNodeModel> node = NodeHarness.of(new EegFilterNodeFactory());
        NodeSettings settings = settings(node, "band-pass", 1, 40);
        settings.addInt(EegFilterSettings.KEY_ORDER, 8);
        node.loadSettings(settings);

        String message = assertThrows(InvalidSettingsException.class, () -> node.execute(shortTable)).getMessage();

        assertTrue(message.contains("zero-phase filtering"), message);
        assertTrue(message.contains("'Zero-phase (forward-backward)'"), message);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        NodeHarness<EegFilterNodeModel> node = filter("band-pass", 1, 40);
        CancelAfterMonitor monitor = new CancelAfterMonitor(2);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, samples));

        node.reset();
        assertEquals(samples.size(), ((BufferedDataTable) node.execute(samples)[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EegFilterNodeModel> node = filter("band-stop", 48, 52, "Cz..");
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        BufferedDataTable output = (BufferedDataTable) node.execute(samples)[0];
        assertEquals(output.size(), ((BufferedDataTable) NodeHarness.saveAndLoadPortObject(output)).size());
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, samples.getDataTableSpec()));
        assertEquals(before, node.dialogRoundTrip(before));
        NodeSettingsRO all = NodeHarness.throughXml(filter("band-pass", 1, 40).savedSettings());
        assertEquals(all, node.dialogRoundTrip(all, samples.getDataTableSpec()));
    }
}

package org.researchml.knime.eeg.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.researchml.core.DataDirectory;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class EegReaderNodeTest {

    private static final String RUN_03 = "eeg/eegmmidb-S001/S001R03.edf";

    private static NodeHarness<EegReaderNodeModel> reader(String path) throws InvalidSettingsException {
        NodeHarness<EegReaderNodeModel> node = NodeHarness.of(new EegReaderNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegReaderSettings.KEY_PATH, path);
        node.loadSettings(settings);
        return node;
    }

    private static double value(BufferedDataTable table, long row, String column) {
        return ((DoubleValue) TestTables.cell(table, row, column)).getDoubleValue();
    }

    @Test
    void readsWholeEdfFile() throws Exception {
        NodeHarness<EegReaderNodeModel> node = reader(RUN_03);

        PortObject[] outputs = node.execute();

        BufferedDataTable samples = (BufferedDataTable) outputs[0];
        BufferedDataTable annotations = (BufferedDataTable) outputs[1];
        assertEquals(125 * 160, samples.size());
        assertEquals(1 + 64 + 1, samples.getDataTableSpec().getNumColumns());
        assertEquals("Fc5.", samples.getDataTableSpec().getColumnSpec(1).getName());
        assertEquals(1.0 / 160, value(samples, 1, "time_s"), 1e-12);
        assertEquals("S001R03.edf", ((StringValue) TestTables.cell(samples, 0, "file")).getStringValue());
        assertEquals(30, annotations.size());
        assertEquals("T0", ((StringValue) TestTables.cell(annotations, 0, "text")).getStringValue());
        assertEquals(1.0, node.lastMonitor().getProgress(), 1e-9);
    }

    @Test
    void readsChannelsAndTimeRange() throws Exception {
        NodeHarness<EegReaderNodeModel> node = NodeHarness.of(new EegReaderNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegReaderSettings.KEY_PATH, RUN_03);
        settings.addString(EegReaderSettings.KEY_DATA_FOLDER, DataDirectory.require(null).toString());
        settings.addString(EegReaderSettings.KEY_CHANNELS, "C4.., C3..");
        settings.addDouble(EegReaderSettings.KEY_START, 10);
        settings.addDouble(EegReaderSettings.KEY_END, 20);
        settings.addBoolean(EegReaderSettings.KEY_FILE_COLUMN, false);
        node.loadSettings(settings);

        PortObject[] outputs = node.execute();

        BufferedDataTable samples = (BufferedDataTable) outputs[0];
        BufferedDataTable annotations = (BufferedDataTable) outputs[1];
        assertEquals(10 * 160, samples.size());
        assertEquals(new DataTableSpec(new String[] {"time_s", "C4..", "C3.."}, new org.knime.core.data.DataType[] {
            org.knime.core.data.def.DoubleCell.TYPE, org.knime.core.data.def.DoubleCell.TYPE,
            org.knime.core.data.def.DoubleCell.TYPE}), samples.getDataTableSpec());
        assertEquals(10.0, value(samples, 0, "time_s"), 1e-9);
        assertTrue(annotations.size() >= 2, "annotations: " + annotations.size());
        assertTrue(annotations.size() <= 4, "annotations: " + annotations.size());
        assertTrue(value(annotations, 0, "onset_s") < 20);
    }

    @Test
    void readsFolderWithPattern() throws Exception {
        NodeHarness<EegReaderNodeModel> node = NodeHarness.of(new EegReaderNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegReaderSettings.KEY_PATH, "eeg/eegmmidb-S001");
        settings.addString(EegReaderSettings.KEY_FILE_PATTERN, "S001R0[34].edf");
        settings.addString(EegReaderSettings.KEY_CHANNELS, "Cz..");
        node.loadSettings(settings);

        PortObject[] outputs = node.execute();

        BufferedDataTable samples = (BufferedDataTable) outputs[0];
        assertEquals(2 * 125 * 160, samples.size());
        Set<String> files = new HashSet<>();
        try (CloseableRowIterator rows = samples.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                files.add(((StringValue) row.getCell(2)).getStringValue());
            }
        }
        assertEquals(Set.of("S001R03.edf", "S001R04.edf"), files);
        assertEquals(60, ((BufferedDataTable) outputs[1]).size());
    }

    @Test
    void readsBrainVisionAndDiscontinuousEdf() throws Exception {
        PortObject[] brainVision = reader("eeg/formats/mne-python/brainvision/test.vhdr").execute();
        PortObject[] discontinuous = reader("eeg/formats/edfReader-R/edfPlusD.edf").execute();

        assertTrue(((BufferedDataTable) brainVision[0]).size() > 0);
        BufferedDataTable samples = (BufferedDataTable) discontinuous[0];
        double previous = -1;
        double largestStep = 0;
        try (CloseableRowIterator rows = samples.iterator()) {
            while (rows.hasNext()) {
                double time = ((DoubleValue) rows.next().getCell(0)).getDoubleValue();
                if (previous >= 0) {
                    largestStep = Math.max(largestStep, time - previous);
                }
                previous = time;
            }
        }
        assertTrue(largestStep >= 0.9, "the gaps of edfPlusD.edf should show as jumps in time_s: " + largestStep);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        NodeHarness<EegReaderNodeModel> node = reader(RUN_03);
        CancelAfterMonitor monitor = new CancelAfterMonitor(2);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor));
        assertEquals(3, monitor.checks());

        node.reset();
        assertEquals(125 * 160, ((BufferedDataTable) node.execute()[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EegReaderNodeModel> node = reader(RUN_03);
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        node.execute();
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before));
    }

    private static String invalidMessage(String key, Object value) throws InvalidSettingsException {
        NodeHarness<EegReaderNodeModel> node = reader(RUN_03);
        NodeSettings settings = node.savedSettings();
        if (value instanceof Double number) {
            settings.addDouble(key, number);
        } else {
            settings.addString(key, (String) value);
        }
        return assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(invalidMessage(EegReaderSettings.KEY_PATH, " ").contains("'File or folder' is empty"));
        assertTrue(invalidMessage(EegReaderSettings.KEY_FILE_PATTERN, "[").contains("'File name pattern' is not a "
                + "valid pattern"));
        assertTrue(invalidMessage(EegReaderSettings.KEY_FILE_PATTERN, "").contains("'File name pattern' is empty"));
        assertTrue(invalidMessage(EegReaderSettings.KEY_CHANNELS, "C3..,,C4..").contains("'Channels' has an empty "
                + "entry"));
        assertTrue(invalidMessage(EegReaderSettings.KEY_CHANNELS, "C3..,C3..").contains("names channel 'C3..' twice"));
        assertTrue(invalidMessage(EegReaderSettings.KEY_START, -1.0).contains("start_s"));
        assertTrue(invalidMessage(EegReaderSettings.KEY_END, 1e9).contains("end_s"));
        NodeHarness<EegReaderNodeModel> node = reader(RUN_03);
        NodeSettings settings = node.savedSettings();
        settings.addDouble(EegReaderSettings.KEY_START, 5);
        settings.addDouble(EegReaderSettings.KEY_END, 5);
        String message = assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
        assertTrue(message.contains("'End (s)' (5.0 s) must be after 'Start (s)'"), message);
    }

    @Test
    void configureReportsMissingFileAndChannel() throws Exception {
        String missing = assertThrows(InvalidSettingsException.class,
                () -> reader("eeg/no-such-file.edf").configure()).getMessage();
        assertTrue(missing.contains("does not exist"), missing);
        assertTrue(missing.contains("'File or folder'"), missing);

        NodeHarness<EegReaderNodeModel> node = NodeHarness.of(new EegReaderNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegReaderSettings.KEY_PATH, RUN_03);
        settings.addString(EegReaderSettings.KEY_CHANNELS, "C3..,X9");
        node.loadSettings(settings);
        String unknown = assertThrows(InvalidSettingsException.class, node::configure).getMessage();
        assertTrue(unknown.contains("Channel 'X9' of 'Channels' is not in S001R03.edf"), unknown);

        NodeHarness<EegReaderNodeModel> empty = NodeHarness.of(new EegReaderNodeFactory());
        NodeSettings folder = empty.savedSettings();
        folder.addString(EegReaderSettings.KEY_PATH, "eeg/eegmmidb-S001");
        folder.addString(EegReaderSettings.KEY_FILE_PATTERN, "*.vhdr");
        empty.loadSettings(folder);
        String noMatch = assertThrows(InvalidSettingsException.class, empty::configure).getMessage();
        assertTrue(noMatch.contains("has no file that matches 'File name pattern' (*.vhdr)"), noMatch);
    }

    @Test
    void configureReportsMixedRates() throws Exception {
        String message = assertThrows(InvalidSettingsException.class,
                () -> reader("eeg/formats/mne-python/test_uneven_samp.edf").configure()).getMessage();

        assertTrue(message.contains("different sampling rates"), message);
        assertTrue(message.contains("'Channels'"), message);
    }

    @Test
    void relativePathNeedsDataFolder() throws Exception {
        String saved = System.getProperty(DataDirectory.PROPERTY);
        NodeHarness<EegReaderNodeModel> node = reader(RUN_03);
        try {
            System.clearProperty(DataDirectory.PROPERTY);
            if (System.getenv(DataDirectory.ENVIRONMENT_VARIABLE) != null) {
                return;
            }
            String message = assertThrows(InvalidSettingsException.class, node::configure).getMessage();
            assertTrue(message.contains("no data folder is set"), message);
            assertTrue(message.contains("'Data folder'"), message);
        } finally {
            System.setProperty(DataDirectory.PROPERTY, saved);
        }
        Path absolute = DataDirectory.require(null).resolve(RUN_03).toAbsolutePath();
        assertEquals(2, reader(absolute.toString()).configure().length);
    }
}

package org.researchml.knime.eeg.labeler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.researchml.core.eeg.Recording;
import org.researchml.core.events.EventLabeler;
import org.researchml.core.events.LabelMode;
import org.researchml.knime.eeg.EegTestTables;
import org.researchml.knime.harness.CancelAfterMonitor;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.TestTables;

class EegEventLabelerNodeTest {

    private static Recording recording;
    private static BufferedDataTable samples;
    private static BufferedDataTable annotations;
    private static BufferedDataTable withEvents;

    @BeforeAll
    static void readData() throws Exception {
        recording = EegTestTables.recording(List.of("C3..", "C4.."), 0, 40);
        samples = EegTestTables.samples(recording);
        annotations = EegTestTables.annotations(recording);
        DataTableSpec spec = new DataTableSpec(new String[] {"time_s", "Fz", "HandStart"},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});
        DataCell[][] rows = new DataCell[500][];
        for (int i = 0; i < rows.length; i++) {
            int event = i >= 200 && i < 250 ? 1 : 0;
            rows[i] = new DataCell[] {new DoubleCell(i / 500.0), new DoubleCell(i % 7), new IntCell(event)};
        }
        withEvents = TestTables.table(spec, rows);
    }

    private static NodeSettings settings(NodeHarness<EegEventLabelerNodeModel> node, String source, String texts,
            String columns, String mode, double marginMillis) {
        NodeSettings settings = node.savedSettings();
        settings.addString(EegEventLabelerSettings.KEY_SOURCE, source);
        settings.addString(EegEventLabelerSettings.KEY_ANNOTATION_TEXTS, texts);
        settings.addString(EegEventLabelerSettings.KEY_EVENT_COLUMNS, columns);
        settings.addString(EegEventLabelerSettings.KEY_LABEL_MODE, mode);
        settings.addDouble(EegEventLabelerSettings.KEY_MARGIN, marginMillis);
        return settings;
    }

    private static NodeHarness<EegEventLabelerNodeModel> labeler(String source, String texts, String columns,
            String mode, double marginMillis) throws InvalidSettingsException {
        NodeHarness<EegEventLabelerNodeModel> node = NodeHarness.of(new EegEventLabelerNodeFactory());
        node.loadSettings(settings(node, source, texts, columns, mode, marginMillis));
        return node;
    }

    private static double[] expected(int[] labels) {
        double[] values = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            values[i] = labels[i];
        }
        return values;
    }

    @Test
    void annotationIntervalsMatchCore() throws Exception {
        NodeHarness<EegEventLabelerNodeModel> node = labeler("annotations", "T1, T2", "", "interval", 0);

        BufferedDataTable output = (BufferedDataTable) node.execute(samples, annotations)[0];

        int[] labels = EventLabeler.fromAnnotations(recording, Set.of("T1", "T2"), LabelMode.INTERVAL, 0);
        assertEquals(List.of("time_s", "C3..", "C4..", "label"), List.of(output.getDataTableSpec().getColumnNames()));
        assertArrayEquals(expected(labels), EegTestTables.column(output, "label"), 0);
        double events = java.util.Arrays.stream(EegTestTables.column(output, "label")).sum();
        assertTrue(events > 0.3 * labels.length, "events: " + events);
        assertTrue(events < 0.7 * labels.length, "events: " + events);
        assertArrayEquals(EegTestTables.column(samples, "C3.."), EegTestTables.column(output, "C3.."), 0);
        assertNull(node.warningMessage());
    }

    @Test
    void annotationOnsetsWithMargin() throws Exception {
        NodeHarness<EegEventLabelerNodeModel> node = labeler("annotations", "T2", "", "around onset", 250);

        BufferedDataTable output = (BufferedDataTable) node.execute(samples, annotations)[0];

        int[] labels = EventLabeler.fromAnnotations(recording, Set.of("T2"), LabelMode.AROUND_ONSET, 250);
        assertArrayEquals(expected(labels), EegTestTables.column(output, "label"), 0);
    }

    @Test
    void eventColumnsWithoutAnnotationPort() throws Exception {
        NodeHarness<EegEventLabelerNodeModel> interval = labeler("event columns", "", "HandStart", "interval", 0);
        double[] copied = EegTestTables.column((BufferedDataTable) interval.execute(withEvents, null)[0], "label");
        assertArrayEquals(EegTestTables.column(withEvents, "HandStart"), copied, 0);

        NodeHarness<EegEventLabelerNodeModel> onset = labeler("event columns", "", "HandStart", "around onset", 20);
        double[] around = EegTestTables.column((BufferedDataTable) onset.execute(withEvents, null)[0], "label");
        assertEquals(20, java.util.Arrays.stream(around).sum(), 0);
        assertEquals(1, around[190], 0);
        assertEquals(0, around[189], 0);
        assertEquals(0, around[210], 0);
    }

    @Test
    void missingTextNamesTheOption() throws Exception {
        NodeHarness<EegEventLabelerNodeModel> node = labeler("annotations", "T1,T9", "", "interval", 0);

        String message = assertThrows(InvalidSettingsException.class,
                () -> node.execute(samples, annotations)).getMessage();

        assertTrue(message.contains("Annotation text 'T9' does not occur"), message);
        assertTrue(message.contains("Change 'Event annotations'"), message);
    }

    @Test
    void configureChecksInputs() throws Exception {
        String port = assertThrows(InvalidSettingsException.class, () -> labeler("annotations", "T1", "", "interval",
                0).configure(samples.getDataTableSpec(), null)).getMessage();
        assertTrue(port.contains("the annotations port is not connected"), port);

        String column = assertThrows(InvalidSettingsException.class, () -> labeler("event columns", "", "Fz",
                "interval", 0).configure(withEvents.getDataTableSpec(), null)).getMessage();
        assertTrue(column.contains("Column 'Fz' of 'Event columns' is not an integer column"), column);

        NodeHarness<EegEventLabelerNodeModel> node = NodeHarness.of(new EegEventLabelerNodeFactory());
        NodeSettings settings = settings(node, "event columns", "", "HandStart", "interval", 0);
        settings.addString(EegEventLabelerSettings.KEY_LABEL_COLUMN, "HandStart");
        node.loadSettings(settings);
        String taken = assertThrows(InvalidSettingsException.class,
                () -> node.configure(withEvents.getDataTableSpec(), null)).getMessage();
        assertTrue(taken.contains("already has a column 'HandStart'. Enter another name in 'Label column'"), taken);
    }

    private static String invalidMessage(String source, String texts, String columns, String mode, double margin) {
        NodeHarness<EegEventLabelerNodeModel> node = NodeHarness.of(new EegEventLabelerNodeFactory());
        NodeSettings settings = settings(node, source, texts, columns, mode, margin);
        return assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        assertTrue(invalidMessage("annotations", " ", "", "interval", 0).contains("'Event annotations' is empty"));
        assertTrue(invalidMessage("annotations", "T1,,T2", "", "interval", 0).contains("'Event annotations' has an "
                + "empty entry"));
        assertTrue(invalidMessage("event columns", "", "", "interval", 0).contains("'Event columns' is empty"));
        assertTrue(invalidMessage("annotations", "T1", "", "around onset", 0).contains("'Margin (ms)' is 0.0 ms"));
        assertTrue(invalidMessage("annotations", "T1", "", "peak", 0).contains("'Label mode' is 'peak'"));
        assertTrue(invalidMessage("markers", "T1", "", "interval", 0).contains("'Events from' is 'markers'"));
        NodeHarness<EegEventLabelerNodeModel> node = NodeHarness.of(new EegEventLabelerNodeFactory());
        NodeSettings settings = node.savedSettings();
        settings.addString(EegEventLabelerSettings.KEY_LABEL_COLUMN, " ");
        String label = assertThrows(InvalidSettingsException.class, () -> node.loadSettings(settings)).getMessage();
        assertTrue(label.contains("'Label column' is empty"), label);
    }

    @Test
    void cancelStopsAndNodeRunsAgain() throws Exception {
        NodeHarness<EegEventLabelerNodeModel> node = labeler("annotations", "T1", "", "interval", 0);
        CancelAfterMonitor monitor = new CancelAfterMonitor(2);

        assertThrows(CanceledExecutionException.class, () -> node.execute(monitor, samples, annotations));

        node.reset();
        assertEquals(samples.size(), ((BufferedDataTable) node.execute(samples, annotations)[0]).size());
    }

    @Test
    void lifecycleKeepsSettings() throws Exception {
        NodeHarness<EegEventLabelerNodeModel> node = labeler("annotations", "T1,T2", "", "around onset", 300);
        NodeSettingsRO before = NodeHarness.throughXml(node.savedSettings());

        BufferedDataTable output = (BufferedDataTable) node.execute(samples, annotations)[0];
        assertEquals(output.size(), ((BufferedDataTable) NodeHarness.saveAndLoadPortObject(output)).size());
        node.saveAndLoadInternals();
        node.reset();

        assertEquals(before, NodeHarness.throughXml(node.savedSettings()));
        assertEquals(before, node.dialogRoundTrip(before, samples.getDataTableSpec(), annotations.getDataTableSpec()));
    }
}

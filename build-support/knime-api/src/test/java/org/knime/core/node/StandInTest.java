package org.knime.core.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.util.DuplicateKeyException;

class StandInTest {

    private static NodeSettingsRO roundTrip(final NodeSettings settings) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        settings.saveToXML(bytes);
        return NodeSettings.loadFromXML(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void settingsXmlRoundTrip() throws Exception {
        NodeSettings settings = new NodeSettings("settings.xml");
        NodeSettingsWO model = settings.addNodeSettings("model");
        model.addInt("count", 3);
        model.addDouble("rate", 0.1);
        model.addString("text", "a<b & \"c\"");
        model.addString("absent", null);
        model.addBoolean("flag", true);
        model.addStringArray("names", "x", "y");

        NodeSettingsRO read = roundTrip(settings).getNodeSettings("model");

        assertEquals(3, read.getInt("count"));
        assertEquals(0.1, read.getDouble("rate"));
        assertEquals("a<b & \"c\"", read.getString("text"));
        assertNull(read.getString("absent"));
        assertTrue(read.getBoolean("flag"));
        assertArrayEquals(new String[]{"x", "y"}, read.getStringArray("names"));
    }

    @Test
    void settingsXmlUsesKnimeFormat() throws Exception {
        NodeSettings settings = new NodeSettings("settings.xml");
        settings.addInt("count", 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        settings.saveToXML(bytes);
        String xml = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(xml.contains("<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\""), xml);
        assertTrue(xml.contains("key=\"settings.xml\""), xml);
        assertTrue(xml.contains("<entry key=\"count\" type=\"xint\" value=\"3\"/>"), xml);
    }

    @Test
    void missingAndWrongTypeKeys() {
        NodeSettings settings = new NodeSettings("model");
        settings.addString("text", "a");

        InvalidSettingsException missing = assertThrows(InvalidSettingsException.class, () -> settings.getInt("n"));
        assertTrue(missing.getMessage().contains("'n' is missing"), missing.getMessage());
        InvalidSettingsException wrongType =
            assertThrows(InvalidSettingsException.class, () -> settings.getInt("text"));
        assertTrue(wrongType.getMessage().contains("expected xint"), wrongType.getMessage());
        assertEquals(7, settings.getInt("n", 7));
    }

    @Test
    void settingsModelWritesInternals() throws Exception {
        NodeSettings settings = new NodeSettings("model");
        new SettingsModelString("path", "/tmp/x").saveSettingsTo(settings);

        NodeSettingsRO internals = roundTrip(settings).getNodeSettings("path_Internals");

        assertEquals("SMID_string", internals.getString("SettingsModelID"));
        assertTrue(internals.getBoolean("EnabledStatus"));
    }

    @Test
    void boundedModelRejectsOutOfRange() {
        SettingsModelIntegerBounded model = new SettingsModelIntegerBounded("n", 2, 1, 5);
        NodeSettings settings = new NodeSettings("model");
        settings.addInt("n", 9);

        InvalidSettingsException error =
            assertThrows(InvalidSettingsException.class, () -> model.validateSettings(settings));
        assertTrue(error.getMessage().contains("outside [1, 5]"), error.getMessage());
        assertEquals(2, model.getIntValue());
    }

    @Test
    void subProgressAndCancel() {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        ExecutionContext exec = new ExecutionContext(monitor);
        ExecutionMonitor half = exec.createSubProgress(0.5);

        half.setProgress(1.0);
        assertEquals(0.5, monitor.getProgress(), 1e-12);
        exec.createSubExecutionContext(0.5).setProgress(0.5);
        assertEquals(0.75, monitor.getProgress(), 1e-12);

        monitor.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class, half::checkCanceled);
    }

    @Test
    void containerChecksRows() {
        DataTableSpec spec = new DataTableSpec(new String[]{"name", "value"},
            new org.knime.core.data.DataType[]{StringCell.TYPE, DoubleCell.TYPE});
        BufferedDataContainer container = new ExecutionContext(new DefaultNodeProgressMonitor())
            .createDataContainer(spec);
        container.addRowToTable(new DefaultRow("Row0", new StringCell("a"), new DoubleCell(1)));

        assertThrows(DuplicateKeyException.class,
            () -> container.addRowToTable(new DefaultRow("Row0", new StringCell("b"), new DoubleCell(2))));
        assertThrows(IllegalArgumentException.class,
            () -> container.addRowToTable(new DefaultRow("Row1", new StringCell("b"), new IntCell(2))));
        container.close();
        BufferedDataTable table = container.getTable();

        assertEquals(1, table.size());
        assertEquals(new RowKey("Row0"), table.iterator().next().getKey());
        assertTrue(DoubleCell.TYPE.isCompatible(DoubleValue.class));
        assertFalse(DoubleCell.TYPE.isCompatible(StringValue.class));
        assertTrue(IntCell.TYPE.isCompatible(DoubleValue.class));
    }

    @Test
    void optionalTablePortType() {
        assertTrue(BufferedDataTable.TYPE_OPTIONAL.isOptional());
        assertFalse(BufferedDataTable.TYPE.isOptional());
        assertEquals(BufferedDataTable.class, BufferedDataTable.TYPE_OPTIONAL.getPortObjectClass());
    }
}

package org.researchml.knime.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;
import org.researchml.knime.harness.TestTables;

class SampleRowsTest {

    private static final DataTableSpec MIXED = new DataTableSpec(
            new String[] {"time_s", "C3", "HandStart", "C4", "file"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});

    /** Six rows at 4 Hz with a gap of 10 s after the third row. */
    private static BufferedDataTable mixedTable(DataCell eventAtRow4) {
        double[] times = {0, 0.25, 0.5, 10, 10.25, 10.5};
        DataCell[][] rows = new DataCell[times.length][];
        for (int i = 0; i < times.length; i++) {
            DataCell event = i == 4 ? eventAtRow4 : new IntCell(i == 1 ? 1 : 0);
            rows[i] = new DataCell[] {new DoubleCell(times[i]), new DoubleCell(i), event, new DoubleCell(-i),
                new StringCell("a.edf")};
        }
        return TestTables.table(MIXED, rows);
    }

    @Test
    void columnRolesOfMixedSpec() throws Exception {
        assertEquals(List.of("C3", "C4"), SampleColumns.signalColumns(MIXED));
        assertEquals(List.of("HandStart"), SampleColumns.integerColumns(MIXED));
        assertEquals(List.of("C4"), SampleColumns.chosenChannels(MIXED, new String[] {"C4"}, "Channels"));
        assertEquals(List.of("C3", "C4"), SampleColumns.chosenChannels(MIXED, new String[0], "Channels"));
    }

    @Test
    void chosenChannelsRejectsRepeats() {
        String message = assertThrows(InvalidSettingsException.class,
                () -> SampleColumns.chosenChannels(MIXED, new String[] {"C3", "C3"}, "Channels")).getMessage();

        assertTrue(message.contains("'Channels' lists channel 'C3' twice"), message);
    }

    @Test
    void signalColumnsNeedTimeAndChannel() {
        DataTableSpec noTime = new DataTableSpec(new String[] {"C3"}, new DataType[] {DoubleCell.TYPE});
        DataTableSpec noSignal = new DataTableSpec(new String[] {"time_s", "label"},
                new DataType[] {DoubleCell.TYPE, IntCell.TYPE});

        String time = assertThrows(InvalidSettingsException.class, () -> SampleColumns.signalColumns(noTime))
                .getMessage();
        String signal = assertThrows(InvalidSettingsException.class, () -> SampleColumns.signalColumns(noSignal))
                .getMessage();

        assertTrue(time.contains("no column 'time_s'"), time);
        assertTrue(signal.contains("no double channel column"), signal);
    }

    @Test
    void readKeepsGapsAndEvents() throws Exception {
        Recording recording = SampleRows.read(mixedTable(new IntCell(0)), List.of("C4"), List.of("HandStart"),
                List.of(), TestTables.exec());

        assertEquals(4.0, recording.samplingRateHz(), 0);
        assertEquals(2, recording.segments().size());
        assertEquals(10.0, recording.segments().get(1).firstRecordSeconds(), 0);
        assertArrayEquals(new double[] {0, -1, -2, -3, -4, -5}, recording.channel(0), 0);
        assertArrayEquals(new byte[] {0, 1, 0, 0, 0, 0}, recording.eventColumns().column("HandStart"));
    }

    @Test
    void rateNoiseIsSnapped() {
        double[] times = new double[161];
        for (int i = 0; i < times.length; i++) {
            times[i] = i / 160.0 + 1e-13 * (i % 3);
        }

        assertEquals(160.0, SampleRows.samplingRateHz(times), 0);
    }

    @Test
    void eventValuesMustBeZeroOrOne() {
        String two = assertThrows(IllegalArgumentException.class, () -> SampleRows.read(mixedTable(new IntCell(2)),
                List.of("C3"), List.of("HandStart"), List.of(), TestTables.exec())).getMessage();
        String missing = assertThrows(IllegalArgumentException.class, () -> SampleRows.readLabels(
                mixedTable(DataType.getMissingCell()), "HandStart", TestTables.exec())).getMessage();

        assertTrue(two.contains("Row 'Row4' of the samples table has 2 in the 0/1 column 'HandStart'"), two);
        assertTrue(missing.contains("Row 'Row4' of the samples table has a missing value in the 0/1 column "
                + "'HandStart'"), missing);
    }

    @Test
    void replaceChannelsKeepsOtherColumns() throws Exception {
        BufferedDataTable input = mixedTable(new IntCell(0));
        Recording processed = Recording.of(List.of("C3"), 4, new double[][] {{9, 9, 9, 9, 9, 9}});

        BufferedDataTable output = SampleRows.replaceChannels(input, processed, TestTables.exec());

        assertEquals(MIXED, output.getDataTableSpec());
        assertEquals(9.0, ((DoubleValue) TestTables.cell(output, 5, "C3")).getDoubleValue(), 0);
        assertEquals(-5.0, ((DoubleValue) TestTables.cell(output, 5, "C4")).getDoubleValue(), 0);
        assertEquals(1, ((IntValue) TestTables.cell(output, 1, "HandStart")).getIntValue());
        assertEquals("a.edf", ((StringValue) TestTables.cell(output, 2, "file")).getStringValue());
    }

    @Test
    void appendIntColumnAddsLastColumn() throws Exception {
        DataTableSpec spec = SampleColumns.withIntColumn(MIXED, "label", "Label column");
        BufferedDataTable output = SampleRows.appendIntColumn(mixedTable(new IntCell(0)), spec,
                new int[] {0, 0, 1, 1, 0, 0}, TestTables.exec());

        assertEquals("label", output.getDataTableSpec().getColumnSpec(5).getName());
        assertEquals(1, ((IntValue) TestTables.cell(output, 3, "label")).getIntValue());
        String taken = assertThrows(InvalidSettingsException.class,
                () -> SampleColumns.withIntColumn(MIXED, "C3", "Label column")).getMessage();
        assertTrue(taken.contains("already has a column 'C3'. Enter another name in 'Label column'"), taken);
        String blank = assertThrows(InvalidSettingsException.class,
                () -> SampleColumns.withIntColumn(MIXED, " ", "Label column")).getMessage();
        assertTrue(blank.contains("'Label column' is empty"), blank);
    }

    @Test
    void writeWithEventsShowsGaps() throws Exception {
        Recording recording = new Recording(List.of("Fz"), List.of(""), 2, new double[][] {{1, 2, 3, 4}},
                List.of(new Segment(0, 1), new Segment(5, 1)), List.of(),
                new EventColumns(List.of("T1"), new byte[][] {{0, 0, 1, 0}}));

        BufferedDataTable table = SampleRows.writeWithEvents(recording, TestTables.exec());

        assertEquals(SampleColumns.specWithEvents(List.of("Fz"), List.of("T1")), table.getDataTableSpec());
        assertEquals(5.0, ((DoubleValue) TestTables.cell(table, 2, "time_s")).getDoubleValue(), 0);
        assertEquals(5.5, ((DoubleValue) TestTables.cell(table, 3, "time_s")).getDoubleValue(), 0);
        assertEquals(1, ((IntValue) TestTables.cell(table, 2, "T1")).getIntValue());
    }
}

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
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;
import org.researchml.knime.harness.TestTables;

class SamplesTableTest {

    @Test
    void roundTripKeepsGaps() throws Exception {
        double[][] samples = {{1, 2, 3, 4, 5}, {-1, -2, -3, -4, -5}};
        List<Segment> segments = List.of(new Segment(0, 0.3), new Segment(10, 0.2));
        Recording recording = new Recording(List.of("C3", "C4"), List.of("uV", "uV"), 10, samples, segments,
                List.of(), null);

        BufferedDataTable table = SamplesTable.write(recording, 0, TestTables.exec());
        Recording back = SamplesTable.read(table, List.of(new Annotation(1, 2, "T1")), TestTables.exec());

        assertEquals(10.1, ((DoubleValue) TestTables.cell(table, 4, SamplesTable.TIME)).getDoubleValue(), 1e-12);
        assertEquals(10, back.samplingRateHz(), 1e-9);
        assertEquals(List.of("C3", "C4"), back.channelLabels());
        assertArrayEquals(samples[1], back.channel(1));
        assertEquals(2, back.segments().size());
        assertEquals(10, back.segments().get(1).firstRecordSeconds(), 1e-12);
        assertEquals(0.3, back.segments().get(0).durationSeconds(), 1e-12);
        assertEquals(1, back.annotations().size());
    }

    @Test
    void duplicateLabelsGetSuffix() {
        DataTableSpec spec = SamplesTable.spec(List.of("Fp1", "Fp1", "time_s"));

        assertArrayEquals(new String[] {"time_s", "Fp1", "Fp1 (2)", "time_s (2)"}, spec.getColumnNames());
    }

    @Test
    void missingTimeColumnIsReported() {
        DataTableSpec spec = new DataTableSpec(new String[] {"C3"}, new DataType[] {DoubleCell.TYPE});

        InvalidSettingsException error =
                assertThrows(InvalidSettingsException.class, () -> SamplesTable.channelColumns(spec));

        assertTrue(error.getMessage().contains("no column 'time_s'"), error.getMessage());
    }

    @Test
    void nonIncreasingTimeIsReported() {
        DataTableSpec spec = new DataTableSpec(new String[] {"time_s", "C3"},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
        BufferedDataTable table = TestTables.table(spec, new DataCell[] {new DoubleCell(0), new DoubleCell(1)},
                new DataCell[] {new DoubleCell(0.1), new DoubleCell(1)},
                new DataCell[] {new DoubleCell(0.1), new DoubleCell(1)});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SamplesTable.read(table, List.of(), TestTables.exec()));

        assertTrue(error.getMessage().contains("Row 'Row2'"), error.getMessage());
        assertTrue(error.getMessage().contains("Sort the table"), error.getMessage());
    }

    @Test
    void textColumnsAreNotChannels() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[] {"time_s", "C3", "note"},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});

        assertEquals(List.of("C3"), SamplesTable.channelColumns(spec));
    }
}

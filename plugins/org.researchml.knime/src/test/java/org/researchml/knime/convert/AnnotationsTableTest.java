package org.researchml.knime.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.eeg.Annotation;
import org.researchml.knime.harness.TestTables;

class AnnotationsTableTest {

    @Test
    void roundTrip() throws Exception {
        List<Annotation> annotations = List.of(new Annotation(0, 4.2, "T0"), new Annotation(4.2, 4.1, "T1"));

        BufferedDataTable table = AnnotationsTable.write(annotations, TestTables.exec());

        assertEquals(annotations, AnnotationsTable.read(table, TestTables.exec()));
    }

    @Test
    void missingTextColumnIsReported() {
        BufferedDataTable table = TestTables.table(new org.knime.core.data.DataTableSpec(
                new String[] {"onset_s", "duration_s"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE}));

        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> AnnotationsTable.read(table, TestTables.exec()));

        assertTrue(error.getMessage().contains("no column 'text'"), error.getMessage());
    }

    @Test
    void negativeDurationIsReported() {
        BufferedDataTable table = TestTables.table(AnnotationsTable.spec(),
                new DataCell[] {new DoubleCell(1), new DoubleCell(-1), new StringCell("T1")});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AnnotationsTable.read(table, TestTables.exec()));

        assertTrue(error.getMessage().contains("duration_s = -1.0"), error.getMessage());
    }
}

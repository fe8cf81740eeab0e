package org.researchml.knime.harness;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;

/** Builds and reads small in-memory tables for node tests. */
public final class TestTables {

    private TestTables() {
    }

    /** Returns an execution context without a cancel request. */
    public static ExecutionContext exec() {
        return new ExecutionContext(new DefaultNodeProgressMonitor());
    }

    /** Creates a table from rows of cells with keys {@code Row0, Row1, ...}. */
    public static BufferedDataTable table(DataTableSpec spec, DataCell[]... rows) {
        BufferedDataContainer container = exec().createDataContainer(spec);
        for (int i = 0; i < rows.length; i++) {
            container.addRowToTable(new org.knime.core.data.def.DefaultRow("Row" + i, rows[i]));
        }
        container.close();
        return container.getTable();
    }

    /** Returns the cell at a row index and column name. */
    public static DataCell cell(BufferedDataTable table, long rowIndex, String column) {
        int columnIndex = table.getDataTableSpec().findColumnIndex(column);
        if (columnIndex < 0) {
            throw new IllegalArgumentException("No column '" + column + "' in " + table.getDataTableSpec());
        }
        long index = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                if (index++ == rowIndex) {
                    return row.getCell(columnIndex);
                }
            }
        }
        throw new IndexOutOfBoundsException("Row " + rowIndex + " of a table with " + table.size() + " rows.");
    }
}

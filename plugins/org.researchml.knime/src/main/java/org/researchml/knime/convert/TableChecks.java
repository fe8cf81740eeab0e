package org.researchml.knime.convert;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;

/** Column look-ups and cell reads that fail with messages naming the table, column and row. */
final class TableChecks {

    private TableChecks() {
    }

    /** Returns the index of a required column of a value type. */
    static int requireColumn(DataTableSpec spec, String table, String column, Class<? extends DataValue> value)
            throws InvalidSettingsException {
        int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException("The " + table + " table has no column '" + column
                    + "'. Connect a table with that column (columns: " + String.join(", ", spec.getColumnNames())
                    + ").");
        }
        DataColumnSpec columnSpec = spec.getColumnSpec(index);
        if (!columnSpec.getType().isCompatible(value)) {
            throw new InvalidSettingsException("Column '" + column + "' of the " + table + " table has type "
                    + columnSpec.getType() + ", expected " + value.getSimpleName().replace("Value", "") + ".");
        }
        return index;
    }

    static double readDouble(DataRow row, int index, String table, String column) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the " + table
                    + " table has a missing value in column '" + column + "'. Fill or remove missing values first.");
        }
        return ((DoubleValue) cell).getDoubleValue();
    }

    static String readString(DataRow row, int index, String table, String column) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the " + table
                    + " table has a missing value in column '" + column + "'. Fill or remove missing values first.");
        }
        return ((StringValue) cell).getStringValue();
    }

    /** Converts a table size to an array length, rejecting tables too large for one array. */
    static int rowCount(long size, String table) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The " + table + " table has " + size + " rows; at most "
                    + (Integer.MAX_VALUE - 8) + " fit into memory at once. Split it into shorter pieces.");
        }
        return (int) size;
    }
}

package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.features.FeatureTable;

/**
 * Rows for learning or prediction from any table: chosen numeric feature columns and, for training, a class column.
 * The class column is either an integer column with 0 (no event) and 1 (event) or a string column with two values,
 * one of which is the event value. The window start and end columns of a {@link FeaturesTable} are not features,
 * but they are read as row timing when present.
 */
public final class TrainingRowsTable {

    private static final String TABLE = "input";

    private static final int ROWS_PER_CHECK = 1024;

    private static final Set<String> WINDOW_COLUMNS =
            Set.of(FeaturesTable.WINDOW_START, FeaturesTable.WINDOW_END, FeaturesTable.WINDOW_END_SAMPLE);

    private TrainingRowsTable() {
    }

    /**
     * Returns the feature columns: the chosen ones after checking that each is numeric, or, when none are chosen,
     * every numeric column except the window columns and the class column.
     *
     * @param chosen chosen column names, or an empty list for the default
     * @param classColumn class column to leave out, or {@code null}
     * @param optionLabel dialog option named in error messages
     */
    public static List<String> featureColumns(DataTableSpec spec, List<String> chosen, String classColumn,
            String optionLabel) throws InvalidSettingsException {
        if (!chosen.isEmpty()) {
            for (String name : chosen) {
                if (name.equals(classColumn)) {
                    throw new InvalidSettingsException("'" + optionLabel + "' lists the class column '" + name
                            + "'. Remove it from the feature columns.");
                }
                int index = spec.findColumnIndex(name);
                if (index < 0) {
                    throw new InvalidSettingsException("Column '" + name + "' of '" + optionLabel + "' is not in the "
                            + "input table. Available columns: " + String.join(", ", spec.getColumnNames()) + ".");
                }
                if (!spec.getColumnSpec(index).getType().isCompatible(DoubleValue.class)) {
                    throw new InvalidSettingsException("Column '" + name + "' of '" + optionLabel + "' has type "
                            + spec.getColumnSpec(index).getType() + ", but features must be numeric. Remove it.");
                }
            }
            return List.copyOf(chosen);
        }
        List<String> features = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            String name = column.getName();
            if (!WINDOW_COLUMNS.contains(name) && !name.equals(classColumn)
                    && column.getType().isCompatible(DoubleValue.class)) {
                features.add(name);
            }
        }
        if (features.isEmpty()) {
            throw new InvalidSettingsException("The input table has no numeric column besides the class column. "
                    + "Connect a table with numeric feature columns.");
        }
        return features;
    }

    /**
     * Checks that the class column exists and is an integer or string column, and that a string column comes with
     * an event value.
     *
     * @param classLabel and {@code eventLabel} dialog options named in error messages
     */
    public static void checkClassColumn(DataTableSpec spec, String classColumn, String eventValue, String classLabel,
            String eventLabel) throws InvalidSettingsException {
        int index = spec.findColumnIndex(classColumn);
        if (index < 0) {
            throw new InvalidSettingsException("The class column '" + classColumn + "' of '" + classLabel + "' is not "
                    + "in the input table. Available columns: " + String.join(", ", spec.getColumnNames()) + ".");
        }
        if (isIntegerColumn(spec, index)) {
            return;
        }
        if (!spec.getColumnSpec(index).getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException("The class column '" + classColumn + "' has type "
                    + spec.getColumnSpec(index).getType() + ". Choose an integer column with 0 and 1 or a string "
                    + "column with two values in '" + classLabel + "'.");
        }
        if (eventValue == null || eventValue.isEmpty()) {
            throw new InvalidSettingsException("The class column '" + classColumn + "' is a string column, so '"
                    + eventLabel + "' must name the value that marks an event.");
        }
    }

    private static boolean isIntegerColumn(DataTableSpec spec, int index) {
        return spec.getColumnSpec(index).getType().isCompatible(IntValue.class);
    }

    /**
     * Reads the rows.
     *
     * @param classColumn class column, or {@code null} to read unlabeled rows
     * @param eventValue value of a string class column that means event; ignored for integer columns
     * @throws InvalidSettingsException if a column is missing or has another type
     * @throws IllegalArgumentException naming the row and column of a missing value, of an integer class other
     *     than 0 or 1, or of a third value in a string class column
     */
    public static FeatureTable read(BufferedDataTable table, List<String> features, String classColumn,
            String eventValue, ExecutionMonitor exec) throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] featureIndex = new int[features.size()];
        for (int j = 0; j < featureIndex.length; j++) {
            featureIndex[j] = TableChecks.requireColumn(spec, TABLE, features.get(j), DoubleValue.class);
        }
        int classIndex = classColumn == null ? -1 : spec.findColumnIndex(classColumn);
        ClassDecoder decoder = classIndex < 0 ? null
                : new ClassDecoder(classColumn, isIntegerColumn(spec, classIndex), eventValue);
        int startIndex = numericColumn(spec, FeaturesTable.WINDOW_START);
        int endIndex = numericColumn(spec, FeaturesTable.WINDOW_END);
        int rows = TableChecks.rowCount(table.size(), TABLE);
        double[][] values = new double[rows][];
        double[] start = new double[rows];
        double[] end = new double[rows];
        long[] endSample = new long[rows];
        int[] labels = decoder == null ? null : new int[rows];
        int r = 0;
        try (CloseableRowIterator iterator = table.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / Math.max(1, rows), "Reading row " + r + " of " + rows);
                }
                values[r] = new double[featureIndex.length];
                for (int j = 0; j < featureIndex.length; j++) {
                    values[r][j] = TableChecks.readDouble(row, featureIndex[j], TABLE, features.get(j));
                }
                start[r] = startIndex < 0 ? r : TableChecks.readDouble(row, startIndex, TABLE, FeaturesTable.WINDOW_START);
                end[r] = endIndex < 0 ? r + 1 : TableChecks.readDouble(row, endIndex, TABLE, FeaturesTable.WINDOW_END);
                endSample[r] = r + 1L;
                if (decoder != null) {
                    labels[r] = decoder.decode(row, classIndex);
                }
                r++;
            }
        }
        if (decoder != null) {
            decoder.requireEventValueSeen(rows);
        }
        return new FeatureTable(features, values, start, end, endSample, labels);
    }

    private static int numericColumn(DataTableSpec spec, String name) {
        int index = spec.findColumnIndex(name);
        return index >= 0 && spec.getColumnSpec(index).getType().isCompatible(DoubleValue.class) ? index : -1;
    }

    /** Turns class cells into 0/1 and remembers the one non-event value of a string column. */
    private static final class ClassDecoder {

        private final String column;
        private final boolean integer;
        private final String eventValue;
        private String otherValue;
        private boolean eventSeen;

        ClassDecoder(String column, boolean integer, String eventValue) {
            this.column = column;
            this.integer = integer;
            this.eventValue = eventValue;
        }

        int decode(DataRow row, int index) {
            DataCell cell = row.getCell(index);
            if (cell.isMissing()) {
                throw new IllegalArgumentException("Row '" + row.getKey() + "' has no class in column '" + column
                        + "'. Remove rows without a class or choose another class column.");
            }
            if (integer) {
                int label = ((IntValue) cell).getIntValue();
                if (label != 0 && label != 1) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' has class " + label + " in column '"
                            + column + "'; integer classes must be 0 (no event) or 1 (event).");
                }
                eventSeen |= label == 1;
                return label;
            }
            String value = ((StringValue) cell).getStringValue();
            if (value.equals(eventValue)) {
                eventSeen = true;
                return 1;
            }
            if (otherValue == null) {
                otherValue = value;
            } else if (!otherValue.equals(value)) {
                String fix = eventSeen ? "Use a column with two values."
                        : "No row so far has the event value '" + eventValue + "'; check that it is spelled as in "
                                + "the column.";
                throw new IllegalArgumentException("Column '" + column + "' has a third class value '" + value
                        + "' in row '" + row.getKey() + "' besides the event value '" + eventValue + "' and '"
                        + otherValue + "'. " + fix);
            }
            return 0;
        }

        void requireEventValueSeen(int rows) {
            if (!integer && rows > 0 && !eventSeen) {
                throw new IllegalArgumentException("No row of column '" + column + "' has the event value '"
                        + eventValue + "' (the column has '" + otherValue + "'). Check the event value's spelling.");
            }
        }
    }
}

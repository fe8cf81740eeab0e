package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.features.FeatureTable;

/**
 * Feature table: one row per analysis window with {@value #WINDOW_START} and {@value #WINDOW_END} in seconds,
 * {@value #WINDOW_END_SAMPLE} (index of the sample just after the window), one double column per feature and, for
 * labeled tables, the class in {@value #LABEL} (0 = no event, 1 = event).
 */
public final class FeaturesTable {

    public static final String WINDOW_START = "window_start_s";
    public static final String WINDOW_END = "window_end_s";
    public static final String WINDOW_END_SAMPLE = "window_end_sample";
    public static final String LABEL = "label";

    private static final String TABLE = "feature";

    private static final Set<String> WINDOW_COLUMNS = Set.of(WINDOW_START, WINDOW_END, WINDOW_END_SAMPLE);

    private static final int ROWS_PER_CHECK = 1024;

    private FeaturesTable() {
    }

    /** Returns the spec of a feature table; the label column is present when {@code labeled} is true. */
    public static DataTableSpec spec(List<String> featureNames, boolean labeled) {
        List<String> names = new ArrayList<>(List.of(WINDOW_START, WINDOW_END, WINDOW_END_SAMPLE));
        List<DataType> types = new ArrayList<>(List.of(DoubleCell.TYPE, DoubleCell.TYPE, LongCell.TYPE));
        Set<String> reserved = labeled ? Set.of(WINDOW_START, WINDOW_END, WINDOW_END_SAMPLE, LABEL) : WINDOW_COLUMNS;
        for (String name : ColumnNames.unique(featureNames, reserved)) {
            names.add(name);
            types.add(DoubleCell.TYPE);
        }
        if (labeled) {
            names.add(LABEL);
            types.add(IntCell.TYPE);
        }
        return new DataTableSpec(names.toArray(new String[0]), types.toArray(new DataType[0]));
    }

    /** Writes a feature table, with the label column when the table has labels. */
    public static BufferedDataTable write(FeatureTable features, ExecutionContext exec)
            throws CanceledExecutionException {
        boolean labeled = features.labels() != null;
        BufferedDataContainer container = exec.createDataContainer(spec(features.featureNames(), labeled));
        int featureCount = features.featureCount();
        for (int i = 0; i < features.rowCount(); i++) {
            if (i % ROWS_PER_CHECK == 0) {
                exec.checkCanceled();
                exec.setProgress((double) i / features.rowCount(), "Writing window " + i);
            }
            DataCell[] cells = new DataCell[3 + featureCount + (labeled ? 1 : 0)];
            cells[0] = new DoubleCell(features.windowStartSeconds()[i]);
            cells[1] = new DoubleCell(features.windowEndSeconds()[i]);
            cells[2] = new LongCell(features.windowEndSample()[i]);
            for (int j = 0; j < featureCount; j++) {
                cells[3 + j] = new DoubleCell(features.rows()[i][j]);
            }
            if (labeled) {
                cells[cells.length - 1] = new IntCell(features.labels()[i]);
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(i), cells));
        }
        container.close();
        return container.getTable();
    }

    /**
     * Returns the feature columns of a spec: every numeric column except the window columns and the label column.
     *
     * @param labelColumn name of the label column, or {@code null} for none
     * @throws InvalidSettingsException if the label column is missing or not an integer column, or no feature
     *     column is left
     */
    public static List<String> featureColumns(DataTableSpec spec, String labelColumn)
            throws InvalidSettingsException {
        if (labelColumn != null) {
            TableChecks.requireColumn(spec, TABLE, labelColumn, IntValue.class);
        }
        List<String> features = new ArrayList<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec column = spec.getColumnSpec(i);
            String name = column.getName();
            if (!WINDOW_COLUMNS.contains(name) && !name.equals(labelColumn)
                    && column.getType().isCompatible(DoubleValue.class)) {
                features.add(name);
            }
        }
        if (features.isEmpty()) {
            throw new InvalidSettingsException("The feature table has no numeric feature column. Connect the output "
                    + "of a feature extraction node.");
        }
        return features;
    }

    /**
     * Reads a feature table. Window columns are optional: without them a row's window is its row index in seconds
     * and samples, which keeps the rows in order for event metrics.
     *
     * @param labelColumn name of the label column with values 0 and 1, or {@code null} to read an unlabeled table
     * @throws InvalidSettingsException if a required column is missing or has another type
     * @throws IllegalArgumentException if a value is missing or a label is neither 0 nor 1
     */
    public static FeatureTable read(BufferedDataTable table, String labelColumn, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        List<String> features = featureColumns(spec, labelColumn);
        int[] featureIndex = features.stream().mapToInt(spec::findColumnIndex).toArray();
        int startIndex = optionalColumn(spec, WINDOW_START, DoubleValue.class);
        int endIndex = optionalColumn(spec, WINDOW_END, DoubleValue.class);
        int endSampleIndex = optionalColumn(spec, WINDOW_END_SAMPLE, LongValue.class);
        int labelIndex = labelColumn == null ? -1 : spec.findColumnIndex(labelColumn);
        int rows = TableChecks.rowCount(table.size(), TABLE);
        double[][] values = new double[rows][];
        double[] start = new double[rows];
        double[] end = new double[rows];
        long[] endSample = new long[rows];
        int[] labels = labelColumn == null ? null : new int[rows];
        int r = 0;
        try (CloseableRowIterator iterator = table.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / rows, "Reading window " + r);
                }
                values[r] = new double[features.size()];
                for (int j = 0; j < featureIndex.length; j++) {
                    values[r][j] = TableChecks.readDouble(row, featureIndex[j], TABLE, features.get(j));
                }
                start[r] = startIndex < 0 ? r : TableChecks.readDouble(row, startIndex, TABLE, WINDOW_START);
                end[r] = endIndex < 0 ? r + 1 : TableChecks.readDouble(row, endIndex, TABLE, WINDOW_END);
                endSample[r] = endSampleIndex < 0 ? r + 1L : readLong(row, endSampleIndex);
                if (labels != null) {
                    labels[r] = readLabel(row, labelIndex, labelColumn);
                }
                r++;
            }
        }
        return new FeatureTable(features, values, start, end, endSample, labels);
    }

    private static int optionalColumn(DataTableSpec spec, String name,
            Class<? extends org.knime.core.data.DataValue> value) throws InvalidSettingsException {
        return spec.containsName(name) ? TableChecks.requireColumn(spec, TABLE, name, value) : -1;
    }

    private static long readLong(DataRow row, int index) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the feature table has a missing value "
                    + "in column '" + WINDOW_END_SAMPLE + "'.");
        }
        return ((LongValue) cell).getLongValue();
    }

    private static int readLabel(DataRow row, int index, String column) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the feature table has no label in column '"
                    + column + "'. Remove unlabeled rows or choose another label column.");
        }
        int label = ((IntValue) cell).getIntValue();
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the feature table has label " + label
                    + " in column '" + column + "'; labels must be 0 (no event) or 1 (event).");
        }
        return label;
    }
}

package org.researchml.knime.convert;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads the per-sample columns a detection scorer needs, in row order: the 0/1 truth, the event probability and
 * optionally a 0/1 predicted class. Rows are samples at a fixed rate, so their order is their time order.
 */
public final class DetectionColumns {

    private static final String TABLE = "scored";

    private static final int ROWS_PER_CHECK = 4096;

    /**
     * Columns of one table.
     *
     * @param truth 0 or 1 per row
     * @param probability event probability per row
     * @param predicted 0 or 1 per row, or {@code null} when no predicted column was read
     */
    public record Values(int[] truth, double[] probability, int[] predicted) {
    }

    private DetectionColumns() {
    }

    /** Checks that the truth (and predicted) columns are integer columns and the probability column is numeric. */
    public static void checkSpec(DataTableSpec spec, String truth, String probability, String predicted)
            throws InvalidSettingsException {
        TableChecks.requireColumn(spec, TABLE, truth, IntValue.class);
        TableChecks.requireColumn(spec, TABLE, probability, DoubleValue.class);
        if (predicted != null) {
            TableChecks.requireColumn(spec, TABLE, predicted, IntValue.class);
        }
    }

    /**
     * Reads the columns.
     *
     * @param predicted name of the predicted class column, or {@code null}
     * @throws InvalidSettingsException if a column is missing or has another type
     * @throws IllegalArgumentException naming the row and column of a missing value, of a class other than 0 or 1,
     *     or of a NaN probability
     */
    public static Values read(BufferedDataTable table, String truth, String probability, String predicted,
            ExecutionMonitor exec) throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        checkSpec(spec, truth, probability, predicted);
        int truthIndex = spec.findColumnIndex(truth);
        int probabilityIndex = spec.findColumnIndex(probability);
        int predictedIndex = predicted == null ? -1 : spec.findColumnIndex(predicted);
        int rows = TableChecks.rowCount(table.size(), TABLE);
        int[] truthValues = new int[rows];
        double[] probabilities = new double[rows];
        int[] predictedValues = predicted == null ? null : new int[rows];
        int r = 0;
        try (CloseableRowIterator iterator = table.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / Math.max(1, rows), "Reading row " + r + " of " + rows);
                }
                truthValues[r] = readClass(row, truthIndex, truth);
                probabilities[r] = TableChecks.readDouble(row, probabilityIndex, TABLE, probability);
                if (Double.isNaN(probabilities[r])) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' has NaN in column '" + probability
                            + "'. Remove or fill such rows before scoring.");
                }
                if (predictedValues != null) {
                    predictedValues[r] = readClass(row, predictedIndex, predicted);
                }
                r++;
            }
        }
        return new Values(truthValues, probabilities, predictedValues);
    }

    private static int readClass(DataRow row, int index, String column) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' has a missing value in column '" + column
                    + "'. Remove or fill such rows before scoring.");
        }
        int value = ((IntValue) cell).getIntValue();
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' has " + value + " in column '" + column
                    + "'; expected 0 (no event) or 1 (event).");
        }
        return value;
    }
}

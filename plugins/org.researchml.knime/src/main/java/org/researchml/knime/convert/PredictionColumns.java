package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Appends an ensemble's output to a table: the event probability as a double column {@value #PROBABILITY} and
 * the predicted class (0 = no event, 1 = event) as an integer column {@value #PREDICTED}. A name already used by
 * the input gets a suffix such as " (2)".
 */
public final class PredictionColumns {

    public static final String PROBABILITY = "event_probability";
    public static final String PREDICTED = "predicted_class";

    private static final int ROWS_PER_CHECK = 1024;

    private PredictionColumns() {
    }

    /** Returns the input spec with the two prediction columns appended. */
    public static DataTableSpec spec(DataTableSpec input) {
        List<String> names = ColumnNames.unique(List.of(PROBABILITY, PREDICTED),
                new HashSet<>(List.of(input.getColumnNames())));
        List<DataColumnSpec> columns = new ArrayList<>();
        for (DataColumnSpec column : input) {
            columns.add(column);
        }
        columns.add(new DataColumnSpecCreator(names.get(0), DoubleCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(names.get(1), IntCell.TYPE).createSpec());
        return new DataTableSpec(columns.toArray(new DataColumnSpec[0]));
    }

    /**
     * Copies the input rows with their probability and predicted class appended.
     *
     * @param probabilities one per input row, in row order
     * @param predicted 0 or 1 per input row
     */
    public static BufferedDataTable append(BufferedDataTable input, double[] probabilities, int[] predicted,
            ExecutionContext exec) throws CanceledExecutionException {
        if (probabilities.length != input.size() || predicted.length != input.size()) {
            throw new IllegalArgumentException("The table has " + input.size() + " rows but there are "
                    + probabilities.length + " probabilities and " + predicted.length + " predicted classes.");
        }
        BufferedDataContainer container = exec.createDataContainer(spec(input.getDataTableSpec()));
        int cellCount = input.getDataTableSpec().getNumColumns();
        int r = 0;
        try (CloseableRowIterator rows = input.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / probabilities.length, "Writing row " + r);
                }
                DataCell[] cells = new DataCell[cellCount + 2];
                for (int c = 0; c < cellCount; c++) {
                    cells[c] = row.getCell(c);
                }
                cells[cellCount] = new DoubleCell(probabilities[r]);
                cells[cellCount + 1] = new IntCell(predicted[r]);
                container.addRowToTable(new DefaultRow(row.getKey(), cells));
                r++;
            }
        }
        container.close();
        return container.getTable();
    }
}

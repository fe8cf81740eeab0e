package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.RowAppender;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.eeg.Annotation;

/**
 * Annotations table: one row per annotation with {@value #ONSET} and {@value #DURATION} in seconds of recording
 * time and the annotation {@value #TEXT}.
 */
public final class AnnotationsTable {

    public static final String ONSET = "onset_s";
    public static final String DURATION = "duration_s";
    public static final String TEXT = "text";

    /** Optional string column naming the source file of each row, used when several files share one table. */
    public static final String FILE = "file";

    private static final String TABLE = "annotations";

    private AnnotationsTable() {
    }

    /** Returns the spec of an annotations table. */
    public static DataTableSpec spec() {
        return spec(false);
    }

    /** Returns the spec of an annotations table, with a last column {@value #FILE} if asked. */
    public static DataTableSpec spec(boolean withFileColumn) {
        if (withFileColumn) {
            return new DataTableSpec(new String[] {ONSET, DURATION, TEXT, FILE}, new org.knime.core.data.DataType[] {
                DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        }
        return new DataTableSpec(new String[] {ONSET, DURATION, TEXT},
                new org.knime.core.data.DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    }

    /** Writes annotations into a new table, checking for cancellation every 1000 rows. */
    public static BufferedDataTable write(List<Annotation> annotations, ExecutionContext exec)
            throws CanceledExecutionException {
        BufferedDataContainer container = exec.createDataContainer(spec());
        append(annotations, 0, null, container, exec);
        container.close();
        return container.getTable();
    }

    /**
     * Appends one row per annotation to a container whose spec came from {@link #spec(boolean)}.
     *
     * @param firstRowIndex index of the first row key ({@code Row<index>})
     * @param file value of the {@value #FILE} column, or {@code null} if the spec has no such column
     * @return the number of rows appended
     */
    public static long append(List<Annotation> annotations, long firstRowIndex, String file, RowAppender container,
            ExecutionMonitor exec) throws CanceledExecutionException {
        for (int i = 0; i < annotations.size(); i++) {
            if (i % 1000 == 0) {
                exec.checkCanceled();
            }
            Annotation annotation = annotations.get(i);
            DataCell[] cells = file == null ? new DataCell[3] : new DataCell[4];
            cells[0] = new DoubleCell(annotation.onsetSeconds());
            cells[1] = new DoubleCell(annotation.durationSeconds());
            cells[2] = new StringCell(annotation.text());
            if (file != null) {
                cells[3] = new StringCell(file);
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(firstRowIndex + i), cells));
        }
        return annotations.size();
    }

    /** Checks that a spec has the three annotation columns with the right types. */
    public static void checkSpec(DataTableSpec spec) throws InvalidSettingsException {
        TableChecks.requireColumn(spec, TABLE, ONSET, DoubleValue.class);
        TableChecks.requireColumn(spec, TABLE, DURATION, DoubleValue.class);
        TableChecks.requireColumn(spec, TABLE, TEXT, StringValue.class);
    }

    /**
     * Reads annotations from a table with the columns {@value #ONSET}, {@value #DURATION} and {@value #TEXT}; other
     * columns are ignored.
     *
     * @throws InvalidSettingsException if a column is missing or has another type
     * @throws IllegalArgumentException if a cell is missing or a duration is negative
     */
    public static List<Annotation> read(BufferedDataTable table, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int onset = TableChecks.requireColumn(spec, TABLE, ONSET, DoubleValue.class);
        int duration = TableChecks.requireColumn(spec, TABLE, DURATION, DoubleValue.class);
        int text = TableChecks.requireColumn(spec, TABLE, TEXT, StringValue.class);
        List<Annotation> annotations = new ArrayList<>();
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                if (annotations.size() % 1000 == 0) {
                    exec.checkCanceled();
                }
                double durationSeconds = TableChecks.readDouble(row, duration, TABLE, DURATION);
                if (!(durationSeconds >= 0)) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' of the annotations table has "
                            + DURATION + " = " + durationSeconds + "; durations must be 0 or more seconds.");
                }
                annotations.add(new Annotation(TableChecks.readDouble(row, onset, TABLE, ONSET), durationSeconds,
                        TableChecks.readString(row, text, TABLE, TEXT)));
            }
        }
        return annotations;
    }
}

package org.researchml.knime.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.Recording;

/**
 * Row-wise conversions between samples tables and recordings for nodes that process chosen channels. They read some
 * columns into a recording, write processed channels back into a copy of the input rows, append an integer column,
 * and write a recording with event columns.
 */
public final class SampleRows {

    private static final String TABLE = "samples";

    /** Rows between two progress reports and cancellation checks. */
    private static final int ROWS_PER_CHECK = 2048;

    private SampleRows() {
    }

    /**
     * Reads chosen columns of a samples table into a recording. The sampling rate and the segments come from
     * {@value SamplesTable#TIME} as in {@link SamplesTable#read}; physical units come back empty.
     *
     * @param channels double columns that become channels, at least one
     * @param events integer 0/1 columns that become event columns; empty for none
     * @param annotations annotations to attach
     * @throws InvalidSettingsException if a column is missing
     * @throws IllegalArgumentException if there are fewer than 2 rows, a value is missing, time does not increase,
     *     or an event value is neither 0 nor 1
     */
    public static Recording read(BufferedDataTable table, List<String> channels, List<String> events,
            List<Annotation> annotations, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int timeIndex = TableChecks.requireColumn(spec, TABLE, SamplesTable.TIME, org.knime.core.data.DoubleValue.class);
        int[] channelIndex = new int[channels.size()];
        for (int c = 0; c < channelIndex.length; c++) {
            channelIndex[c] = TableChecks.requireColumn(spec, TABLE, channels.get(c),
                    org.knime.core.data.DoubleValue.class);
        }
        int[] eventIndex = new int[events.size()];
        for (int e = 0; e < eventIndex.length; e++) {
            eventIndex[e] = TableChecks.requireColumn(spec, TABLE, events.get(e), IntValue.class);
        }
        int rows = TableChecks.rowCount(table.size(), TABLE);
        if (rows < 2) {
            throw new IllegalArgumentException("The samples table has " + rows + " rows; at least 2 are needed to "
                    + "derive the sampling rate from '" + SamplesTable.TIME + "'.");
        }
        // NOTE: rows of several files (a folder read into one table) are rejected where time restarts; the EEG
        // nodes do not yet process such a table file by file.
        double[] times = new double[rows];
        double[][] samples = new double[channels.size()][rows];
        byte[][] eventValues = new byte[events.size()][rows];
        int r = 0;
        try (CloseableRowIterator iterator = table.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / rows, "Reading sample " + r + " of " + rows);
                }
                times[r] = TableChecks.readDouble(row, timeIndex, TABLE, SamplesTable.TIME);
                if (r > 0 && !(times[r] > times[r - 1])) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' of the samples table has "
                            + SamplesTable.TIME + " = " + times[r] + ", not after the previous row's " + times[r - 1]
                            + ". Process one recording per table, sorted by " + SamplesTable.TIME
                            + " without duplicate times.");
                }
                for (int c = 0; c < channelIndex.length; c++) {
                    samples[c][r] = TableChecks.readDouble(row, channelIndex[c], TABLE, channels.get(c));
                }
                for (int e = 0; e < eventIndex.length; e++) {
                    eventValues[e][r] = readZeroOne(row, eventIndex[e], events.get(e));
                }
                r++;
            }
        }
        exec.setProgress(1);
        double rateHz = samplingRateHz(times);
        EventColumns eventColumns = events.isEmpty() ? null : new EventColumns(events, eventValues);
        return new Recording(channels, java.util.Collections.nCopies(channels.size(), ""), rateHz, samples,
                SamplesTable.segments(times, rateHz), annotations, eventColumns);
    }

    /**
     * Returns the sampling rate as the inverse of the median time step, snapped to the nearest micro-hertz when it
     * lies within a relative 1e-9 of it. Times in seconds carry rounding noise (160 Hz comes back as
     * 160.0000000000091 Hz), which would let a cut-off at exactly the Nyquist frequency pass the checks.
     */
    static double samplingRateHz(double[] times) {
        double rateHz = 1 / SamplesTable.medianStep(times);
        double snapped = Math.round(rateHz * 1e6) / 1e6;
        return Math.abs(snapped - rateHz) <= 1e-9 * rateHz ? snapped : rateHz;
    }

    /**
     * Reads an integer 0/1 column, for example a label column.
     *
     * @throws IllegalArgumentException if a value is missing or neither 0 nor 1
     */
    public static int[] readLabels(BufferedDataTable table, String column, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        int index = TableChecks.requireColumn(table.getDataTableSpec(), TABLE, column, IntValue.class);
        int[] labels = new int[TableChecks.rowCount(table.size(), TABLE)];
        int r = 0;
        try (CloseableRowIterator iterator = table.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                }
                labels[r] = readZeroOne(row, index, column);
                r++;
            }
        }
        return labels;
    }

    private static byte readZeroOne(DataRow row, int index, String column) {
        DataCell cell = row.getCell(index);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the samples table has a missing value "
                    + "in the 0/1 column '" + column + "'. Fill missing values with 0 first.");
        }
        int value = ((IntValue) cell).getIntValue();
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' of the samples table has " + value
                    + " in the 0/1 column '" + column + "'; such columns may contain only 0 (no event) and 1 (event).");
        }
        return (byte) value;
    }

    /**
     * Copies the input rows and keys, replacing the values of each recording channel in the column of the same
     * name; other columns pass through unchanged.
     *
     * @param result recording with one sample per input row and channels named after input columns
     */
    public static BufferedDataTable replaceChannels(BufferedDataTable input, Recording result, ExecutionContext exec)
            throws CanceledExecutionException {
        DataTableSpec spec = input.getDataTableSpec();
        if (result.sampleCount() != input.size()) {
            throw new IllegalStateException("The processed recording has " + result.sampleCount() + " samples but the "
                    + "input has " + input.size() + " rows.");
        }
        Map<Integer, double[]> replaced = new HashMap<>();
        for (int c = 0; c < result.channelCount(); c++) {
            replaced.put(spec.findColumnIndex(result.channelLabels().get(c)), result.channel(c));
        }
        BufferedDataContainer container = exec.createDataContainer(spec);
        long rows = input.size();
        int r = 0;
        try (CloseableRowIterator iterator = input.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / rows, "Writing sample " + r + " of " + rows);
                }
                DataCell[] cells = new DataCell[row.getNumCells()];
                for (int i = 0; i < cells.length; i++) {
                    double[] values = replaced.get(i);
                    cells[i] = values == null ? row.getCell(i) : new DoubleCell(values[r]);
                }
                container.addRowToTable(new DefaultRow(row.getKey(), cells));
                r++;
            }
        }
        container.close();
        exec.setProgress(1);
        return container.getTable();
    }

    /**
     * Copies the input rows and keys and appends one integer cell per row.
     *
     * @param spec output spec from {@link SampleColumns#withIntColumn}
     * @param values one value per input row
     */
    public static BufferedDataTable appendIntColumn(BufferedDataTable input, DataTableSpec spec, int[] values,
            ExecutionContext exec) throws CanceledExecutionException {
        if (values.length != input.size()) {
            throw new IllegalStateException("Got " + values.length + " values for " + input.size() + " rows.");
        }
        BufferedDataContainer container = exec.createDataContainer(spec);
        int r = 0;
        try (CloseableRowIterator iterator = input.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / values.length, "Writing sample " + r + " of " + values.length);
                }
                DataCell[] cells = new DataCell[row.getNumCells() + 1];
                for (int i = 0; i < row.getNumCells(); i++) {
                    cells[i] = row.getCell(i);
                }
                cells[cells.length - 1] = new IntCell(values[r]);
                container.addRowToTable(new DefaultRow(row.getKey(), cells));
                r++;
            }
        }
        container.close();
        exec.setProgress(1);
        return container.getTable();
    }

    /**
     * Writes a recording as a samples table with its event columns as integer columns after the channels; the spec
     * is {@link SampleColumns#specWithEvents}. Times come from the recording's segments, so gaps survive.
     */
    public static BufferedDataTable writeWithEvents(Recording recording, ExecutionContext exec)
            throws CanceledExecutionException {
        EventColumns events = recording.eventColumns();
        List<String> eventNames = events == null ? List.of() : events.names();
        BufferedDataContainer container = exec.createDataContainer(
                SampleColumns.specWithEvents(recording.channelLabels(), eventNames));
        int samples = recording.sampleCount();
        int channels = recording.channelCount();
        double[][] data = recording.samples();
        for (int s = 0; s < samples; s++) {
            if (s % ROWS_PER_CHECK == 0) {
                exec.checkCanceled();
                exec.setProgress((double) s / samples, "Writing sample " + s + " of " + samples);
            }
            DataCell[] cells = new DataCell[1 + channels + eventNames.size()];
            cells[0] = new DoubleCell(recording.timeOfSample(s));
            for (int c = 0; c < channels; c++) {
                cells[1 + c] = new DoubleCell(data[c][s]);
            }
            for (int e = 0; e < eventNames.size(); e++) {
                cells[1 + channels + e] = new IntCell(events.values()[e][s]);
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey((long) s), cells));
        }
        container.close();
        exec.setProgress(1);
        return container.getTable();
    }
}

package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.container.RowAppender;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.Recording;
import org.researchml.core.eeg.Segment;

/**
 * Samples table: one row per sample, the recording time in {@value #TIME} (seconds after the recording start,
 * gaps of discontinuous recordings included) and one double column per channel in physical units.
 *
 * <p>Channel labels become column names; a repeated label, or one equal to {@value #TIME}, gets a suffix such as
 * {@code " (2)"} because column names must be unique.
 */
public final class SamplesTable {

    public static final String TIME = "time_s";

    /** Optional string column naming the source file of each row, used when several files share one table. */
    public static final String FILE = "file";

    private static final String TABLE = "samples";

    /** Rows between two progress reports and cancellation checks. */
    private static final int ROWS_PER_CHECK = 2048;

    private SamplesTable() {
    }

    /** Returns the column names for these channel labels, made unique. */
    public static List<String> columnNames(List<String> channelLabels) {
        return ColumnNames.unique(channelLabels, Set.of(TIME));
    }

    /** Returns the spec of a samples table with these channels. */
    public static DataTableSpec spec(List<String> channelLabels) {
        return spec(channelLabels, false);
    }

    /** Returns the spec of a samples table with these channels, with a last column {@value #FILE} if asked. */
    public static DataTableSpec spec(List<String> channelLabels, boolean withFileColumn) {
        List<String> names = new ArrayList<>();
        names.add(TIME);
        names.addAll(ColumnNames.unique(channelLabels, withFileColumn ? Set.of(TIME, FILE) : Set.of(TIME)));
        DataType[] types = new DataType[names.size() + (withFileColumn ? 1 : 0)];
        Arrays.fill(types, DoubleCell.TYPE);
        if (withFileColumn) {
            names.add(FILE);
            types[types.length - 1] = StringCell.TYPE;
        }
        return new DataTableSpec(names.toArray(new String[0]), types);
    }

    /**
     * Writes the samples of a recording into a new table.
     *
     * @param firstRowIndex index of the first row key ({@code Row<index>})
     */
    public static BufferedDataTable write(Recording recording, long firstRowIndex, ExecutionContext exec)
            throws CanceledExecutionException {
        BufferedDataContainer container = exec.createDataContainer(spec(recording.channelLabels()));
        append(recording, firstRowIndex, null, container, exec);
        container.close();
        return container.getTable();
    }

    /**
     * Appends one row per sample to a container whose spec came from {@link #spec(List, boolean)}.
     *
     * @param firstRowIndex index of the first row key ({@code Row<index>}), so several recordings can share one
     *     table without key clashes
     * @param file value of the {@value #FILE} column, or {@code null} if the spec has no such column
     * @return the number of rows appended
     */
    public static long append(Recording recording, long firstRowIndex, String file, RowAppender container,
            ExecutionMonitor exec) throws CanceledExecutionException {
        int channels = recording.channelCount();
        int samples = recording.sampleCount();
        double[][] data = recording.samples();
        int extra = file == null ? 1 : 2;
        DataCell fileCell = file == null ? null : new StringCell(file);
        long sampleIndex = 0;
        List<Segment> segments = recording.segments();
        for (int s = 0; s < segments.size() && sampleIndex < samples; s++) {
            Segment segment = segments.get(s);
            boolean last = s == segments.size() - 1;
            // Samples beyond the stated segments continue the last segment, as Recording.timeOfSample does.
            long inSegment = last ? samples - sampleIndex
                    : Math.round(segment.durationSeconds() * recording.samplingRateHz());
            for (long k = 0; k < inSegment && sampleIndex < samples; k++, sampleIndex++) {
                if (sampleIndex % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) sampleIndex / samples, "Writing sample " + sampleIndex + " of "
                            + samples);
                }
                DataCell[] cells = new DataCell[channels + extra];
                cells[0] = new DoubleCell(segment.firstRecordSeconds() + k / recording.samplingRateHz());
                for (int c = 0; c < channels; c++) {
                    cells[c + 1] = new DoubleCell(data[c][(int) sampleIndex]);
                }
                if (fileCell != null) {
                    cells[channels + 1] = fileCell;
                }
                container.addRowToTable(new DefaultRow(RowKey.createRowKey(firstRowIndex + sampleIndex), cells));
            }
        }
        exec.setProgress(1);
        return sampleIndex;
    }

    /**
     * Returns the channel columns of a samples spec: every numeric column except {@value #TIME}, in table order.
     *
     * @throws InvalidSettingsException if the time column is missing or not numeric, or there is no channel
     */
    public static List<String> channelColumns(DataTableSpec spec) throws InvalidSettingsException {
        TableChecks.requireColumn(spec, TABLE, TIME, DoubleValue.class);
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec column = spec.getColumnSpec(i);
            if (!column.getName().equals(TIME) && column.getType().isCompatible(DoubleValue.class)) {
                channels.add(column.getName());
            }
        }
        if (channels.isEmpty()) {
            throw new InvalidSettingsException("The samples table has no numeric channel column besides '" + TIME
                    + "'. Connect the samples output of the EEG Reader or a table of that layout.");
        }
        return channels;
    }

    /**
     * Reads a samples table back into a recording. The sampling rate is the inverse of the median step of
     * {@value #TIME}; a step longer than 1.5 sample periods starts a new segment, so gaps survive the round trip.
     * Physical units are not stored in the table and come back empty.
     *
     * @param annotations annotations to attach, for example from {@link AnnotationsTable#read}
     * @throws InvalidSettingsException if the time column is missing or there is no channel column
     * @throws IllegalArgumentException if there are fewer than 2 rows, a value is missing, or time does not increase
     */
    public static Recording read(BufferedDataTable table, List<Annotation> annotations, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        List<String> channels = channelColumns(spec);
        int timeIndex = spec.findColumnIndex(TIME);
        int[] channelIndex = channels.stream().mapToInt(spec::findColumnIndex).toArray();
        int rows = TableChecks.rowCount(table.size(), TABLE);
        if (rows < 2) {
            throw new IllegalArgumentException("The samples table has " + rows + " rows; at least 2 are needed to "
                    + "derive the sampling rate from '" + TIME + "'.");
        }
        double[] times = new double[rows];
        double[][] samples = new double[channels.size()][rows];
        int r = 0;
        try (CloseableRowIterator iterator = table.iterator()) {
            while (iterator.hasNext()) {
                DataRow row = iterator.next();
                if (r % ROWS_PER_CHECK == 0) {
                    exec.checkCanceled();
                    exec.setProgress((double) r / rows, "Reading sample " + r + " of " + rows);
                }
                times[r] = TableChecks.readDouble(row, timeIndex, TABLE, TIME);
                if (r > 0 && !(times[r] > times[r - 1])) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' of the samples table has "
                            + TIME + " = " + times[r] + ", not after the previous row's " + times[r - 1]
                            + ". Sort the table by " + TIME + " and remove duplicate times.");
                }
                for (int c = 0; c < channelIndex.length; c++) {
                    samples[c][r] = TableChecks.readDouble(row, channelIndex[c], TABLE, channels.get(c));
                }
                r++;
            }
        }
        double rateHz = 1 / medianStep(times);
        List<Segment> segments = segments(times, rateHz);
        return new Recording(channels, emptyUnits(channels.size()), rateHz, samples, segments, annotations, null);
    }

    /** Returns the median of the steps between consecutive times; needs at least 2 times. */
    static double medianStep(double[] times) {
        double[] steps = new double[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            steps[i - 1] = times[i] - times[i - 1];
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    /** Splits increasing times into segments wherever a step exceeds 1.5 sample periods. */
    static List<Segment> segments(double[] times, double rateHz) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= times.length; i++) {
            boolean gap = i == times.length || times[i] - times[i - 1] > 1.5 / rateHz;
            if (gap) {
                segments.add(new Segment(times[start], (i - start) / rateHz));
                start = i;
            }
        }
        return segments;
    }

    private static List<String> emptyUnits(int count) {
        List<String> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            units.add("");
        }
        return units;
    }
}

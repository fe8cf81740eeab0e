package org.researchml.core.eeg.gal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.researchml.core.eeg.ChannelInfo;
import org.researchml.core.eeg.EegFormatException;
import org.researchml.core.eeg.EegSource;
import org.researchml.core.eeg.EventColumns;
import org.researchml.core.eeg.RecordingHeader;
import org.researchml.core.eeg.Segment;

/**
 * Reads the grasp-and-lift CSV layout: {@code subjN_seriesM_data.csv} with the header
 * {@code id,<channel labels>} and rows {@code subjN_seriesM_<row>,<values>} at 500 Hz, and, if present,
 * the matching {@code subjN_seriesM_events.csv} with 0/1 event columns.
 *
 * <p>Opening scans the data file once to check every row's column count and id, and keeps the byte
 * position of every {@value #ROWS_PER_BLOCK}th row, so that reads of a time range start near it.
 * Values are parsed when read, so a non-numeric cell is reported then, with its line and column.
 * The layout states no unit, so the physical unit is empty (unknown).
 *
 * <p>Instances are not thread-safe.
 */
public final class GraspAndLiftReader implements EegSource {

    /** Sampling rate of the grasp-and-lift recordings. */
    public static final double SAMPLING_RATE_HZ = 500;

    static final int ROWS_PER_BLOCK = 4096;

    private static final Pattern DATA_NAME = Pattern.compile("(.+)_data\\.csv", Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final String idPrefix;
    private final RecordingHeader header;
    private final long rowCount;
    private final long[] blockPositions;
    private final EventColumns events;
    private final double[][] block;
    private long blockFirstRow = -1;

    private GraspAndLiftReader(Path file, String idPrefix, List<String> labels, long rowCount,
            long[] blockPositions, EventColumns events) {
        this.file = file;
        this.idPrefix = idPrefix;
        this.rowCount = rowCount;
        this.blockPositions = blockPositions;
        this.events = events;
        List<ChannelInfo> channels = new ArrayList<>();
        for (String label : labels) {
            channels.add(new ChannelInfo(label, SAMPLING_RATE_HZ, ""));
        }
        double durationSeconds = rowCount / SAMPLING_RATE_HZ;
        this.header = new RecordingHeader("Grasp-and-lift CSV", "", idPrefix, null, channels, durationSeconds,
                List.of(new Segment(0, durationSeconds)), List.of());
        this.block = new double[labels.size()][ROWS_PER_BLOCK];
    }

    /**
     * Opens a data file and, if it exists next to it, the matching events file.
     *
     * @throws EegFormatException if the name does not end in {@code _data.csv}, a row has the wrong number of
     *     columns or id, or the events file does not match. The message names the file and line.
     */
    public static GraspAndLiftReader open(Path dataFile) throws IOException {
        Matcher name = DATA_NAME.matcher(dataFile.getFileName().toString());
        if (!name.matches()) {
            throw new EegFormatException(dataFile, "the name does not end in '_data.csv', as grasp-and-lift data "
                    + "files such as subj1_series1_data.csv do.");
        }
        String idPrefix = name.group(1);
        List<String> labels;
        long rows = 0;
        long[] positions = new long[16];
        try (CsvLineReader reader = new CsvLineReader(dataFile, 0)) {
            String headerLine = reader.readLine();
            if (headerLine == null || !headerLine.startsWith("id,") || headerLine.length() == 3) {
                throw new EegFormatException(dataFile, "line 1 must be the header 'id,<channel labels>', but it is '"
                        + (headerLine == null ? "" : headerLine) + "'.");
            }
            labels = Arrays.stream(headerLine.substring(3).split(",", -1)).map(String::strip).toList();
            int columns = labels.size() + 1;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                checkRow(dataFile, idPrefix, line, rows, columns);
                if (rows % ROWS_PER_BLOCK == 0) {
                    int blockIndex = (int) (rows / ROWS_PER_BLOCK);
                    if (blockIndex == positions.length) {
                        positions = Arrays.copyOf(positions, positions.length * 2);
                    }
                    positions[blockIndex] = reader.lineStart();
                }
                rows++;
            }
        }

        EventColumns events = null;
        Path eventsFile = dataFile.resolveSibling(idPrefix + "_events.csv");
        if (Files.isRegularFile(eventsFile)) {
            GraspAndLiftEvents.Result result = GraspAndLiftEvents.read(eventsFile, idPrefix, rows, dataFile);
            events = new EventColumns(result.names(), result.values());
        }
        int blocks = (int) ((rows + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK);
        return new GraspAndLiftReader(dataFile, idPrefix, labels, rows, Arrays.copyOf(positions, blocks), events);
    }

    private static void checkRow(Path file, String idPrefix, String line, long row, int columns)
            throws EegFormatException {
        int fields = CsvLineReader.countFields(line);
        long lineNumber = row + 2;
        if (fields != columns) {
            throw new EegFormatException(file, "line " + lineNumber + " (data row " + row + ") has " + fields
                    + " columns, but the header has " + columns + ". Every row needs an id and one value per "
                    + "channel.");
        }
        String expectedId = idPrefix + "_" + row;
        int comma = line.indexOf(',');
        if (!line.regionMatches(0, expectedId, 0, expectedId.length()) || comma != expectedId.length()) {
            throw new EegFormatException(file, "line " + lineNumber + " has the id '" + line.substring(0, comma)
                    + "', but '" + expectedId + "' was expected. Rows must be in order, numbered from 0.");
        }
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public long sampleCount(int channelIndex) {
        checkChannel(channelIndex);
        return rowCount;
    }

    /** Returns whether an events file was found next to the data file. */
    public boolean hasEvents() {
        return events != null;
    }

    /**
     * Returns the event values of consecutive rows.
     *
     * @throws IllegalStateException if there is no events file
     */
    public EventColumns readEvents(long firstRow, int count) {
        if (events == null) {
            throw new IllegalStateException("No events file " + idPrefix + "_events.csv was found next to " + file
                    + ".");
        }
        if (firstRow < 0 || count < 0 || firstRow + count > rowCount) {
            throw new IllegalArgumentException("Rows " + firstRow + " to " + (firstRow + count) + " lie outside "
                    + file + ", which has " + rowCount + " rows.");
        }
        byte[][] values = new byte[events.names().size()][];
        for (int e = 0; e < values.length; e++) {
            values[e] = Arrays.copyOfRange(events.values()[e], (int) firstRow, (int) firstRow + count);
        }
        return new EventColumns(events.names(), values);
    }

    @Override
    public double[] readSamples(int channelIndex, long firstSample, int count) throws IOException {
        checkChannel(channelIndex);
        if (firstSample < 0 || count < 0 || firstSample + count > rowCount) {
            throw new IllegalArgumentException("Samples " + firstSample + " to " + (firstSample + count)
                    + " lie outside " + file + ", which has " + rowCount + " rows.");
        }
        double[] samples = new double[count];
        int filled = 0;
        while (filled < count) {
            long row = firstSample + filled;
            long blockStart = row - row % ROWS_PER_BLOCK;
            if (blockStart != blockFirstRow) {
                loadBlock(blockStart);
            }
            int within = (int) (row - blockStart);
            int n = (int) Math.min(count - filled, Math.min(ROWS_PER_BLOCK - within, rowCount - row));
            System.arraycopy(block[channelIndex], within, samples, filled, n);
            filled += n;
        }
        return samples;
    }

    private void loadBlock(long firstRow) throws IOException {
        blockFirstRow = -1;
        int rows = (int) Math.min(ROWS_PER_BLOCK, rowCount - firstRow);
        try (CsvLineReader reader = new CsvLineReader(file, blockPositions[(int) (firstRow / ROWS_PER_BLOCK)])) {
            for (int r = 0; r < rows; r++) {
                String line = reader.readLine();
                while (line != null && line.isEmpty()) {
                    line = reader.readLine();
                }
                if (line == null) {
                    throw new EegFormatException(file, "the file ends before data row " + (firstRow + r)
                            + ". It changed after it was opened.");
                }
                parseRow(line, firstRow + r, r);
            }
        }
        blockFirstRow = firstRow;
    }

    private void parseRow(String line, long row, int blockRow) throws EegFormatException {
        int start = line.indexOf(',') + 1;
        for (int c = 0; c < block.length; c++) {
            int end = line.indexOf(',', start);
            if (end < 0) {
                end = line.length();
            }
            String cell = line.substring(start, end).strip();
            try {
                block[c][blockRow] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new EegFormatException(file, "line " + (row + 2) + " (data row " + row + "), column '"
                        + header.channels().get(c).label() + "' has the value '" + cell
                        + "', which is not a number.");
            }
            start = end + 1;
        }
    }

    private void checkChannel(int channelIndex) {
        if (channelIndex < 0 || channelIndex >= block.length) {
            throw new IllegalArgumentException("Channel index " + channelIndex + " is outside 0.."
                    + (block.length - 1) + " of " + file + ".");
        }
    }

    @Override
    public void close() {
        // Every read opens and closes its own file handle, so nothing stays open.
    }
}

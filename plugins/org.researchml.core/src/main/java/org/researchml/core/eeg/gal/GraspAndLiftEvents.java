package org.researchml.core.eeg.gal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.researchml.core.eeg.EegFormatException;

/**
 * Reads a grasp-and-lift events file ({@code subjN_seriesM_events.csv}): a header {@code id,<event names>}
 * and one row of 0/1 values per data row, with the same ids as the data file.
 *
 * <p>The whole file is held in memory, one byte per event and sample.
 */
final class GraspAndLiftEvents {

    private GraspAndLiftEvents() {
    }

    /**
     * Reads and checks the events file against its data file.
     *
     * @param idPrefix ids are {@code idPrefix + "_" + row}, rows counted from 0
     * @param dataRows number of rows of the data file
     * @return the event names followed by {@code values[event][row]}
     */
    static Result read(Path file, String idPrefix, long dataRows, Path dataFile) throws IOException {
        try (CsvLineReader reader = new CsvLineReader(file, 0)) {
            String headerLine = reader.readLine();
            if (headerLine == null || !headerLine.startsWith("id,")) {
                throw new EegFormatException(file, "line 1 must be the header 'id,<event names>', but it is '"
                        + (headerLine == null ? "" : headerLine) + "'.");
            }
            List<String> names = Arrays.asList(headerLine.substring(3).split(",", -1));
            int columns = names.size() + 1;
            if (dataRows > Integer.MAX_VALUE - 8) {
                throw new EegFormatException(file, "the data file has " + dataRows
                        + " rows, more than the events of one file can hold in memory.");
            }
            byte[][] values = new byte[names.size()][(int) dataRows];

            long row = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                long lineNumber = row + 2;
                String[] fields = line.split(",", -1);
                if (fields.length != columns) {
                    throw new EegFormatException(file, "line " + lineNumber + " has " + fields.length
                            + " columns, but the header has " + columns + ".");
                }
                String expectedId = idPrefix + "_" + row;
                if (!fields[0].equals(expectedId)) {
                    throw new EegFormatException(file, "line " + lineNumber + " has the id '" + fields[0]
                            + "', but row " + row + " of the data file " + dataFile.getFileName() + " has the id '"
                            + expectedId + "'. The events file does not match the data file.");
                }
                if (row >= dataRows) {
                    throw new EegFormatException(file, "the file has more rows than the " + dataRows
                            + " rows of the data file " + dataFile.getFileName()
                            + ". The events file does not match the data file.");
                }
                for (int e = 0; e < names.size(); e++) {
                    String value = fields[e + 1].strip();
                    if (!value.equals("0") && !value.equals("1")) {
                        throw new EegFormatException(file, "line " + lineNumber + ", column '" + names.get(e)
                                + "' has the value '" + value + "', but events must be 0 or 1.");
                    }
                    values[e][(int) row] = (byte) (value.charAt(0) - '0');
                }
                row++;
            }
            if (row != dataRows) {
                throw new EegFormatException(file, "the file has " + row + " rows, but the data file "
                        + dataFile.getFileName() + " has " + dataRows
                        + ". The events file does not match the data file.");
            }
            return new Result(new ArrayList<>(names), values);
        }
    }

    /** Event names and their {@code [event][row]} values. */
    record Result(List<String> names, byte[][] values) {
    }
}

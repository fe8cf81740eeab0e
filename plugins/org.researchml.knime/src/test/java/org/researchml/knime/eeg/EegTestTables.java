package org.researchml.knime.eeg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.researchml.core.DataDirectory;
import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.Recording;
import org.researchml.knime.convert.AnnotationsTable;
import org.researchml.knime.convert.SamplesTable;
import org.researchml.knime.harness.TestTables;

/** Samples and annotations tables from EEGMMIDB run 3 (160 Hz, annotations T0, T1, T2) for EEG node tests. */
public final class EegTestTables {

    public static final String RUN_03 = "eeg/eegmmidb-S001/S001R03.edf";

    private EegTestTables() {
    }

    /** Loads channels of run 3 from {@code startSeconds} to {@code endSeconds}. */
    public static Recording recording(List<String> labels, double startSeconds, double endSeconds)
            throws IOException {
        Path file = DataDirectory.require(null).resolve(RUN_03);
        return EegFiles.load(file, labels, startSeconds, endSeconds);
    }

    /** Writes a recording as a samples table. */
    public static BufferedDataTable samples(Recording recording) throws CanceledExecutionException {
        return SamplesTable.write(recording, 0, TestTables.exec());
    }

    /** Writes a recording's annotations as an annotations table. */
    public static BufferedDataTable annotations(Recording recording) throws CanceledExecutionException {
        return AnnotationsTable.write(recording.annotations(), TestTables.exec());
    }

    /** Returns a double column of a table as an array. */
    public static double[] column(BufferedDataTable table, String name) {
        int index = table.getDataTableSpec().findColumnIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("No column '" + name + "' in " + table.getDataTableSpec());
        }
        List<Double> values = new ArrayList<>();
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                values.add(((DoubleValue) row.getCell(index)).getDoubleValue());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

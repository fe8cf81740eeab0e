package org.researchml.knime.ensemble;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.researchml.core.DataDirectory;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.study.EegEventStudy;
import org.researchml.core.study.EegStudySettings;
import org.researchml.core.study.StudyFeatureSet;
import org.researchml.knime.convert.FeaturesTable;
import org.researchml.knime.convert.TrainingRowsTable;
import org.researchml.knime.harness.TestTables;

/** Tables for the ensemble node tests: EEG study features of a real EEGMMIDB run and small seeded tables. */
public final class EnsembleTestData {

    private static StudyFeatureSet eegFeatures;

    private EnsembleTestData() {
    }

    /**
     * Returns movement-against-rest features of S001R03 (central channels only, to keep the test fast): the
     * fitting part and the held-out last quarter, computed once per test run.
     */
    public static synchronized StudyFeatureSet eegFeatures() throws Exception {
        if (eegFeatures == null) {
            EegStudySettings defaults = EegStudySettings.movementDefaults();
            EegStudySettings settings = new EegStudySettings("C*", defaults.commonAverageReference(),
                    defaults.bandPassLowHz(), defaults.bandPassHighHz(), defaults.filterOrder(), defaults.zeroPhase(),
                    defaults.eventAnnotations(), defaults.windowSeconds(), defaults.stepSeconds(), defaults.bandsHz(),
                    defaults.cspFilterPairs(), defaults.members(), defaults.stacking(),
                    defaults.targetFalseAlarmRate(), defaults.validationFraction(), defaults.seed());
            Path run = DataDirectory.require(null).resolve("eeg/eegmmidb-S001/S001R03.edf");
            eegFeatures = EegEventStudy.buildTrainingFeatures(settings, List.of(run), ProgressListener.NONE);
        }
        return eegFeatures;
    }

    /** Returns the fitting part of {@link #eegFeatures()} as a KNIME feature table with the column label. */
    public static BufferedDataTable eegTrainingTable() throws Exception {
        return FeaturesTable.write(eegFeatures().fitTable(), TestTables.exec());
    }

    /** Returns the held-out part of {@link #eegFeatures()} as a KNIME feature table with the column label. */
    public static BufferedDataTable eegValidationTable() throws Exception {
        return FeaturesTable.write(eegFeatures().validationTable(), TestTables.exec());
    }

    /** Reads f1, f2 and label of a {@link #synthetic} table as core rows. */
    public static FeatureTable syntheticRows(BufferedDataTable table) throws Exception {
        return TrainingRowsTable.read(table, List.of("f1", "f2"), "label", null, TestTables.exec());
    }

    /**
     * Returns a seeded table with numeric columns f1 (shifted by 2 for events), f2 (noise), an integer column
     * label (every fourth row is 1) and a string column state ("move" for events, "rest" otherwise).
     */
    public static BufferedDataTable synthetic(int rows, long seed) {
        Random random = new Random(seed);
        DataTableSpec spec = new DataTableSpec(new String[] {"f1", "f2", "label", "state"},
                new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, StringCell.TYPE});
        DataCell[][] cells = new DataCell[rows][];
        for (int i = 0; i < rows; i++) {
            int label = i % 4 == 0 ? 1 : 0;
            cells[i] = new DataCell[] {new DoubleCell(random.nextGaussian() + 2 * label),
                new DoubleCell(random.nextGaussian()), new IntCell(label), new StringCell(label == 1 ? "move" : "rest")};
        }
        return TestTables.table(spec, cells);
    }
}

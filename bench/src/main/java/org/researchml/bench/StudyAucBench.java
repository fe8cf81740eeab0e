package org.researchml.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.researchml.core.ensemble.EnsembleLearner;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.metrics.RocCurve;
import org.researchml.core.progress.ProgressListener;
import org.researchml.core.study.EegEventStudy;
import org.researchml.core.study.EegStudySettings;
import org.researchml.core.study.StudyFeatureSet;

/**
 * Trains the study's ensemble on EEGMMIDB S001 R03 and scores the windows of R07, then writes the identical
 * feature tables as CSV so that {@code bench/python/study_auc.py} can train scikit-learn's soft-voting ensemble on them.
 *
 * <p>Usage: {@code StudyAucBench DATA_DIR WORK_DIR MEMBERS}, members as a comma-separated list such as
 * {@code logistic,lda,random-forest}.
 */
public final class StudyAucBench {

    private StudyAucBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<String> members = List.of(args[2].split(","));
        EegStudySettings d = EegStudySettings.movementDefaults();
        EegStudySettings settings = new EegStudySettings(d.channelPattern(), d.commonAverageReference(),
                d.bandPassLowHz(), d.bandPassHighHz(), d.filterOrder(), d.zeroPhase(), d.eventAnnotations(),
                d.windowSeconds(), d.stepSeconds(), d.bandsHz(), d.cspFilterPairs(), members, false,
                d.targetFalseAlarmRate(), d.validationFraction(), d.seed());

        StudyFeatureSet features = EegEventStudy.buildTrainingFeatures(settings,
                List.of(data.resolve("eeg/eegmmidb-S001/S001R03.edf")), ProgressListener.NONE);
        FeatureTable test = EegEventStudy.buildTestFeatures(settings, data.resolve("eeg/eegmmidb-S001/S001R07.edf"),
                features.csp());

        long start = System.nanoTime();
        EnsembleModel model = EnsembleLearner.train(features.fitTable(), features.validationTable(),
                EegEventStudy.ensembleSettings(settings), ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double auc = RocCurve.of(test.labels(), model.predictProbabilities(test)).area();

        Files.createDirectories(work);
        writeCsv(features.fitTable(), work.resolve("study-fit.csv"));
        writeCsv(test, work.resolve("study-test.csv"));
        System.out.printf(Locale.ROOT, "java members=%s fit_rows=%d test_rows=%d features=%d train_seconds=%.3f "
                + "window_auc=%.4f%n", args[2], features.fitTable().rowCount(), test.rowCount(),
                test.featureCount(), seconds, auc);
    }

    static void writeCsv(FeatureTable table, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int f = 0; f < table.featureCount(); f++) {
                out.write("f" + f + ",");
            }
            out.write("label\n");
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < table.rowCount(); r++) {
                line.setLength(0);
                for (double value : table.rows()[r]) {
                    line.append(Double.toString(value)).append(',');
                }
                line.append(table.labels()[r]).append('\n');
                out.write(line.toString());
            }
        }
    }
}

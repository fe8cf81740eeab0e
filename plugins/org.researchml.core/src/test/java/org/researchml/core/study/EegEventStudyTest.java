package org.researchml.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.DataDirectory;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EegEventStudyTest {

    private static final Path R03 = DataDirectory.require(null).resolve("eeg/eegmmidb-S001/S001R03.edf");
    private static final Path R07 = DataDirectory.require(null).resolve("eeg/eegmmidb-S001/S001R07.edf");

    /** The main job's settings with fast members only, so the test runs in seconds. */
    private static EegStudySettings fastSettings() {
        EegStudySettings d = EegStudySettings.movementDefaults();
        return new EegStudySettings(d.channelPattern(), d.commonAverageReference(), d.bandPassLowHz(),
                d.bandPassHighHz(), d.filterOrder(), d.zeroPhase(), d.eventAnnotations(), d.windowSeconds(),
                d.stepSeconds(), d.bandsHz(), d.cspFilterPairs(), List.of("logistic", "lda"), false,
                d.targetFalseAlarmRate(), d.validationFraction(), d.seed());
    }

    @Test
    void movementDetectedAboveChanceOnRealRuns(@TempDir Path folder) throws Exception {
        EegStudyResult result = EegEventStudy.run(fastSettings(), List.of(R03), List.of(R07), folder,
                ProgressListener.NONE);

        var report = result.tests().get(0).report();
        assertTrue(report.rocAuc() > 0.6, "ROC AUC on R07 was " + report.rocAuc());
        assertEquals(15, report.eventCount());
        assertEquals(20000, report.confusionMatrix().total());
    }

    @Test
    void outputsWrittenAndReadable(@TempDir Path folder) throws Exception {
        EegEventStudy.run(fastSettings(), List.of(R03), List.of(R07), folder, ProgressListener.NONE);

        for (String name : List.of("metrics.json", "predictions.csv", "interpretation.csv", "roc.png",
                "confusion-matrix.png", "signal-excerpt.png", "model/ensemble.zip", "model/study.json")) {
            assertTrue(Files.size(folder.resolve(name)) > 0, name + " is missing or empty");
        }
        JsonNode metrics = new ObjectMapper().readTree(folder.resolve("metrics.json").toFile());
        assertTrue(metrics.path("tests").has("S001R07.edf"), metrics.toString());
        try (Stream<String> lines = Files.lines(folder.resolve("predictions.csv"))) {
            assertEquals(20001, lines.count());
        }
        assertNoPartialFolder(folder);
    }

    @Test
    void unknownMemberRejectedBeforeWork(@TempDir Path folder) {
        EegStudySettings d = fastSettings();
        EegStudySettings bad = new EegStudySettings(d.channelPattern(), true, d.bandPassLowHz(), d.bandPassHighHz(),
                d.filterOrder(), false, d.eventAnnotations(), d.windowSeconds(), d.stepSeconds(), d.bandsHz(), 0,
                List.of("logistic", "svm"), false, 0.01, 0.25, 1);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EegEventStudy.run(bad, List.of(R03), List.of(R07), folder, ProgressListener.NONE));

        assertTrue(error.getMessage().contains("Unknown ensemble member 'svm'"), error.getMessage());
        assertTrue(error.getMessage().contains("random-forest"), error.getMessage());
        assertFolderEmpty(folder);
    }

    @Test
    void unknownEventTextNamesFile(@TempDir Path folder) {
        EegStudySettings d = fastSettings();
        EegStudySettings bad = new EegStudySettings(d.channelPattern(), true, d.bandPassLowHz(), d.bandPassHighHz(),
                d.filterOrder(), false, List.of("T9"), d.windowSeconds(), d.stepSeconds(), d.bandsHz(), 0,
                d.members(), false, 0.01, 0.25, 1);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EegEventStudy.run(bad, List.of(R03), List.of(R07), folder, ProgressListener.NONE));

        assertTrue(error.getMessage().contains("S001R03.edf"), error.getMessage());
        assertTrue(error.getMessage().contains("T9"), error.getMessage());
        assertFolderEmpty(folder);
    }

    @Test
    void missingRecordingNamed(@TempDir Path folder) {
        Path missing = folder.resolve("S001R99.edf");

        Exception error = assertThrows(IOException.class, () -> EegEventStudy.run(fastSettings(), List.of(missing),
                List.of(R07), folder.resolve("out"), ProgressListener.NONE));

        assertTrue(error.getMessage().contains("S001R99.edf"), error.getMessage());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void cancelLeavesNothingWritten(@TempDir Path folder) {
        ProgressListener cancelDuringTraining = new ProgressListener() {
            private boolean training;

            @Override
            public void progress(double fraction, String message) {
                training |= fraction >= 0.3;
            }

            @Override
            public boolean isCanceled() {
                return training;
            }
        };

        assertThrows(CanceledException.class, () -> EegEventStudy.run(fastSettings(), List.of(R03), List.of(R07),
                folder, cancelDuringTraining));

        assertFolderEmpty(folder);
    }

    private static void assertFolderEmpty(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNoPartialFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".partial-")));
        }
    }
}

package org.researchml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.study.EegStudySettings;

import picocli.CommandLine;

class EegStudyCommandTest {

    @Test
    void omittedOptionsTakeMainJobDefaults() {
        EegStudyCommand command = new EegStudyCommand();
        new CommandLine(command).parseArgs("--train", "a.edf", "--test", "b.edf");

        EegStudySettings settings = command.toSettings();
        EegStudySettings defaults = EegStudySettings.movementDefaults();

        assertEquals(defaults.members(), settings.members());
        assertEquals(defaults.windowSeconds(), settings.windowSeconds());
        assertEquals(defaults.targetFalseAlarmRate(), settings.targetFalseAlarmRate());
        assertEquals(defaults.bandsHz().size(), settings.bandsHz().size());
    }

    @Test
    void givenOptionsOverrideDefaults() {
        EegStudyCommand command = new EegStudyCommand();
        new CommandLine(command).parseArgs("--train", "a.edf", "--test", "b.edf", "--band", "8", "30", "--bands",
                "8-12", "--members", "logistic,lda", "--no-car", "--stacking");

        EegStudySettings settings = command.toSettings();

        assertEquals(8, settings.bandPassLowHz());
        assertEquals(30, settings.bandPassHighHz());
        assertArrayEquals(new double[] {8, 12}, settings.bandsHz().get(0));
        assertEquals(List.of("logistic", "lda"), settings.members());
        assertEquals(false, settings.commonAverageReference());
        assertEquals(true, settings.stacking());
    }

    @Test
    void helpTextRendersPercentSign() {
        String usage = new CommandLine(new EegStudyCommand()).getUsageMessage();

        assertTrue(usage.contains("0.0005 for 0.05 % (default: 0.01)"), usage);
    }

    @Test
    void malformedBandRejected() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EegStudyCommand.parseBands(List.of("8to12")));

        assertTrue(error.getMessage().contains("'8to12'"), error.getMessage());
        assertTrue(error.getMessage().contains("LOW-HIGH"), error.getMessage());
    }

    @Test
    void missingRecordingReportedWithoutStackTrace(@TempDir Path folder) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new ResearchMl());
        commandLine.setErr(new PrintWriter(err));
        commandLine.setExecutionExceptionHandler(ResearchMl::reportError);

        int exitCode = commandLine.execute("eeg-study", "--data-dir", folder.toString(), "--train", "S001R99.edf",
                "--test", "S001R98.edf", "--out", folder.resolve("out").toString());

        assertEquals(1, exitCode);
        assertTrue(err.toString().startsWith("Error: "), err.toString());
        assertTrue(err.toString().contains("S001R99.edf"), err.toString());
        assertTrue(!err.toString().contains("\tat "), err.toString());
    }
}

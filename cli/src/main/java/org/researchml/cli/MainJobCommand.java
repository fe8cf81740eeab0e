package org.researchml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.researchml.core.DataDirectory;
import org.researchml.core.study.EegEventStudy;
import org.researchml.core.study.EegStudyResult;
import org.researchml.core.study.EegStudySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the project's reference studies on the shared data with default settings. */
@Command(name = "main-job", mixinStandardHelpOptions = true,
        description = {"Runs the reference EEG study: trains on EEGMMIDB S001 R03 (real fist movement) and detects",
                "movement sample by sample in R07, then prints the metrics and writes outputs to OUT/eeg."})
public final class MainJobCommand implements Callable<Integer> {

    /** EEGMMIDB runs of the reference study, relative to the data folder. */
    static final String TRAIN_RUN = "eeg/eegmmidb-S001/S001R03.edf";
    static final String TEST_RUN = "eeg/eegmmidb-S001/S001R07.edf";

    @Option(names = "--data-dir", description = "Data folder with eeg/eegmmidb-S001 (default: $"
            + DataDirectory.ENVIRONMENT_VARIABLE + ").")
    String dataDir;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outputFolder;

    @Override
    public Integer call() throws Exception {
        Path data = DataDirectory.require(dataDir);
        System.out.println("EEG event detection: train on " + TRAIN_RUN + ", evaluate on " + TEST_RUN);
        EegStudyResult result;
        ConsoleProgressBar progress = ConsoleProgressBar.onStandardError();
        try {
            result = EegEventStudy.run(EegStudySettings.movementDefaults(), List.of(data.resolve(TRAIN_RUN)),
                    List.of(data.resolve(TEST_RUN)), outputFolder.resolve("eeg"), progress);
        } finally {
            progress.finish();
        }
        System.out.println(result.summary());
        return 0;
    }
}

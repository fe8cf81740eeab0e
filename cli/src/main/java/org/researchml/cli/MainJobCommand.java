package org.researchml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.researchml.cli.segmentation.ConsoleTrainingListener;
import org.researchml.core.DataDirectory;
import org.researchml.core.segmentation.SegmentationStudy;
import org.researchml.core.study.EegEventStudy;
import org.researchml.core.study.EegStudyResult;
import org.researchml.core.study.EegStudySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the project's reference studies on the shared data with default settings. */
@Command(name = "main-job", mixinStandardHelpOptions = true,
        description = {"Runs the two reference studies on the shared data and writes their outputs:",
                "1. EEG event detection: trains on EEGMMIDB S001 R03 (real fist movement) and detects movement",
                "   sample by sample in R07; outputs in OUT/eeg.",
                "2. EM segmentation: trains a U-Net on mitochondria sections 00-15 and validates on 16-19;",
                "   outputs in OUT/segmentation."})
public final class MainJobCommand implements Callable<Integer> {

    /** EEGMMIDB runs of the reference study, relative to the data folder. */
    static final String TRAIN_RUN = "eeg/eegmmidb-S001/S001R03.edf";
    static final String TEST_RUN = "eeg/eegmmidb-S001/S001R07.edf";

    @Option(names = "--data-dir", description = "Data folder with eeg/eegmmidb-S001 (default: $"
            + DataDirectory.ENVIRONMENT_VARIABLE + ").")
    String dataDir;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outputFolder;

    @Option(names = "--segmentation-minutes", defaultValue = "24",
            description = "Training time budget of the U-Net in minutes; no epoch starts after it (default: ${DEFAULT-VALUE}).")
    double segmentationMinutes;

    @Option(names = "--skip-segmentation", description = "Run only the EEG study.")
    boolean skipSegmentation;

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
        if (skipSegmentation) {
            return 0;
        }

        System.out.println();
        System.out.println("EM segmentation: train a U-Net on " + SegmentationStudy.STACK_FOLDER + " sections 00-15, "
                + "validate on 16-19, training budget " + segmentationMinutes + " min");
        SegmentationStudy.Result segmentation = SegmentationStudy.run(data, outputFolder.resolve("segmentation"),
                SegmentationStudy.defaultConfig(), segmentationMinutes * 60, new ConsoleTrainingListener(System.out, 20));
        System.out.println(segmentation.summary());
        return 0;
    }
}

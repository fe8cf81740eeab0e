package org.researchml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.researchml.core.DataDirectory;
import org.researchml.core.study.EegEventStudy;
import org.researchml.core.study.EegStudyResult;
import org.researchml.core.study.EegStudySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains an event detector on some EEG recordings and evaluates it on others. */
@Command(name = "eeg-study", mixinStandardHelpOptions = true,
        description = {"Trains an interpretable ensemble on EEG recordings and detects events sample by sample in others.",
                "Writes the model, metrics.json, predictions.csv, interpretation.csv and PNG plots to the output folder."})
public final class EegStudyCommand implements Callable<Integer> {

    @Option(names = "--data-dir", description = "Folder that relative recording paths are resolved against "
            + "(default: $" + DataDirectory.ENVIRONMENT_VARIABLE + ").")
    String dataDir;

    @Option(names = "--train", required = true, split = ",", description = "Recordings to train on (EDF, BDF, BrainVision or grasp-and-lift CSV).")
    List<String> trainFiles;

    @Option(names = "--test", required = true, split = ",", description = "Recordings to evaluate on.")
    List<String> testFiles;

    @Option(names = "--out", defaultValue = "out/eeg", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outputFolder;

    @Option(names = "--channels", defaultValue = "*", description = "Channel glob pattern (default: ${DEFAULT-VALUE}).")
    String channelPattern;

    @Option(names = "--no-car", description = "Skip the common-average reference.")
    boolean noCommonAverage;

    @Option(names = "--band", arity = "2", description = "Band-pass cut-offs in Hz (default: 7 30).")
    double[] bandHz;

    @Option(names = "--order", defaultValue = "4", description = "Butterworth order of the band-pass (default: ${DEFAULT-VALUE}).")
    int filterOrder;

    @Option(names = "--zero-phase", description = "Filter forward and backward instead of causally (uses future samples).")
    boolean zeroPhase;

    @Option(names = "--events", split = ",", defaultValue = "T1,T2", description = "Annotation texts that mark an event (default: ${DEFAULT-VALUE}).")
    List<String> eventAnnotations;

    @Option(names = "--window", defaultValue = "1.0", description = "Feature window length in seconds (default: ${DEFAULT-VALUE}).")
    double windowSeconds;

    @Option(names = "--step", defaultValue = "0.0625", description = "Step between windows in seconds (default: ${DEFAULT-VALUE}).")
    double stepSeconds;

    @Option(names = "--bands", split = ",", defaultValue = "8-12,13-30", description = "Band-power bands in Hz, as LOW-HIGH (default: ${DEFAULT-VALUE}).")
    List<String> bands;

    @Option(names = "--csp-pairs", defaultValue = "3", description = "Common Spatial Pattern filter pairs, 0 to skip (default: ${DEFAULT-VALUE}).")
    int cspPairs;

    @Option(names = "--members", split = ",", defaultValue = "logistic,lda,naive-bayes,j48,random-forest",
            description = "Ensemble members (default: ${DEFAULT-VALUE}).")
    List<String> members;

    @Option(names = "--stacking", description = "Combine members by stacking with a logistic meta-learner instead of soft voting.")
    boolean stacking;

    @Option(names = "--target-false-alarm-rate", defaultValue = "0.0005",
            description = "Highest fraction of non-event samples above the threshold on validation data (default: ${DEFAULT-VALUE}).")
    double targetFalseAlarmRate;

    @Option(names = "--validation-fraction", defaultValue = "0.25",
            description = "Fraction at the end of each training recording used to choose the threshold (default: ${DEFAULT-VALUE}).")
    double validationFraction;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path base = DataDirectory.resolve(dataDir).orElse(Path.of("."));
        EegStudySettings settings = toSettings();
        ConsoleProgressBar progress = ConsoleProgressBar.onStandardError();
        try {
            EegStudyResult result = EegEventStudy.run(settings, resolveAll(base, trainFiles), resolveAll(base, testFiles),
                    outputFolder, progress);
            System.out.println(result.summary());
        } finally {
            progress.finish();
        }
        return 0;
    }

    EegStudySettings toSettings() {
        EegStudySettings defaults = EegStudySettings.movementDefaults();
        double low = bandHz == null ? defaults.bandPassLowHz() : bandHz[0];
        double high = bandHz == null ? defaults.bandPassHighHz() : bandHz[1];
        return new EegStudySettings(channelPattern, !noCommonAverage, low, high, filterOrder, zeroPhase,
                eventAnnotations, windowSeconds, stepSeconds, parseBands(bands), cspPairs, members, stacking,
                targetFalseAlarmRate, validationFraction, seed);
    }

    static List<double[]> parseBands(List<String> bandTexts) {
        List<double[]> parsed = new ArrayList<>();
        for (String text : bandTexts) {
            String[] parts = text.trim().split("-");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                parsed.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid band '" + text + "' in --bands: write LOW-HIGH in Hz, for example 8-12.");
            }
        }
        return parsed;
    }

    static List<Path> resolveAll(Path base, List<String> files) {
        return Arrays.asList(files.stream().map(f -> base.resolve(f)).toArray(Path[]::new));
    }
}

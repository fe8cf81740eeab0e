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

    @Option(names = "--channels", description = "Channel glob pattern (default: *, all channels).")
    String channelPattern;

    @Option(names = "--no-car", description = "Skip the common-average reference.")
    boolean noCommonAverage;

    @Option(names = "--band", arity = "2", description = "Band-pass cut-offs in Hz (default: 1 75).")
    double[] bandHz;

    @Option(names = "--order", description = "Butterworth order of the band-pass (default: 4).")
    Integer filterOrder;

    @Option(names = "--zero-phase", description = "Filter forward and backward instead of causally (uses future samples).")
    boolean zeroPhase;

    @Option(names = "--events", split = ",", description = "Annotation texts or event columns that mark an event (default: T1,T2).")
    List<String> eventAnnotations;

    @Option(names = "--window", description = "Feature window length in seconds (default: 2).")
    Double windowSeconds;

    @Option(names = "--step", description = "Step between windows in seconds (default: 0.125).")
    Double stepSeconds;

    @Option(names = "--bands", split = ",", description = "Band-power bands in Hz, as LOW-HIGH (default: 4-8,8-12,13-30,30-75).")
    List<String> bands;

    @Option(names = "--csp-pairs", description = "Common Spatial Pattern filter pairs, 0 to skip (default: 3).")
    Integer cspPairs;

    @Option(names = "--members", split = ",",
            description = "Ensemble members among logistic, lda, naive-bayes, j48, random-forest, histogram-forest (default: the first five).")
    List<String> members;

    @Option(names = "--stacking", description = "Combine members by stacking with a logistic meta-learner instead of soft voting.")
    boolean stacking;

    @Option(names = "--target-false-alarm-rate",
            description = "Highest fraction of non-event windows above the threshold on held-out training data, "
                    + "for example 0.0005 for 0.05 %% (default: 0.01).")
    Double targetFalseAlarmRate;

    @Option(names = "--validation-fraction",
            description = "Fraction at the end of each training recording used to choose the threshold (default: 0.25).")
    Double validationFraction;

    @Option(names = "--seed", description = "Random seed (default: 42).")
    Long seed;

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

    /** Builds the settings from the options, taking the main job's defaults for options not given. */
    EegStudySettings toSettings() {
        EegStudySettings defaults = EegStudySettings.movementDefaults();
        return new EegStudySettings(
                or(channelPattern, defaults.channelPattern()),
                defaults.commonAverageReference() && !noCommonAverage,
                bandHz == null ? defaults.bandPassLowHz() : bandHz[0],
                bandHz == null ? defaults.bandPassHighHz() : bandHz[1],
                or(filterOrder, defaults.filterOrder()),
                zeroPhase || defaults.zeroPhase(),
                or(eventAnnotations, defaults.eventAnnotations()),
                or(windowSeconds, defaults.windowSeconds()),
                or(stepSeconds, defaults.stepSeconds()),
                bands == null ? defaults.bandsHz() : parseBands(bands),
                or(cspPairs, defaults.cspFilterPairs()),
                or(members, defaults.members()),
                stacking || defaults.stacking(),
                or(targetFalseAlarmRate, defaults.targetFalseAlarmRate()),
                or(validationFraction, defaults.validationFraction()),
                or(seed, defaults.seed()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static List<double[]> parseBands(List<String> bandTexts) {
        List<double[]> parsed = new ArrayList<>();
        for (String text : bandTexts) {
            if (text.isBlank()) {
                continue;
            }
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

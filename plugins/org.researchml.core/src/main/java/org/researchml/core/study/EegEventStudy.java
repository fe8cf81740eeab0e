package org.researchml.core.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.researchml.core.eeg.Recording;
import org.researchml.core.ensemble.Combination;
import org.researchml.core.ensemble.EnsembleLearner;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.EnsembleSettings;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.features.csp.CommonSpatialPatterns;
import org.researchml.core.features.csp.CspModel;
import org.researchml.core.metrics.DetectionMetrics;
import org.researchml.core.metrics.DetectionReport;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an EEG event-detection study: trains on some recordings, detects events sample by sample in others,
 * and writes the model, metrics, predictions and plots.
 *
 * <p>The end of each training recording ({@link EegStudySettings#validationFraction()}) is held out: CSP and the
 * ensemble are fitted on the rest, and the decision threshold is chosen on the held-out part for the target
 * false-alarm rate, so the threshold is not tuned on rows the trees have memorized.
 */
public final class EegEventStudy {

    private static final Logger LOGGER = LoggerFactory.getLogger(EegEventStudy.class);

    private EegEventStudy() {
    }

    /**
     * Runs the study.
     *
     * @param settings preprocessing, feature, ensemble and threshold settings
     * @param trainFiles recordings to train on
     * @param testFiles recordings to evaluate on
     * @param outputFolder folder for the outputs; created if missing, existing outputs of the same name replaced
     * @param progress receives progress and cancellation
     * @throws IOException if a recording cannot be read or an output cannot be written
     * @throws IllegalArgumentException for invalid settings, naming the setting
     * @throws CanceledException when canceled; nothing is written then
     */
    public static EegStudyResult run(EegStudySettings settings, List<Path> trainFiles, List<Path> testFiles,
            Path outputFolder, ProgressListener progress) throws IOException, CanceledException {
        validate(settings, trainFiles, testFiles);
        long startNanos = System.nanoTime();
        StudyFeatureSet features = buildTrainingFeatures(settings, trainFiles, progress.subProgress(0, 0.3));
        FeatureTable fitTable = features.fitTable();
        FeatureTable validationTable = features.validationTable();
        CspModel csp = features.csp();

        progress.progress(0.3, "Training the ensemble");
        EnsembleSettings ensembleSettings = ensembleSettings(settings);
        EnsembleModel model = EnsembleLearner.train(fitTable, validationTable, ensembleSettings,
                progress.subProgress(0.3, 0.5));
        double trainingSeconds = (System.nanoTime() - startNanos) / 1e9;

        progress.progress(0.8, "Detecting events in test recordings");
        List<EegTestResult> results = new ArrayList<>();
        for (Path file : testFiles) {
            progress.checkCanceled();
            results.add(evaluate(file, settings, csp, model));
        }

        progress.progress(0.9, "Writing outputs");
        EegStudyResult result = new EegStudyResult(settings, trainFiles, model, csp, results, fitTable.rowCount(),
                validationTable.rowCount(), trainingSeconds, (System.nanoTime() - startNanos) / 1e9, outputFolder);
        progress.checkCanceled();
        StudyOutputs.write(result);
        progress.progress(1, "Done");
        return result;
    }

    /**
     * Reads, filters and labels the training recordings, fits CSP on their fitting part, and returns the feature
     * tables of the fitting and the held-out part; the benchmarks use it to give other tools identical features.
     */
    public static StudyFeatureSet buildTrainingFeatures(EegStudySettings settings, List<Path> trainFiles,
            ProgressListener progress) throws IOException, CanceledException {
        progress.progress(0, "Reading and filtering training recordings");
        List<PreparedRecording> training = new ArrayList<>();
        for (Path file : trainFiles) {
            progress.checkCanceled();
            training.add(Preprocessing.prepare(file, settings));
        }

        TrainingSplit split = TrainingSplit.of(training, settings.validationFraction());
        CspModel csp = null;
        if (settings.cspFilterPairs() > 0) {
            progress.progress(0.3, "Fitting Common Spatial Patterns");
            csp = fitCsp(training, split, settings.cspFilterPairs());
        }

        progress.progress(0.5, "Extracting training features");
        List<FeatureTable> fitTables = new ArrayList<>();
        List<FeatureTable> validationTables = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            PreparedRecording prepared = training.get(i);
            FeatureTable table = StudyFeatures.extract(prepared, settings, csp,
                    progress.subProgress(0.5 + 0.5 * i / training.size(), 0.5 / training.size()));
            int windowSamples = (int) Math.round(settings.windowSeconds() * prepared.recording().samplingRateHz());
            long splitSample = split.firstValidationSample(i);
            fitTables.add(StudyFeatures.windowsWithin(table, windowSamples, 0, splitSample));
            validationTables.add(StudyFeatures.windowsWithin(table, windowSamples, splitSample, Long.MAX_VALUE));
        }
        FeatureTable fitTable = StudyFeatures.concatRows(fitTables);
        FeatureTable validationTable = StudyFeatures.concatRows(validationTables);
        LOGGER.info("Training on {} windows, choosing the threshold on {} held-out windows, {} features",
                fitTable.rowCount(), validationTable.rowCount(), fitTable.featureCount());
        return new StudyFeatureSet(fitTable, validationTable, csp);
    }

    /** Reads, filters and labels a test recording and computes its features with the training CSP filters. */
    public static FeatureTable buildTestFeatures(EegStudySettings settings, Path file, CspModel csp)
            throws IOException, CanceledException {
        return StudyFeatures.extract(Preprocessing.prepare(file, settings), settings, csp, ProgressListener.NONE);
    }

    private static EegTestResult evaluate(Path file, EegStudySettings settings, CspModel csp, EnsembleModel model)
            throws IOException, CanceledException {
        PreparedRecording prepared = Preprocessing.prepare(file, settings);
        FeatureTable table = StudyFeatures.extract(prepared, settings, csp, ProgressListener.NONE);
        double[] windowProbability = model.predictProbabilities(table);
        Recording recording = prepared.recording();
        double[] sampleProbability = SampleProjection.toSamples(table.windowEndSample(), windowProbability,
                recording.sampleCount());
        DetectionReport report = DetectionMetrics.compute(prepared.sampleLabels(), sampleProbability,
                model.threshold(), recording.samplingRateHz());
        return new EegTestResult(prepared, sampleProbability, report);
    }

    private static CspModel fitCsp(List<PreparedRecording> training, TrainingSplit split, int filterPairs) {
        Recording first = training.get(0).recording();
        int total = training.stream().mapToInt(p -> p.recording().sampleCount()).sum();
        double[][] samples = new double[first.channelCount()][total];
        int[] labels = new int[total];
        int offset = 0;
        for (int i = 0; i < training.size(); i++) {
            Recording recording = training.get(i).recording();
            if (!recording.channelLabels().equals(first.channelLabels())
                    || recording.samplingRateHz() != first.samplingRateHz()) {
                throw new IllegalArgumentException("Training recording " + training.get(i).file()
                        + " has other channels or another sampling rate than " + training.get(0).file()
                        + "; choose channels they share with --channels, or train on one of them.");
            }
            int count = recording.sampleCount();
            for (int c = 0; c < samples.length; c++) {
                System.arraycopy(recording.channel(c), 0, samples[c], offset, count);
            }
            int[] own = training.get(i).sampleLabels();
            long validationStart = split.firstValidationSample(i);
            for (int s = 0; s < count; s++) {
                labels[offset + s] = s < validationStart ? own[s] : CommonSpatialPatterns.UNUSED;
            }
            offset += count;
        }
        Recording joined = Recording.of(first.channelLabels(), first.samplingRateHz(), samples);
        return CommonSpatialPatterns.fit(joined, labels, filterPairs);
    }

    /** Returns the ensemble settings a study trains with. */
    public static EnsembleSettings ensembleSettings(EegStudySettings settings) {
        EnsembleSettings ensemble = EnsembleSettings.softVoting(MemberNames.toSpecs(settings.members(), settings.seed()))
                .withTargetFalseAlarmRate(settings.targetFalseAlarmRate())
                .withExecution(settings.seed(), 5, 0);
        return settings.stacking() ? ensemble.withCombination(Combination.STACKING) : ensemble;
    }

    private static void validate(EegStudySettings settings, List<Path> trainFiles, List<Path> testFiles) {
        if (trainFiles.isEmpty()) {
            throw new IllegalArgumentException("No training recordings: give at least one with --train.");
        }
        if (testFiles.isEmpty()) {
            throw new IllegalArgumentException("No test recordings: give at least one with --test.");
        }
        if (!(settings.validationFraction() > 0 && settings.validationFraction() < 0.9)) {
            throw new IllegalArgumentException("Invalid validation fraction " + settings.validationFraction()
                    + ": choose a value above 0 and below 0.9, for example 0.25.");
        }
        if (settings.eventAnnotations().isEmpty()) {
            throw new IllegalArgumentException("No event annotations: name at least one with --events, for example T1,T2.");
        }
        MemberNames.toSpecs(settings.members(), settings.seed());
    }
}

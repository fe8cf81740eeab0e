package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.List;

import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains ensembles of Weka classifiers on labeled feature tables.
 *
 * <p>Members train in parallel on {@link EnsembleSettings#threads()} threads. For stacking, every member is also
 * trained once per cross-validation fold; the meta-learner is fitted on the resulting out-of-fold probabilities.
 */
public final class EnsembleLearner {

    private static final Logger LOGGER = LoggerFactory.getLogger(EnsembleLearner.class);
    private static final double META_RIDGE = 1e-4;
    private static final int META_MAX_ITERATIONS = 100;

    private EnsembleLearner() {
    }

    /**
     * Trains an ensemble; with {@link ThresholdMode#FALSE_ALARM_RATE} the threshold is chosen on the training rows.
     *
     * @throws IllegalArgumentException for a table without labels, with one class only or with NaN values
     * @throws CanceledException when the listener requests cancellation
     */
    public static EnsembleModel train(FeatureTable table, EnsembleSettings settings, ProgressListener listener)
            throws CanceledException {
        return train(table, null, settings, listener);
    }

    /**
     * Trains an ensemble; with {@link ThresholdMode#FALSE_ALARM_RATE} the threshold is chosen on the validation rows
     * when given, otherwise on the training rows.
     *
     * <p>NOTE: tree members fit their training rows closely, so a threshold chosen on training rows usually gives
     * more false alarms on new data than the target; pass validation rows to avoid that.
     *
     * @param validation labeled rows for the threshold, or {@code null}
     * @throws IllegalArgumentException for a table without labels, with one class only or with NaN values
     * @throws CanceledException when the listener requests cancellation
     */
    public static EnsembleModel train(FeatureTable table, FeatureTable validation, EnsembleSettings settings,
            ProgressListener listener) throws CanceledException {
        FeatureTableChecks.requireTrainable(table);
        if (validation != null && settings.thresholdMode() == ThresholdMode.FALSE_ALARM_RATE) {
            FeatureTableChecks.columnsOf(table.featureNames(), validation);
            if (validation.labels() == null) {
                throw new IllegalArgumentException("The validation table has no labels; choosing a threshold for a "
                        + "false-alarm rate needs a label per row.");
            }
        }
        long startNanos = System.nanoTime();
        LOGGER.info("Training ensemble of {} members ({}) on {} rows x {} features", settings.members().size(),
                settings.combination(), table.rowCount(), table.featureCount());

        List<ParallelTraining.Task<Object>> tasks = new ArrayList<>();
        for (int m = 0; m < settings.members().size(); m++) {
            tasks.add(fullDataTask(table, settings, m));
        }
        int[] foldOfRow = null;
        if (settings.combination() == Combination.STACKING) {
            foldOfRow = StratifiedFolds.assign(table.labels(), settings.stackingFolds(), settings.seed());
            for (int fold = 0; fold < settings.stackingFolds(); fold++) {
                for (int m = 0; m < settings.members().size(); m++) {
                    tasks.add(foldTask(table, settings, m, foldOfRow, fold));
                }
            }
        }
        List<Object> results = ParallelTraining.runAll(tasks, settings.resolvedThreads(),
                listener.subProgress(0, 0.9));

        int memberCount = settings.members().size();
        List<Classifier> members = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            members.add((Classifier) results.get(m));
        }
        StackingCombiner stacking = null;
        if (foldOfRow != null) {
            listener.checkCanceled();
            listener.progress(0.9, "Fitting the stacking meta-learner");
            stacking = fitMetaLearner(table, settings, results.subList(memberCount, results.size()));
        }
        int events = 0;
        for (int label : table.labels()) {
            events += label;
        }
        EnsembleModel model = new EnsembleModel(settings, table.featureNames(), members, stacking,
                settings.fixedThreshold(), table.rowCount(), events);
        if (settings.thresholdMode() == ThresholdMode.FALSE_ALARM_RATE) {
            listener.checkCanceled();
            listener.progress(0.95, "Choosing the threshold");
            FeatureTable thresholdRows = validation != null ? validation : table;
            model = model.withThresholdForFalseAlarmRate(thresholdRows, settings.targetFalseAlarmRate());
        }
        listener.progress(1, "Ensemble trained");
        LOGGER.info("Trained ensemble in {} s, threshold {}", (System.nanoTime() - startNanos) / 1e9,
                model.threshold());
        return model;
    }

    private static ParallelTraining.Task<Object> fullDataTask(FeatureTable table, EnsembleSettings settings, int m) {
        MemberSpec spec = settings.members().get(m);
        String description = "member " + EnsembleModel.memberLabel(m, spec);
        return new ParallelTraining.Task<>(description, () -> {
            Classifier classifier = MemberFactory.create(spec);
            Instances data = WekaTables.labeled(table, null);
            long start = System.nanoTime();
            classifier.buildClassifier(data);
            LOGGER.info("Trained {} in {} s", description, (System.nanoTime() - start) / 1e9);
            return classifier;
        });
    }

    /** Trains a member without one fold and returns its event probabilities on that fold's rows. */
    private static ParallelTraining.Task<Object> foldTask(FeatureTable table, EnsembleSettings settings, int m,
            int[] foldOfRow, int fold) {
        MemberSpec spec = settings.members().get(m);
        String description = "member " + EnsembleModel.memberLabel(m, spec) + " without fold " + (fold + 1);
        return new ParallelTraining.Task<>(description, () -> {
            int[] trainRows = StratifiedFolds.rows(foldOfRow, fold, false);
            int[] heldOutRows = StratifiedFolds.rows(foldOfRow, fold, true);
            Classifier classifier = MemberFactory.create(spec);
            Instances data = WekaTables.labeled(table, trainRows);
            classifier.buildClassifier(data);
            double[][] x = new double[heldOutRows.length][];
            for (int k = 0; k < heldOutRows.length; k++) {
                x[k] = table.rows()[heldOutRows[k]];
            }
            double[] probabilities = EnsembleModel.memberProbabilities(List.of(classifier), x,
                    WekaTables.header(table.featureNames(), 0))[0];
            return new double[][] {toDoubles(heldOutRows), probabilities};
        });
    }

    private static double[] toDoubles(int[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static StackingCombiner fitMetaLearner(FeatureTable table, EnsembleSettings settings,
            List<Object> foldResults) throws CanceledException {
        int memberCount = settings.members().size();
        double[][] logits = new double[table.rowCount()][memberCount];
        for (int k = 0; k < foldResults.size(); k++) {
            int member = k % memberCount;
            double[][] rowsAndProbabilities = (double[][]) foldResults.get(k);
            for (int r = 0; r < rowsAndProbabilities[0].length; r++) {
                int row = (int) rowsAndProbabilities[0][r];
                logits[row][member] = StackingCombiner.logit(rowsAndProbabilities[1][r]);
            }
        }
        LogisticFit.Result fit = LogisticFit.fit(logits, table.labels(), null, META_RIDGE, META_MAX_ITERATIONS);
        return new StackingCombiner(fit.rawIntercept(), fit.rawCoefficients());
    }
}

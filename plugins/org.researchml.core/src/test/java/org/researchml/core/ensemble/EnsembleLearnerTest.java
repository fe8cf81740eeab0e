package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

class EnsembleLearnerTest {

    private static final FeatureTable TRAIN = SyntheticEvents.table(2000, 5, 0.3, 31);
    private static final FeatureTable TEST = SyntheticEvents.table(1000, 5, 0.3, 32);

    private static List<MemberSpec> linearAndForest() {
        return List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION), MemberSpec.of(MemberKind.LINEAR_DISCRIMINANT),
                MemberSpec.of(MemberKind.RANDOM_FOREST).with("numberOfTrees", 20));
    }

    @Test
    void softVotingAveragesMembers() throws Exception {
        EnsembleModel model = EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(linearAndForest()),
                ProgressListener.NONE);

        double[] ensemble = model.predictProbabilities(TEST);
        double[][] members = model.memberProbabilities(TEST);

        for (int i = 0; i < ensemble.length; i++) {
            assertEquals((members[0][i] + members[1][i] + members[2][i]) / 3, ensemble[i], 1e-12);
        }
        assertTrue(RocAuc.compute(ensemble, TEST.labels()) > 0.9);
        assertNull(model.stacking());
        assertEquals(0.5, model.threshold());
    }

    @Test
    void weightedVotingUsesWeights() throws Exception {
        EnsembleSettings settings = EnsembleSettings.softVoting(linearAndForest()).withWeights(List.of(3.0, 1.0, 0.0));
        EnsembleModel model = EnsembleLearner.train(TRAIN, settings, ProgressListener.NONE);

        double[] ensemble = model.predictProbabilities(TEST);
        double[][] members = model.memberProbabilities(TEST);

        for (int i = 0; i < ensemble.length; i++) {
            assertEquals(0.75 * members[0][i] + 0.25 * members[1][i], ensemble[i], 1e-12);
        }
    }

    @Test
    void stackingLearnsMetaWeights() throws Exception {
        EnsembleSettings settings = EnsembleSettings.softVoting(linearAndForest())
                .withCombination(Combination.STACKING).withExecution(7, 4, 2);
        EnsembleModel model = EnsembleLearner.train(TRAIN, settings, ProgressListener.NONE);

        double auc = RocAuc.compute(model.predictProbabilities(TEST), TEST.labels());

        assertNotNull(model.stacking());
        assertEquals(3, model.stacking().coefficients().length);
        assertTrue(auc > 0.9, "AUC " + auc);
        assertTrue(Arrays.stream(model.stacking().coefficients()).anyMatch(c -> c > 0.1),
                Arrays.toString(model.stacking().coefficients()));
    }

    @Test
    void stackingRepeatableWithSeed() throws Exception {
        EnsembleSettings settings = EnsembleSettings.softVoting(List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION),
                MemberSpec.of(MemberKind.J48))).withCombination(Combination.STACKING);

        EnsembleModel first = EnsembleLearner.train(TRAIN, settings, ProgressListener.NONE);
        EnsembleModel second = EnsembleLearner.train(TRAIN, settings, ProgressListener.NONE);

        assertArrayEquals(first.stacking().coefficients(), second.stacking().coefficients(), 0.0);
    }

    @Test
    void thresholdMeetsFalseAlarmRate() throws Exception {
        double rate = 0.02;
        EnsembleSettings settings = EnsembleSettings.softVoting(List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION),
                MemberSpec.of(MemberKind.NAIVE_BAYES))).withTargetFalseAlarmRate(rate);
        EnsembleModel model = EnsembleLearner.train(TRAIN, settings, ProgressListener.NONE);

        double achieved = ThresholdSelector.falseAlarmRate(model.predictProbabilities(TRAIN), TRAIN.labels(),
                model.threshold());

        assertTrue(achieved <= rate, "false-alarm rate " + achieved);
        assertTrue(achieved > rate / 2, "threshold too strict: " + achieved);
    }

    @Test
    void thresholdChosenOnValidation() throws Exception {
        double rate = 0.01;
        EnsembleSettings settings = EnsembleSettings.softVoting(linearAndForest()).withTargetFalseAlarmRate(rate);
        EnsembleModel model = EnsembleLearner.train(TRAIN, TEST, settings, ProgressListener.NONE);

        double achieved = ThresholdSelector.falseAlarmRate(model.predictProbabilities(TEST), TEST.labels(),
                model.threshold());

        assertTrue(achieved <= rate, "false-alarm rate " + achieved);
    }

    @Test
    void predictionReordersColumnsByName() throws Exception {
        EnsembleModel model = EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(linearAndForest()),
                ProgressListener.NONE);
        FeatureTable reversed = reverseColumns(TEST);

        assertArrayEquals(model.predictProbabilities(TEST), model.predictProbabilities(reversed), 0.0);
    }

    @Test
    void progressReachesOne() throws Exception {
        List<Double> fractions = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public synchronized void progress(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };

        EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(linearAndForest()), listener);

        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int k = 1; k < fractions.size(); k++) {
            assertTrue(fractions.get(k) >= fractions.get(k - 1), fractions.toString());
        }
    }

    @Test
    void cancellationStopsTraining() {
        AtomicInteger polls = new AtomicInteger();
        ProgressListener cancelAfterStart = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCanceled() {
                return polls.incrementAndGet() > 1;
            }
        };
        List<MemberSpec> slow = List.of(MemberSpec.of(MemberKind.RANDOM_FOREST).with("numberOfTrees", 300));

        assertThrows(CanceledException.class,
                () -> EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(slow), cancelAfterStart));
    }

    @Test
    void missingLabelsRejected() {
        FeatureTable unlabeled = TRAIN.withLabels(null);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleLearner.train(unlabeled, EnsembleSettings.softVoting(linearAndForest()),
                        ProgressListener.NONE));

        assertTrue(error.getMessage().contains("no labels"), error.getMessage());
    }

    @Test
    void singleClassRejected() {
        FeatureTable allEvents = TRAIN.withLabels(filled(TRAIN.rowCount(), 1));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleLearner.train(allEvents, EnsembleSettings.softVoting(linearAndForest()),
                        ProgressListener.NONE));

        assertTrue(error.getMessage().contains("Only one class is present"), error.getMessage());
        assertTrue(error.getMessage().contains("all with label 1"), error.getMessage());
    }

    @Test
    void duplicateFeatureNamesRejected() {
        FeatureTable duplicated = new FeatureTable(List.of("f1", "f2", "f1", "f4", "f5"), TRAIN.rows(),
                TRAIN.windowStartSeconds(), TRAIN.windowEndSeconds(), TRAIN.windowEndSample(), TRAIN.labels());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleLearner.train(duplicated, EnsembleSettings.softVoting(linearAndForest()),
                        ProgressListener.NONE));

        assertTrue(error.getMessage().contains("[f1] occur more than once"), error.getMessage());
    }

    @Test
    void emptyTableRejected() {
        FeatureTable empty = new FeatureTable(TRAIN.featureNames(), new double[0][], new double[0], new double[0],
                new long[0], new int[0]);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleLearner.train(empty, EnsembleSettings.softVoting(linearAndForest()),
                        ProgressListener.NONE));

        assertTrue(error.getMessage().contains("no rows"), error.getMessage());
    }

    @Test
    void invalidLabelRejected() {
        int[] labels = TRAIN.labels().clone();
        labels[5] = 2;

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleLearner.train(TRAIN.withLabels(labels), EnsembleSettings.softVoting(linearAndForest()),
                        ProgressListener.NONE));

        assertTrue(error.getMessage().contains("Invalid label 2 in row 5"), error.getMessage());
    }

    @Test
    void nanInTrainingNamesRowAndFeature() {
        FeatureTable withNan = copy(TRAIN);
        withNan.rows()[17][2] = Double.NaN;

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleLearner.train(withNan, EnsembleSettings.softVoting(linearAndForest()),
                        ProgressListener.NONE));

        assertTrue(error.getMessage().contains("Row 17, feature 'f3' is NaN"), error.getMessage());
    }

    @Test
    void nanInPredictionNamesRowAndFeature() throws Exception {
        EnsembleModel model = EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(
                List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION))), ProgressListener.NONE);
        FeatureTable withNan = copy(TEST);
        withNan.rows()[4][0] = Double.POSITIVE_INFINITY;

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbabilities(withNan));

        assertTrue(error.getMessage().contains("Row 4, feature 'f1' is Infinity"), error.getMessage());
    }

    @Test
    void missingFeaturesNamed() throws Exception {
        EnsembleModel model = EnsembleLearner.train(TRAIN, EnsembleSettings.softVoting(
                List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION))), ProgressListener.NONE);
        FeatureTable renamed = new FeatureTable(List.of("f1", "x2", "f3", "f4", "y5"), TEST.rows(),
                TEST.windowStartSeconds(), TEST.windowEndSeconds(), TEST.windowEndSample(), TEST.labels());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbabilities(renamed));

        assertTrue(error.getMessage().contains("lacks 2 of the model's 5 features: [f2, f5]"), error.getMessage());
    }

    @Test
    void singularCovarianceNamesFix() {
        FeatureTable constant = copy(TRAIN);
        for (double[] row : constant.rows()) {
            row[3] = 7;
        }
        List<MemberSpec> lda = List.of(MemberSpec.of(MemberKind.LINEAR_DISCRIMINANT).with("ridge", 0));

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> EnsembleLearner.train(constant, EnsembleSettings.softVoting(lda), ProgressListener.NONE));

        assertTrue(error.getMessage().contains("Training member 1: Linear discriminant analysis failed"),
                error.getMessage());
        assertTrue(error.getMessage().contains("increase the ridge option"), error.getMessage());
    }

    @Test
    void weightCountMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleSettings.softVoting(linearAndForest()).withWeights(List.of(1.0)));

        assertTrue(error.getMessage().contains("'weights': 1 weights for 3 members"), error.getMessage());
    }

    @Test
    void falseAlarmRateOutOfRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleSettings.softVoting(linearAndForest()).withTargetFalseAlarmRate(5));

        assertTrue(error.getMessage().contains("'targetFalseAlarmRate' = 5.0"), error.getMessage());
    }

    @Test
    void stackingFoldsOutOfRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EnsembleSettings.softVoting(linearAndForest()).withExecution(1, 1, 0));

        assertTrue(error.getMessage().contains("'stackingFolds' = 1"), error.getMessage());
        assertTrue(error.getMessage().contains("from 2 to 20"), error.getMessage());
    }

    private static int[] filled(int length, int value) {
        int[] values = new int[length];
        Arrays.fill(values, value);
        return values;
    }

    private static FeatureTable copy(FeatureTable table) {
        double[][] rows = new double[table.rowCount()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = table.rows()[i].clone();
        }
        return new FeatureTable(table.featureNames(), rows, table.windowStartSeconds(), table.windowEndSeconds(),
                table.windowEndSample(), table.labels());
    }

    private static FeatureTable reverseColumns(FeatureTable table) {
        int p = table.featureCount();
        List<String> names = new ArrayList<>();
        for (int j = p - 1; j >= 0; j--) {
            names.add(table.featureNames().get(j));
        }
        double[][] rows = new double[table.rowCount()][p];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < p; j++) {
                rows[i][j] = table.rows()[i][p - 1 - j];
            }
        }
        return new FeatureTable(names, rows, table.windowStartSeconds(), table.windowEndSeconds(),
                table.windowEndSample(), table.labels());
    }
}

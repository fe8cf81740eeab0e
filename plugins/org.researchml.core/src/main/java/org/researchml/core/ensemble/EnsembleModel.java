package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.researchml.core.features.FeatureTable;

import weka.classifiers.Classifier;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A trained ensemble: the settings, the feature names it was trained on, the trained members, the combiner and the
 * decision threshold.
 *
 * <p>Prediction matches features by name, so extra or reordered columns in the input are fine. Instances are
 * immutable after construction and safe to use from several threads.
 */
public final class EnsembleModel {

    private static final int ROWS_PER_CHUNK = 4096;

    private final EnsembleSettings settings;
    private final List<String> featureNames;
    private final List<Classifier> members;
    private final StackingCombiner stacking;
    private final double threshold;
    private final int trainingRowCount;
    private final int trainingEventCount;
    private final Instances header;

    EnsembleModel(EnsembleSettings settings, List<String> featureNames, List<Classifier> members,
            StackingCombiner stacking, double threshold, int trainingRowCount, int trainingEventCount) {
        if (members.size() != settings.members().size()) {
            throw new IllegalArgumentException("The model has " + members.size() + " trained members but its settings "
                    + "list " + settings.members().size() + ".");
        }
        if ((settings.combination() == Combination.STACKING) != (stacking != null)) {
            throw new IllegalArgumentException("A stacking meta-learner must be present exactly when the combination "
                    + "is STACKING.");
        }
        this.settings = settings;
        this.featureNames = List.copyOf(featureNames);
        this.members = List.copyOf(members);
        this.stacking = stacking;
        this.threshold = threshold;
        this.trainingRowCount = trainingRowCount;
        this.trainingEventCount = trainingEventCount;
        this.header = WekaTables.header(this.featureNames, 0);
    }

    public EnsembleSettings settings() {
        return settings;
    }

    /** Returns the features the model was trained on, in training column order. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Returns the decision threshold: a row is an event when its probability is above it. */
    public double threshold() {
        return threshold;
    }

    /** Returns the stacking meta-learner, or {@code null} for soft voting. */
    public StackingCombiner stacking() {
        return stacking;
    }

    public int trainingRowCount() {
        return trainingRowCount;
    }

    public int trainingEventCount() {
        return trainingEventCount;
    }

    /** Returns the trained Weka classifiers in member order; callers must not retrain or change them. */
    public List<Classifier> members() {
        return members;
    }

    /** Returns the label of a member as used in the interpretation table, for example {@code 2: J48 decision tree}. */
    public String memberLabel(int index) {
        return memberLabel(index, settings.members().get(index));
    }

    static String memberLabel(int index, MemberSpec spec) {
        return (index + 1) + ": " + spec.kind().displayName();
    }

    /** Returns a copy with another threshold. */
    public EnsembleModel withThreshold(double newThreshold) {
        return new EnsembleModel(settings, featureNames, members, stacking, newThreshold, trainingRowCount,
                trainingEventCount);
    }

    /**
     * Returns a copy whose threshold is chosen on labeled validation rows for a target false-alarm rate; see
     * {@link ThresholdSelector#forFalseAlarmRate(double[], int[], double)}.
     */
    public EnsembleModel withThresholdForFalseAlarmRate(FeatureTable validation, double rate) {
        if (validation.labels() == null) {
            throw new IllegalArgumentException("The validation table has no labels; choosing a threshold for a "
                    + "false-alarm rate needs a label per row.");
        }
        double[] probabilities = predictProbabilities(validation);
        return withThreshold(ThresholdSelector.forFalseAlarmRate(probabilities, validation.labels(), rate));
    }

    /**
     * Returns the ensemble's event probability per row.
     *
     * @throws IllegalArgumentException naming missing features, or the row and feature of a NaN or infinite value
     */
    public double[] predictProbabilities(FeatureTable table) {
        double[][] perMember = memberProbabilities(table);
        double[] result = new double[table.rowCount()];
        double[] weights = settings.normalizedWeights();
        double[] rowProbabilities = new double[members.size()];
        for (int i = 0; i < result.length; i++) {
            if (stacking != null) {
                for (int m = 0; m < members.size(); m++) {
                    rowProbabilities[m] = perMember[m][i];
                }
                result[i] = stacking.combine(rowProbabilities);
            } else {
                double sum = 0;
                for (int m = 0; m < members.size(); m++) {
                    sum += weights[m] * perMember[m][i];
                }
                result[i] = sum;
            }
        }
        return result;
    }

    /** Returns 1 for rows whose probability is above the threshold and 0 otherwise. */
    public int[] predictLabels(FeatureTable table) {
        double[] probabilities = predictProbabilities(table);
        int[] labels = new int[probabilities.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = probabilities[i] > threshold ? 1 : 0;
        }
        return labels;
    }

    /**
     * Returns each member's event probability per row, indexed {@code [member][row]}.
     *
     * @throws IllegalArgumentException naming missing features, or the row and feature of a NaN or infinite value
     */
    public double[][] memberProbabilities(FeatureTable table) {
        int[] columns = FeatureTableChecks.columnsOf(featureNames, table);
        double[][] x = selectColumns(table, columns);
        return memberProbabilities(members, x, header);
    }

    private double[][] selectColumns(FeatureTable table, int[] columns) {
        double[][] x = new double[table.rowCount()][columns.length];
        for (int i = 0; i < x.length; i++) {
            double[] source = table.rows()[i];
            for (int j = 0; j < columns.length; j++) {
                double value = source[columns[j]];
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("Row " + i + ", feature '" + featureNames.get(j) + "' is "
                            + value + "; remove or impute rows with missing or infinite values.");
                }
                x[i][j] = value;
            }
        }
        return x;
    }

    /** Computes member probabilities for rows in model column order, in parallel over chunks of rows. */
    static double[][] memberProbabilities(List<Classifier> members, double[][] x, Instances header) {
        double[][] result = new double[members.size()][x.length];
        int chunks = (x.length + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int start = chunk * ROWS_PER_CHUNK;
            int end = Math.min(x.length, start + ROWS_PER_CHUNK);
            for (int m = 0; m < members.size(); m++) {
                predictRows(members.get(m), x, start, end, header, result[m]);
            }
        });
        return result;
    }

    private static void predictRows(Classifier member, double[][] x, int start, int end, Instances header,
            double[] out) {
        if (member instanceof RidgeLogisticRegression logistic) {
            for (int i = start; i < end; i++) {
                out[i] = logistic.eventProbability(x[i]);
            }
            return;
        }
        if (member instanceof HistogramRandomForest forest) {
            for (int i = start; i < end; i++) {
                out[i] = forest.eventProbability(x[i]);
            }
            return;
        }
        if (member instanceof LinearDiscriminant discriminant) {
            for (int i = start; i < end; i++) {
                out[i] = discriminant.eventProbability(x[i]);
            }
            return;
        }
        int p = header.numAttributes() - 1;
        for (int i = start; i < end; i++) {
            // A new instance per row is cheaper than setValue, which copies the value array on every call.
            double[] values = new double[p + 1];
            System.arraycopy(x[i], 0, values, 0, p);
            values[p] = weka.core.Utils.missingValue();
            Instance instance = new DenseInstance(1.0, values);
            instance.setDataset(header);
            try {
                out[i] = member.distributionForInstance(instance)[1];
            } catch (Exception e) {
                throw new IllegalStateException("Prediction by " + member.getClass().getSimpleName() + " failed on row "
                        + i + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Returns coefficients and importances of every member by feature name; see {@link MemberInterpreter} for the
     * value kinds.
     */
    public List<InterpretationRow> interpretation() {
        List<InterpretationRow> rows = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            rows.addAll(MemberInterpreter.interpret(memberLabel(m), members.get(m), featureNames));
        }
        return rows;
    }
}

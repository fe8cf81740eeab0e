package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.List;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.trees.RandomForest;
import weka.classifiers.trees.j48.ClassifierSplitModel;
import weka.classifiers.trees.j48.ClassifierTree;
import weka.classifiers.trees.j48.Distribution;
import weka.estimators.Estimator;
import weka.estimators.KernelEstimator;
import weka.estimators.NormalEstimator;

/**
 * Lists coefficients and importances of trained members by feature name.
 *
 * <p>Each kind has one main value for ranking features, see {@link #mainValueKind(MemberKind)}.
 */
public final class MemberInterpreter {

    /** Log-odds change per unit of the feature (logistic regression) or discriminant weight per unit (LDA). */
    public static final String VALUE_COEFFICIENT = "coefficient";
    /** Coefficient per standard deviation of the feature; comparable across features. */
    public static final String VALUE_STANDARDIZED_COEFFICIENT = "standardized coefficient";
    /** Per-class mean of the feature as estimated by naive Bayes. */
    public static final String VALUE_MEAN_NO_EVENT = "mean (no event)";
    public static final String VALUE_MEAN_EVENT = "mean (event)";
    /** Per-class standard deviation of the feature as estimated by naive Bayes. */
    public static final String VALUE_SD_NO_EVENT = "standard deviation (no event)";
    public static final String VALUE_SD_EVENT = "standard deviation (event)";
    /** Absolute mean difference divided by the root mean square of the two class standard deviations. */
    public static final String VALUE_SEPARATION = "separation";
    /**
     * Impurity decrease of the splits on the feature. For J48 the sum over its nodes of row count times entropy
     * decrease in bits. For Weka's random forest the mean decrease per node as computed by Weka 3.8.6
     * {@code RandomForest.computeAverageImpurityDecreasePerAttribute}. For the histogram random forest the Gini
     * decrease weighted by the node's share of the bootstrap rows, averaged over the trees.
     */
    public static final String VALUE_IMPURITY_DECREASE = "impurity decrease";
    /** Number of tree nodes that split on the feature. */
    public static final String VALUE_SPLIT_COUNT = "split count";

    private MemberInterpreter() {
    }

    /** Returns the value kind that ranks features for a member kind. */
    public static String mainValueKind(MemberKind kind) {
        switch (kind) {
            case LOGISTIC_REGRESSION:
            case LINEAR_DISCRIMINANT:
                return VALUE_STANDARDIZED_COEFFICIENT;
            case NAIVE_BAYES:
                return VALUE_SEPARATION;
            default:
                return VALUE_IMPURITY_DECREASE;
        }
    }

    static List<InterpretationRow> interpret(String member, Classifier classifier, List<String> featureNames) {
        List<InterpretationRow> rows = new ArrayList<>();
        if (classifier instanceof RidgeLogisticRegression logistic) {
            addAll(rows, member, featureNames, VALUE_COEFFICIENT, logistic.coefficients());
            addAll(rows, member, featureNames, VALUE_STANDARDIZED_COEFFICIENT, logistic.standardizedCoefficients());
        } else if (classifier instanceof LinearDiscriminant discriminant) {
            addAll(rows, member, featureNames, VALUE_COEFFICIENT, discriminant.coefficients());
            addAll(rows, member, featureNames, VALUE_STANDARDIZED_COEFFICIENT,
                    discriminant.standardizedCoefficients());
        } else if (classifier instanceof NaiveBayes bayes) {
            interpretNaiveBayes(rows, member, bayes, featureNames);
        } else if (classifier instanceof InspectableJ48 tree) {
            interpretJ48(rows, member, tree, featureNames);
        } else if (classifier instanceof HistogramRandomForest forest) {
            addAll(rows, member, featureNames, VALUE_IMPURITY_DECREASE, forest.impurityDecrease());
            addAll(rows, member, featureNames, VALUE_SPLIT_COUNT, forest.splitCount());
        } else if (classifier instanceof RandomForest forest) {
            interpretRandomForest(rows, member, forest, featureNames);
        } else {
            throw new IllegalArgumentException("No interpretation for classifier " + classifier.getClass().getName()
                    + ".");
        }
        return rows;
    }

    private static void addAll(List<InterpretationRow> rows, String member, List<String> featureNames, String kind,
            double[] values) {
        for (int j = 0; j < featureNames.size(); j++) {
            rows.add(new InterpretationRow(member, featureNames.get(j), kind, values[j]));
        }
    }

    private static void interpretNaiveBayes(List<InterpretationRow> rows, String member, NaiveBayes bayes,
            List<String> featureNames) {
        Estimator[][] estimators = bayes.getConditionalEstimators();
        double[][] means = new double[2][featureNames.size()];
        double[][] deviations = new double[2][featureNames.size()];
        double[] separation = new double[featureNames.size()];
        for (int j = 0; j < featureNames.size(); j++) {
            for (int c = 0; c < 2; c++) {
                double[] moments = moments(estimators[j][c]);
                means[c][j] = moments[0];
                deviations[c][j] = moments[1];
            }
            double pooled = Math.sqrt((deviations[0][j] * deviations[0][j] + deviations[1][j] * deviations[1][j]) / 2);
            separation[j] = pooled > 0 ? Math.abs(means[1][j] - means[0][j]) / pooled : 0;
        }
        addAll(rows, member, featureNames, VALUE_MEAN_NO_EVENT, means[0]);
        addAll(rows, member, featureNames, VALUE_SD_NO_EVENT, deviations[0]);
        addAll(rows, member, featureNames, VALUE_MEAN_EVENT, means[1]);
        addAll(rows, member, featureNames, VALUE_SD_EVENT, deviations[1]);
        addAll(rows, member, featureNames, VALUE_SEPARATION, separation);
    }

    /** Returns mean and standard deviation of a normal or kernel estimator. */
    private static double[] moments(Estimator estimator) {
        if (estimator instanceof NormalEstimator normal) {
            return new double[] {normal.getMean(), normal.getStdDev()};
        }
        if (estimator instanceof KernelEstimator kernel) {
            double[] centers = kernel.getMeans();
            double[] weights = kernel.getWeights();
            double total = 0;
            double sum = 0;
            for (int k = 0; k < kernel.getNumKernels(); k++) {
                total += weights[k];
                sum += weights[k] * centers[k];
            }
            double mean = total > 0 ? sum / total : 0;
            double squares = 0;
            for (int k = 0; k < kernel.getNumKernels(); k++) {
                squares += weights[k] * (centers[k] - mean) * (centers[k] - mean);
            }
            // Variance of the mixture = spread of the kernel centres + variance of one kernel.
            double variance = (total > 0 ? squares / total : 0) + kernel.getStdDev() * kernel.getStdDev();
            return new double[] {mean, Math.sqrt(variance)};
        }
        throw new IllegalArgumentException("Unsupported naive Bayes estimator " + estimator.getClass().getName() + ".");
    }

    private static void interpretJ48(List<InterpretationRow> rows, String member, InspectableJ48 tree,
            List<String> featureNames) {
        double[] decrease = new double[featureNames.size()];
        double[] splits = new double[featureNames.size()];
        if (tree.root() != null) {
            visit(tree.root(), decrease, splits);
        }
        addAll(rows, member, featureNames, VALUE_IMPURITY_DECREASE, decrease);
        addAll(rows, member, featureNames, VALUE_SPLIT_COUNT, splits);
    }

    private static void visit(ClassifierTree node, double[] decrease, double[] splits) {
        if (node.isLeaf()) {
            return;
        }
        ClassifierSplitModel model = node.getLocalModel();
        int attribute = splitAttribute(model);
        if (attribute >= 0 && attribute < decrease.length) {
            Distribution distribution = model.distribution();
            double children = 0;
            for (int bag = 0; bag < distribution.numBags(); bag++) {
                double[] counts = new double[distribution.numClasses()];
                for (int c = 0; c < counts.length; c++) {
                    counts[c] = distribution.perClassPerBag(bag, c);
                }
                children += distribution.perBag(bag) * entropy(counts, distribution.perBag(bag));
            }
            double[] parentCounts = new double[distribution.numClasses()];
            for (int c = 0; c < parentCounts.length; c++) {
                parentCounts[c] = distribution.perClass(c);
            }
            decrease[attribute] += distribution.total() * entropy(parentCounts, distribution.total()) - children;
            splits[attribute]++;
        }
        for (ClassifierTree son : node.getSons()) {
            visit(son, decrease, splits);
        }
    }

    private static int splitAttribute(ClassifierSplitModel model) {
        if (model instanceof weka.classifiers.trees.j48.C45Split split) {
            return split.attIndex();
        }
        if (model instanceof weka.classifiers.trees.j48.BinC45Split split) {
            return split.attIndex();
        }
        return -1;
    }

    /** Entropy in bits of class counts. */
    private static double entropy(double[] counts, double total) {
        if (total <= 0) {
            return 0;
        }
        double entropy = 0;
        for (double count : counts) {
            if (count > 0) {
                double fraction = count / total;
                entropy -= fraction * Math.log(fraction) / Math.log(2);
            }
        }
        return entropy;
    }

    private static void interpretRandomForest(List<InterpretationRow> rows, String member, RandomForest forest,
            List<String> featureNames) {
        double[] nodeCounts = new double[featureNames.size() + 1];
        double[] decrease;
        try {
            decrease = forest.computeAverageImpurityDecreasePerAttribute(nodeCounts);
        } catch (weka.core.WekaException e) {
            throw new IllegalStateException("The random forest has no impurity statistics: " + e.getMessage(), e);
        }
        addAll(rows, member, featureNames, VALUE_IMPURITY_DECREASE, decrease);
        addAll(rows, member, featureNames, VALUE_SPLIT_COUNT, nodeCounts);
    }
}

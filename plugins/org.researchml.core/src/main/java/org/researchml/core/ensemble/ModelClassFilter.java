package org.researchml.core.ensemble;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * Allow-list for deserializing trained members: only the classes that make up this package's members and the
 * Weka classifiers it creates, with their fields. Every other class is rejected, so a crafted model file cannot
 * make the loader instantiate arbitrary classes.
 *
 * <p>The list was collected by serializing trained members of every kind with Weka 3.8.6; a Weka upgrade that adds
 * fields of new classes needs an update here (the load test of every kind shows it).
 */
final class ModelClassFilter implements ObjectInputFilter {

    /** Maximum nesting depth of the object graph; deep trees recurse one level per node. */
    private static final long MAX_DEPTH = 20_000;

    static final Set<String> ALLOWED_CLASSES = Set.of(
            // This package's members.
            "org.researchml.core.ensemble.RidgeLogisticRegression",
            "org.researchml.core.ensemble.LinearDiscriminant",
            "org.researchml.core.ensemble.InspectableJ48",
            "org.researchml.core.ensemble.HistogramRandomForest",
            "org.researchml.core.ensemble.HistogramRandomForest$Tree",
            // Weka classifiers and their parts.
            "weka.classifiers.AbstractClassifier",
            "weka.classifiers.SingleClassifierEnhancer",
            "weka.classifiers.IteratedSingleClassifierEnhancer",
            "weka.classifiers.ParallelIteratedSingleClassifierEnhancer",
            "weka.classifiers.RandomizableParallelIteratedSingleClassifierEnhancer",
            "weka.classifiers.bayes.NaiveBayes",
            "weka.classifiers.meta.Bagging",
            "weka.classifiers.trees.J48",
            "weka.classifiers.trees.RandomForest",
            "weka.classifiers.trees.RandomTree",
            "weka.classifiers.trees.RandomTree$Tree",
            "weka.classifiers.trees.j48.C45ModelSelection",
            "weka.classifiers.trees.j48.C45PruneableClassifierTree",
            "weka.classifiers.trees.j48.C45Split",
            "weka.classifiers.trees.j48.ClassifierSplitModel",
            "weka.classifiers.trees.j48.ClassifierTree",
            "weka.classifiers.trees.j48.Distribution",
            "weka.classifiers.trees.j48.ModelSelection",
            "weka.classifiers.trees.j48.NoSplit",
            "weka.estimators.DiscreteEstimator",
            "weka.estimators.Estimator",
            "weka.estimators.KernelEstimator",
            "weka.estimators.NormalEstimator",
            // Weka data-set headers kept by the classifiers.
            "weka.core.Attribute",
            "weka.core.Instances",
            "weka.core.NominalAttributeInfo",
            // JDK value and collection classes used by those fields.
            "java.lang.Integer",
            "java.lang.Number",
            "java.lang.String",
            "java.util.ArrayList",
            "java.util.HashMap",
            "java.util.Hashtable",
            "java.util.Random");

    /**
     * Types allowed only as array element types; as interfaces or {@code Object} they cannot be instantiated from
     * the stream themselves, and each element is checked on its own.
     */
    static final Set<String> ALLOWED_ARRAY_ELEMENTS = Set.of("java.lang.Object", "java.util.Map$Entry",
            "weka.classifiers.Classifier");

    private String rejectedClass;

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            rejectedClass = "(object graph deeper than " + MAX_DEPTH + ")";
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        boolean array = type.isArray();
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive() || ALLOWED_CLASSES.contains(type.getName())
                || (array && ALLOWED_ARRAY_ELEMENTS.contains(type.getName()))) {
            return Status.ALLOWED;
        }
        rejectedClass = type.getName();
        return Status.REJECTED;
    }

    /** Returns the first class this filter rejected, or {@code null}. */
    String rejectedClass() {
        return rejectedClass;
    }
}

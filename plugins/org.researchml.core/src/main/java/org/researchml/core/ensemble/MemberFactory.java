package org.researchml.core.ensemble;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.trees.RandomForest;
import weka.classifiers.trees.RandomTree;

/**
 * Creates untrained Weka classifiers from member specs.
 *
 * <p>Every classifier is created with {@code new} of an explicit class and configured through its setters. Weka's
 * class discovery (class names in option strings, {@code forName}, the object editor) finds no classifiers inside
 * an OSGi bundle, so it is never used here.
 */
final class MemberFactory {

    private MemberFactory() {
    }

    static Classifier create(MemberSpec spec) {
        switch (spec.kind()) {
            case LOGISTIC_REGRESSION: {
                RidgeLogisticRegression logistic = new RidgeLogisticRegression();
                logistic.setRidge(spec.doubleOption("ridge"));
                logistic.setMaxIterations(spec.intOption("maxIterations"));
                return logistic;
            }
            case LINEAR_DISCRIMINANT: {
                LinearDiscriminant discriminant = new LinearDiscriminant();
                discriminant.setRidge(spec.doubleOption("ridge"));
                return discriminant;
            }
            case NAIVE_BAYES: {
                NaiveBayes bayes = new NaiveBayes();
                bayes.setUseKernelEstimator(spec.booleanOption("useKernelEstimator"));
                return bayes;
            }
            case J48:
                return createJ48(spec);
            case RANDOM_FOREST:
                return createRandomForest(spec);
            case HISTOGRAM_RANDOM_FOREST:
                return createHistogramForest(spec);
            default:
                throw new IllegalArgumentException("Unsupported member kind " + spec.kind() + ".");
        }
    }

    private static InspectableJ48 createJ48(MemberSpec spec) {
        InspectableJ48 tree = new InspectableJ48();
        tree.setConfidenceFactor((float) spec.doubleOption("confidenceFactor"));
        tree.setMinNumObj(spec.intOption("minLeafSize"));
        tree.setUnpruned(spec.booleanOption("unpruned"));
        // Weka 3.8.6 J48 rejects an unpruned tree with subtree raising switched off, although raising is a pruning
        // step and has no effect there.
        tree.setSubtreeRaising(spec.booleanOption("subtreeRaising") || spec.booleanOption("unpruned"));
        tree.setSeed(spec.intOption("seed"));
        return tree;
    }

    private static HistogramRandomForest createHistogramForest(MemberSpec spec) {
        HistogramRandomForest forest = new HistogramRandomForest();
        forest.setNumberOfTrees(spec.intOption("numberOfTrees"));
        forest.setMaxDepth(spec.intOption("maxDepth"));
        forest.setMinLeafSize(spec.intOption("minLeafSize"));
        forest.setFeaturesPerSplit(spec.intOption("featuresPerSplit"));
        forest.setBagSizePercent(spec.intOption("bagSizePercent"));
        int slots = spec.intOption("executionSlots");
        forest.setExecutionSlots(slots == 0 ? Runtime.getRuntime().availableProcessors() : slots);
        forest.setSeed(spec.intOption("seed"));
        return forest;
    }

    private static RandomForest createRandomForest(MemberSpec spec) {
        RandomForest forest = new RandomForest();
        forest.setNumIterations(spec.intOption("numberOfTrees"));
        forest.setMaxDepth(spec.intOption("maxDepth"));
        forest.setNumFeatures(spec.intOption("featuresPerSplit"));
        forest.setBagSizePercent(spec.intOption("bagSizePercent"));
        int slots = spec.intOption("executionSlots");
        forest.setNumExecutionSlots(slots == 0 ? Runtime.getRuntime().availableProcessors() : slots);
        forest.setSeed(spec.intOption("seed"));
        forest.setComputeAttributeImportance(true);
        // The forest's base learner is a RandomTree created by RandomForest itself; minimum leaf size is set on it.
        ((RandomTree) forest.getClassifier()).setMinNum(spec.intOption("minLeafSize"));
        return forest;
    }
}

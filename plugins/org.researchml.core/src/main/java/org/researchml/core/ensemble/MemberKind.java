package org.researchml.core.ensemble;

import java.util.List;

/**
 * Classifier types that can be members of an ensemble, each with its typed options.
 *
 * <p>Option names are stable: they are stored in model files.
 */
public enum MemberKind {

    /** Ridge-penalized logistic regression fitted by Newton-Raphson (IRLS) on standardized features. */
    LOGISTIC_REGRESSION("Logistic regression", List.of(
            MemberOption.decimal("ridge", 1e-4, 0, 1e6,
                    "penalty on the squared coefficients of the standardized features, 0 = none"),
            MemberOption.integer("maxIterations", 100, 1, 10_000, "maximum Newton-Raphson iterations"))),

    /** Two-class linear discriminant analysis with a pooled covariance matrix. */
    LINEAR_DISCRIMINANT("Linear discriminant analysis", List.of(
            MemberOption.decimal("ridge", 1e-6, 0, 1e6,
                    "value added to the diagonal of the pooled correlation matrix, 0 = none"))),

    /** Weka's Gaussian naive Bayes. */
    NAIVE_BAYES("Naive Bayes", List.of(
            MemberOption.bool("useKernelEstimator", false,
                    "kernel density per feature and class instead of a normal distribution"))),

    /** Weka's J48, its implementation of the C4.5 decision tree. */
    J48("J48 decision tree", List.of(
            MemberOption.decimal("confidenceFactor", 0.25, 1e-6, 0.5,
                    "pruning confidence, smaller values prune more"),
            MemberOption.integer("minLeafSize", 20, 1, 1_000_000, "minimum number of rows per leaf"),
            MemberOption.bool("unpruned", false, "grow the tree without pruning"),
            MemberOption.bool("subtreeRaising", false, "consider subtree raising while pruning (slow on large tables)"),
            MemberOption.integer("seed", 1, 0, Integer.MAX_VALUE, "random seed"))),

    /**
     * Weka's random forest of random trees. Slow on large tables: 100 trees of depth 16 on 460,000 rows x 32
     * features took about 990 s in bench/ENSEMBLE-BENCHMARK.md, against 45 to 60 s for
     * {@link #HISTOGRAM_RANDOM_FOREST}.
     */
    RANDOM_FOREST("Random forest", List.of(
            MemberOption.integer("numberOfTrees", 100, 1, 100_000, "number of trees"),
            MemberOption.integer("maxDepth", 16, 0, 1000, "maximum tree depth, 0 = unlimited"),
            MemberOption.integer("minLeafSize", 5, 1, 1_000_000, "minimum number of rows per leaf"),
            MemberOption.integer("featuresPerSplit", 0, 0, 100_000,
                    "features tried at each split, 0 = log2(feature count) + 1"),
            MemberOption.integer("bagSizePercent", 100, 1, 100, "size of each bootstrap sample in % of the rows"),
            MemberOption.integer("executionSlots", 0, 0, 1024, "threads that grow trees, 0 = all processors"),
            MemberOption.integer("seed", 1, 0, Integer.MAX_VALUE, "random seed"))),

    /**
     * Random forest whose trees split on quantile bins of each feature ({@link HistogramRandomForest}); much faster
     * than Weka's on large tables.
     */
    HISTOGRAM_RANDOM_FOREST("Histogram random forest", List.of(
            MemberOption.integer("numberOfTrees", 100, 1, 100_000, "number of trees"),
            MemberOption.integer("maxDepth", 16, 0, 1000, "maximum tree depth, 0 = unlimited"),
            MemberOption.integer("minLeafSize", 5, 1, 1_000_000, "minimum number of rows per leaf"),
            MemberOption.integer("featuresPerSplit", 0, 0, 100_000,
                    "features tried at each split, 0 = log2(feature count) + 1"),
            MemberOption.integer("bagSizePercent", 100, 1, 100, "size of each bootstrap sample in % of the rows"),
            MemberOption.integer("executionSlots", 0, 0, 1024, "threads that grow trees, 0 = all processors"),
            MemberOption.integer("seed", 1, 0, Integer.MAX_VALUE, "random seed")));

    private final String displayName;
    private final List<MemberOption> options;

    MemberKind(String displayName, List<MemberOption> options) {
        this.displayName = displayName;
        this.options = options;
    }

    /** Returns the name shown to the user, for example {@code Random forest}. */
    public String displayName() {
        return displayName;
    }

    /** Returns the options of this kind in display order. */
    public List<MemberOption> options() {
        return options;
    }

    /**
     * Returns the option with the given name.
     *
     * @throws IllegalArgumentException listing the known options when the name is unknown
     */
    public MemberOption option(String name) {
        for (MemberOption option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        throw new IllegalArgumentException("Unknown option '" + name + "' for " + displayName + "; known options: "
                + options.stream().map(MemberOption::name).toList() + ".");
    }
}

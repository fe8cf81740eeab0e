package org.researchml.core.ensemble;

import java.util.List;

/**
 * Everything that defines how an ensemble is trained; stored in the model file.
 *
 * @param members the classifiers, at least one
 * @param combination how member probabilities are combined
 * @param weights one non-negative weight per member for soft voting, or empty for equal weights; ignored by stacking
 * @param thresholdMode how the decision threshold is set
 * @param fixedThreshold threshold on the event probability used with {@link ThresholdMode#FIXED}, from 0 to 1
 * @param targetFalseAlarmRate maximum fraction (not percent) of non-event rows above the threshold, used with
 *        {@link ThresholdMode#FALSE_ALARM_RATE}; for example 0.0005 for 0.05 %
 * @param seed seed of the stacking folds; members have their own seed options
 * @param stackingFolds number of cross-validation folds for stacking, 2 to 20
 * @param threads members trained at the same time, 0 = number of processors
 */
public record EnsembleSettings(List<MemberSpec> members, Combination combination, List<Double> weights,
        ThresholdMode thresholdMode, double fixedThreshold, double targetFalseAlarmRate, long seed, int stackingFolds,
        int threads) {

    public EnsembleSettings {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("Invalid setting 'members': add at least one member.");
        }
        members = List.copyOf(members);
        weights = weights == null ? List.of() : List.copyOf(weights);
        if (combination == null) {
            throw new IllegalArgumentException("Invalid setting 'combination': choose SOFT_VOTING or STACKING.");
        }
        if (thresholdMode == null) {
            throw new IllegalArgumentException("Invalid setting 'thresholdMode': choose FIXED or FALSE_ALARM_RATE.");
        }
        if (!weights.isEmpty()) {
            validateWeights(weights, members.size());
        }
        if (!(fixedThreshold >= 0 && fixedThreshold <= 1)) {
            throw new IllegalArgumentException("Invalid setting 'fixedThreshold' = " + fixedThreshold
                    + ": expected a probability from 0 to 1.");
        }
        if (!(targetFalseAlarmRate >= 0 && targetFalseAlarmRate < 1)) {
            throw new IllegalArgumentException("Invalid setting 'targetFalseAlarmRate' = " + targetFalseAlarmRate
                    + ": expected a fraction from 0 (inclusive) to 1 (exclusive), for example 0.0005 for 0.05 %.");
        }
        if (stackingFolds < 2 || stackingFolds > 20) {
            throw new IllegalArgumentException("Invalid setting 'stackingFolds' = " + stackingFolds
                    + ": expected an integer from 2 to 20.");
        }
        if (threads < 0 || threads > 1024) {
            throw new IllegalArgumentException("Invalid setting 'threads' = " + threads
                    + ": expected an integer from 0 (all processors) to 1024.");
        }
    }

    private static void validateWeights(List<Double> weights, int memberCount) {
        if (weights.size() != memberCount) {
            throw new IllegalArgumentException("Invalid setting 'weights': " + weights.size() + " weights for "
                    + memberCount + " members; give one weight per member or none for equal weights.");
        }
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            Double weight = weights.get(i);
            if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Invalid setting 'weights': weight " + i + " is " + weight
                        + "; expected a finite number >= 0.");
            }
            sum += weight;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("Invalid setting 'weights': all weights are 0; at least one must be > 0.");
        }
    }

    /**
     * Returns soft-voting settings with equal weights, a fixed threshold of 0.5, seed 1, 5 stacking folds and all
     * processors.
     */
    public static EnsembleSettings softVoting(List<MemberSpec> members) {
        return new EnsembleSettings(members, Combination.SOFT_VOTING, List.of(), ThresholdMode.FIXED, 0.5, 0.0005, 1,
                5, 0);
    }

    /** Returns a copy with another combination. */
    public EnsembleSettings withCombination(Combination newCombination) {
        return new EnsembleSettings(members, newCombination, weights, thresholdMode, fixedThreshold,
                targetFalseAlarmRate, seed, stackingFolds, threads);
    }

    /** Returns a copy with per-member soft-voting weights. */
    public EnsembleSettings withWeights(List<Double> newWeights) {
        return new EnsembleSettings(members, combination, newWeights, thresholdMode, fixedThreshold,
                targetFalseAlarmRate, seed, stackingFolds, threads);
    }

    /** Returns a copy with a fixed threshold. */
    public EnsembleSettings withFixedThreshold(double threshold) {
        return new EnsembleSettings(members, combination, weights, ThresholdMode.FIXED, threshold,
                targetFalseAlarmRate, seed, stackingFolds, threads);
    }

    /** Returns a copy whose threshold is chosen on the training rows for a target false-alarm fraction. */
    public EnsembleSettings withTargetFalseAlarmRate(double rate) {
        return new EnsembleSettings(members, combination, weights, ThresholdMode.FALSE_ALARM_RATE, fixedThreshold,
                rate, seed, stackingFolds, threads);
    }

    /** Returns a copy with another seed, stacking fold count and thread count. */
    public EnsembleSettings withExecution(long newSeed, int newStackingFolds, int newThreads) {
        return new EnsembleSettings(members, combination, weights, thresholdMode, fixedThreshold,
                targetFalseAlarmRate, newSeed, newStackingFolds, newThreads);
    }

    /** Returns the soft-voting weights normalized to sum 1, equal when none are set. */
    double[] normalizedWeights() {
        double[] normalized = new double[members.size()];
        double sum = 0;
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] = weights.isEmpty() ? 1 : weights.get(i);
            sum += normalized[i];
        }
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] /= sum;
        }
        return normalized;
    }

    /** Returns the number of worker threads, resolving 0 to the number of processors. */
    int resolvedThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}

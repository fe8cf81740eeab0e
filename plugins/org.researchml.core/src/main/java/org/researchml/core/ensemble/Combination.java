package org.researchml.core.ensemble;

/** Rule that turns the members' event probabilities into the ensemble's event probability. */
public enum Combination {

    /** Weighted mean of the members' event probabilities. */
    SOFT_VOTING,

    /**
     * Logistic regression (the meta-learner) on the logits of the members' event probabilities, trained on
     * out-of-fold probabilities from seeded, stratified k-fold cross-validation.
     */
    STACKING
}

package org.researchml.core.ensemble;

/**
 * Meta-learner of a stacked ensemble: logistic regression on the logits of the member event probabilities.
 *
 * @param intercept intercept of the log-odds
 * @param coefficients log-odds change per unit logit of each member's probability, in member order
 */
public record StackingCombiner(double intercept, double[] coefficients) {

    /** Member probabilities are clipped to this distance from 0 and 1 before the logit. */
    static final double PROBABILITY_CLIP = 1e-6;

    public StackingCombiner {
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    static double logit(double probability) {
        double clipped = Math.min(1 - PROBABILITY_CLIP, Math.max(PROBABILITY_CLIP, probability));
        return Math.log(clipped / (1 - clipped));
    }

    /** Returns the ensemble event probability from one row of member probabilities. */
    double combine(double[] memberProbabilities) {
        double eta = intercept;
        for (int m = 0; m < coefficients.length; m++) {
            eta += coefficients[m] * logit(memberProbabilities[m]);
        }
        return DenseMatrices.sigmoid(eta);
    }
}

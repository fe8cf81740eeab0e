package org.researchml.core.ensemble;

import org.researchml.core.progress.CanceledException;

/**
 * Ridge-penalized two-class logistic regression by Newton-Raphson (iteratively reweighted least squares) on a dense
 * matrix, with step halving when a full step lowers the penalized log-likelihood.
 *
 * <p>Features are standardized internally to mean 0 and standard deviation 1, so the ridge penalty
 * {@code ridge * sum(beta_j^2)} treats all features alike. The intercept is not penalized.
 */
final class LogisticFit {

    private static final double STEP_TOLERANCE = 1e-8;

    /** Standardized coefficients (index 0 = intercept) and the per-feature mean and scale. */
    record Result(double[] standardizedCoefficients, double[] means, double[] scales, int iterations) {

        /** Returns the coefficient of each feature in its own unit. */
        double[] rawCoefficients() {
            double[] raw = new double[means.length];
            for (int j = 0; j < raw.length; j++) {
                raw[j] = standardizedCoefficients[j + 1] / scales[j];
            }
            return raw;
        }

        double rawIntercept() {
            double intercept = standardizedCoefficients[0];
            for (int j = 0; j < means.length; j++) {
                intercept -= standardizedCoefficients[j + 1] * means[j] / scales[j];
            }
            return intercept;
        }
    }

    private LogisticFit() {
    }

    /**
     * Fits the model.
     *
     * @param x rows of features
     * @param y class per row, 0 or 1
     * @param weights weight per row, or {@code null} for 1
     * @param ridge penalty factor, at least 0
     * @param maxIterations maximum Newton-Raphson iterations
     * @throws CanceledException when the thread is interrupted between iterations
     */
    static Result fit(double[][] x, int[] y, double[] weights, double ridge, int maxIterations)
            throws CanceledException {
        int p = x.length == 0 ? 0 : x[0].length;
        double[] means = new double[p];
        double[] scales = new double[p];
        standardization(x, weights, means, scales);

        double[] beta = new double[p + 1];
        Pass current = pass(x, y, weights, beta, means, scales, ridge);
        int iteration = 0;
        while (iteration < maxIterations) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CanceledException();
            }
            iteration++;
            double[] delta = DenseMatrices.solveSymmetricPositiveDefinite(current.hessian, current.gradient,
                    "The logistic-regression Hessian");
            double step = 1;
            double[] candidate = new double[p + 1];
            Pass next;
            while (true) {
                for (int j = 0; j <= p; j++) {
                    candidate[j] = beta[j] + step * delta[j];
                }
                next = pass(x, y, weights, candidate, means, scales, ridge);
                if (next.objective >= current.objective - 1e-12 * Math.abs(current.objective) || step < 1e-6) {
                    break;
                }
                step /= 2;
            }
            double maxChange = 0;
            for (int j = 0; j <= p; j++) {
                maxChange = Math.max(maxChange, Math.abs(candidate[j] - beta[j]));
            }
            beta = candidate;
            current = next;
            if (maxChange < STEP_TOLERANCE) {
                break;
            }
        }
        return new Result(beta, means, scales, iteration);
    }

    private static void standardization(double[][] x, double[] weights, double[] means, double[] scales) {
        int p = means.length;
        double totalWeight = 0;
        for (int i = 0; i < x.length; i++) {
            double w = weights == null ? 1 : weights[i];
            totalWeight += w;
            for (int j = 0; j < p; j++) {
                means[j] += w * x[i][j];
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= totalWeight;
        }
        for (int i = 0; i < x.length; i++) {
            double w = weights == null ? 1 : weights[i];
            for (int j = 0; j < p; j++) {
                double d = x[i][j] - means[j];
                scales[j] += w * d * d;
            }
        }
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(scales[j] / totalWeight);
            // A constant feature keeps scale 1: its standardized value is 0 and only the ridge fixes its coefficient.
            scales[j] = sd > 0 ? sd : 1;
        }
    }

    /** Penalized log-likelihood with its gradient and negated Hessian (both including the ridge term). */
    private record Pass(double objective, double[] gradient, double[][] hessian) {
    }

    private static Pass pass(double[][] x, int[] y, double[] weights, double[] beta, double[] means, double[] scales,
            double ridge) {
        int p = means.length;
        int m = p + 1;
        double[] z = new double[m];
        double[] gradient = new double[m];
        double[][] hessian = new double[m][m];
        double logLikelihood = 0;
        z[0] = 1;
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double eta = beta[0];
            for (int j = 0; j < p; j++) {
                z[j + 1] = (row[j] - means[j]) / scales[j];
                eta += beta[j + 1] * z[j + 1];
            }
            double w = weights == null ? 1 : weights[i];
            double probability = DenseMatrices.sigmoid(eta);
            // log(1 + exp(-|eta|)) + max(-eta, 0) is -log(sigmoid(eta)) without overflow.
            double softplusMinus = Math.log1p(Math.exp(-Math.abs(eta))) + Math.max(-eta, 0);
            logLikelihood -= w * (y[i] == 1 ? softplusMinus : softplusMinus + eta);
            double residual = w * (y[i] - probability);
            double curvature = w * probability * (1 - probability);
            for (int a = 0; a < m; a++) {
                gradient[a] += residual * z[a];
                double scaled = curvature * z[a];
                double[] hessianRow = hessian[a];
                for (int b = 0; b <= a; b++) {
                    hessianRow[b] += scaled * z[b];
                }
            }
        }
        double penalty = 0;
        for (int j = 1; j < m; j++) {
            penalty += ridge * beta[j] * beta[j];
            gradient[j] -= 2 * ridge * beta[j];
            hessian[j][j] += 2 * ridge;
        }
        // A tiny diagonal term keeps the Hessian positive definite when probabilities saturate at 0 or 1.
        for (int a = 0; a < m; a++) {
            hessian[a][a] += 1e-10;
            for (int b = 0; b < a; b++) {
                hessian[b][a] = hessian[a][b];
            }
        }
        return new Pass(logLikelihood - penalty, gradient, hessian);
    }
}

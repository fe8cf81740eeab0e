package org.researchml.core.ensemble;

import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.WeightedInstancesHandler;

/**
 * Weka classifier for two classes: linear discriminant analysis with a pooled within-class covariance matrix.
 *
 * <p>The discriminant is {@code w = S^-1 (m1 - m0)} with class means {@code m0, m1} and pooled covariance
 * {@code S}; the event probability is {@code 1 / (1 + exp(-(w x + b)))} with
 * {@code b = -w (m0 + m1) / 2 + log(prior1 / prior0)}. The ridge is added to the diagonal of the pooled
 * correlation matrix, so it shrinks all features alike whatever their unit. Written here instead of using the
 * {@code weka.classifiers.functions.LDA} of the discriminantAnalysis package because that class does not expose
 * its coefficients.
 */
public class LinearDiscriminant extends AbstractClassifier implements WeightedInstancesHandler {

    private static final long serialVersionUID = 1L;

    private double ridge = 1e-6;

    private double[] coefficients;
    private double[] standardizedCoefficients;
    private double intercept;
    private String[] featureNames;

    public void setRidge(double ridge) {
        this.ridge = ridge;
    }

    public double getRidge() {
        return ridge;
    }

    @Override
    public Capabilities getCapabilities() {
        Capabilities capabilities = super.getCapabilities();
        capabilities.disableAll();
        capabilities.enable(Capability.NUMERIC_ATTRIBUTES);
        capabilities.enable(Capability.BINARY_CLASS);
        return capabilities;
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        DenseMatrices.requireBinaryNumeric(data, "Linear discriminant analysis");
        int n = data.numInstances();
        int p = data.numAttributes() - 1;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            Instance instance = data.instance(i);
            x[i] = DenseMatrices.features(instance);
            y[i] = (int) instance.classValue();
            weights[i] = instance.weight();
        }

        double[][] means = new double[2][p];
        double[] classWeight = new double[2];
        for (int i = 0; i < n; i++) {
            classWeight[y[i]] += weights[i];
            for (int j = 0; j < p; j++) {
                means[y[i]][j] += weights[i] * x[i][j];
            }
        }
        if (classWeight[0] <= 0 || classWeight[1] <= 0) {
            throw new IllegalArgumentException("Linear discriminant analysis needs rows of both classes.");
        }
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < p; j++) {
                means[c][j] /= classWeight[c];
            }
        }

        double[][] covariance = pooledCovariance(x, y, weights, means, classWeight);
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            scale[j] = covariance[j][j] > 0 ? Math.sqrt(covariance[j][j]) : 1;
        }
        double[][] correlation = new double[p][p];
        double[] meanDifference = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                correlation[a][b] = covariance[a][b] / (scale[a] * scale[b]);
            }
            correlation[a][a] += ridge;
            meanDifference[a] = (means[1][a] - means[0][a]) / scale[a];
        }
        standardizedCoefficients = DenseMatrices.solveSymmetricPositiveDefinite(correlation, meanDifference,
                "The pooled covariance matrix");
        coefficients = new double[p];
        intercept = Math.log(classWeight[1] / classWeight[0]);
        for (int j = 0; j < p; j++) {
            coefficients[j] = standardizedCoefficients[j] / scale[j];
            intercept -= coefficients[j] * (means[0][j] + means[1][j]) / 2;
        }
        featureNames = DenseMatrices.featureNames(data);
    }

    private static double[][] pooledCovariance(double[][] x, int[] y, double[] weights, double[][] means,
            double[] classWeight) {
        int p = means[0].length;
        double[][] covariance = new double[p][p];
        double[] centered = new double[p];
        for (int i = 0; i < x.length; i++) {
            if ((i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("Linear discriminant analysis was interrupted.");
            }
            double[] mean = means[y[i]];
            for (int j = 0; j < p; j++) {
                centered[j] = x[i][j] - mean[j];
            }
            double w = weights[i];
            for (int a = 0; a < p; a++) {
                double scaled = w * centered[a];
                double[] row = covariance[a];
                for (int b = 0; b <= a; b++) {
                    row[b] += scaled * centered[b];
                }
            }
        }
        // Pooled covariance with weighted degrees of freedom total - 2, as in the usual unbiased estimate.
        double degreesOfFreedom = Math.max(classWeight[0] + classWeight[1] - 2, 1);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                covariance[a][b] /= degreesOfFreedom;
                covariance[b][a] = covariance[a][b];
            }
        }
        return covariance;
    }

    /** Returns the event probability of one feature vector in training column order. */
    double eventProbability(double[] features) {
        double score = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            score += coefficients[j] * features[j];
        }
        return DenseMatrices.sigmoid(score);
    }

    @Override
    public double[] distributionForInstance(Instance instance) {
        double probability = eventProbability(DenseMatrices.features(instance));
        return new double[] {1 - probability, probability};
    }

    /** Returns the discriminant coefficient of each feature per unit of that feature. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Returns the intercept of the discriminant score, including the log prior ratio. */
    public double intercept() {
        return intercept;
    }

    /** Returns the coefficients per pooled within-class standard deviation; comparable across features. */
    public double[] standardizedCoefficients() {
        return standardizedCoefficients.clone();
    }

    @Override
    public String toString() {
        if (coefficients == null) {
            return "Linear discriminant analysis: not trained";
        }
        StringBuilder text = new StringBuilder("Linear discriminant analysis (ridge " + ridge + ")\nintercept "
                + intercept + "\n");
        for (int j = 0; j < coefficients.length; j++) {
            text.append(featureNames[j]).append(' ').append(coefficients[j]).append('\n');
        }
        return text.toString();
    }
}

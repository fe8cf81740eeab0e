package org.researchml.core.ensemble;

import weka.core.Instance;
import weka.core.Instances;

/** Small dense linear-algebra and data-extraction helpers for the linear members. */
final class DenseMatrices {

    private DenseMatrices() {
    }

    /**
     * Solves {@code a x = b} for a symmetric positive definite {@code a} by Cholesky decomposition.
     *
     * @throws IllegalStateException when {@code a} is not positive definite, for example with constant or
     *         perfectly correlated features and no ridge
     */
    static double[] solveSymmetricPositiveDefinite(double[][] a, double[] b, String matrixName) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalStateException(matrixName + " is singular (pivot " + i + " is " + sum
                                + "); remove constant or duplicate features or increase the ridge option.");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    /** Returns the non-class attribute values of one instance, in attribute order. */
    static double[] features(Instance instance) {
        int classIndex = instance.classIndex();
        int count = instance.numAttributes() - (classIndex >= 0 ? 1 : 0);
        double[] values = new double[count];
        int column = 0;
        for (int a = 0; a < instance.numAttributes(); a++) {
            if (a != classIndex) {
                values[column++] = instance.value(a);
            }
        }
        return values;
    }

    /**
     * Checks that the data set has a two-valued nominal class and only numeric features without missing values.
     *
     * @throws IllegalArgumentException naming the attribute that does not fit
     */
    static void requireBinaryNumeric(Instances data, String classifierName) {
        if (data.classIndex() < 0 || !data.classAttribute().isNominal() || data.classAttribute().numValues() != 2) {
            throw new IllegalArgumentException(classifierName + " needs a nominal class with two values.");
        }
        for (int a = 0; a < data.numAttributes(); a++) {
            if (a != data.classIndex() && !data.attribute(a).isNumeric()) {
                throw new IllegalArgumentException(classifierName + " needs numeric features; attribute '"
                        + data.attribute(a).name() + "' is not numeric.");
            }
        }
        for (int i = 0; i < data.numInstances(); i++) {
            if (data.instance(i).hasMissingValue()) {
                throw new IllegalArgumentException(classifierName + " does not accept missing values; row " + i
                        + " has one.");
            }
        }
    }

    /** Returns the feature names of a data set, in attribute order without the class. */
    static String[] featureNames(Instances data) {
        String[] names = new String[data.numAttributes() - 1];
        int column = 0;
        for (int a = 0; a < data.numAttributes(); a++) {
            if (a != data.classIndex()) {
                names[column++] = data.attribute(a).name();
            }
        }
        return names;
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}

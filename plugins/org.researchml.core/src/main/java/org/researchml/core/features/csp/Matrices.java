package org.researchml.core.features.csp;

/** Small dense matrix products used by the CSP fit; matrices are {@code double[row][column]}. */
final class Matrices {

    private Matrices() {
    }

    /** Returns {@code A x}. */
    static double[] times(double[][] a, double[] x) {
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += a[i][j] * x[j];
            }
            result[i] = sum;
        }
        return result;
    }

    /** Returns {@code A^T x}. */
    static double[] transposeTimes(double[][] a, double[] x) {
        int columns = a[0].length;
        double[] result = new double[columns];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < columns; j++) {
                result[j] += a[i][j] * x[i];
            }
        }
        return result;
    }

    /** Returns {@code P S P^T} for a symmetric {@code S}; the result is exactly symmetric. */
    static double[][] congruence(double[][] p, double[][] s) {
        int rows = p.length;
        double[][] ps = new double[rows][];
        for (int i = 0; i < rows; i++) {
            ps[i] = transposeTimes(s, p[i]);
        }
        double[][] result = new double[rows][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = i; j < rows; j++) {
                double sum = 0;
                for (int k = 0; k < p[j].length; k++) {
                    sum += ps[i][k] * p[j][k];
                }
                result[i][j] = sum;
                result[j][i] = sum;
            }
        }
        return result;
    }
}

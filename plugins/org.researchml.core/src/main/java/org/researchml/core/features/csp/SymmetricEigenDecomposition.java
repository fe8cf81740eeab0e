package org.researchml.core.features.csp;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method.
 *
 * <p>Each sweep rotates every off-diagonal pair {@code (p, q)} to zero; sweeps repeat until the off-diagonal part is
 * negligible against the matrix norm. The cost is O(n^3) per sweep and usually under 10 sweeps, fine for the
 * channel counts of EEG (a 64 x 64 matrix takes milliseconds). Eigenvalues come out sorted from largest to smallest,
 * and eigenvectors are orthonormal even for repeated or zero eigenvalues.
 */
public final class SymmetricEigenDecomposition {

    private static final int MAX_SWEEPS = 100;

    private final double[] eigenvalues;
    private final double[][] eigenvectors;

    private SymmetricEigenDecomposition(double[] eigenvalues, double[][] eigenvectors) {
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
    }

    /**
     * Decomposes {@code matrix = V diag(values) V^T}.
     *
     * @param matrix square symmetric matrix, left unchanged
     * @throws IllegalArgumentException if the matrix is not square, not symmetric or not finite
     * @throws ArithmeticException if the iteration does not converge within 100 sweeps
     */
    public static SymmetricEigenDecomposition of(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("Matrix row " + i + " has " + matrix[i].length
                        + " entries, expected " + n + " for a square matrix.");
            }
            for (int j = 0; j < n; j++) {
                double value = matrix[i][j];
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("Matrix entry (" + i + ", " + j + ") is " + value + ".");
                }
                a[i][j] = value;
                scale = Math.max(scale, Math.abs(value));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > 1e-9 * Math.max(scale, Double.MIN_NORMAL)) {
                    throw new IllegalArgumentException("Matrix is not symmetric at (" + i + ", " + j + "): "
                            + a[i][j] + " vs " + a[j][i] + ".");
                }
                double mean = 0.5 * (a[i][j] + a[j][i]);
                a[i][j] = mean;
                a[j][i] = mean;
            }
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        rotateUntilDiagonal(a, v);
        return sorted(a, v);
    }

    /** Eigenvalues from largest to smallest. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Returns eigenvector {@code index} (matching {@link #eigenvalues()}), of unit length. */
    public double[] eigenvector(int index) {
        double[] vector = new double[eigenvectors.length];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = eigenvectors[i][index];
        }
        return vector;
    }

    private static void rotateUntilDiagonal(double[][] a, double[][] v) {
        int n = a.length;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double offDiagonal = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double square = a[i][j] * a[i][j];
                    total += square;
                    if (i != j) {
                        offDiagonal += square;
                    }
                }
            }
            if (offDiagonal <= 1e-30 * total || offDiagonal == 0) {
                return;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        throw new ArithmeticException("Jacobi eigen-decomposition of a " + n + " x " + n
                + " matrix did not converge within " + MAX_SWEEPS + " sweeps.");
    }

    /** Applies the rotation in the (p, q) plane that zeroes {@code a[p][q]}, and accumulates it into {@code v}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        // t = tan(phi) is the smaller root of t^2 + 2 t theta - 1 = 0, which keeps the rotation angle below 45 degrees.
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = 0;
        a[q][p] = 0;
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static SymmetricEigenDecomposition sorted(double[][] a, double[][] v) {
        int n = a.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int j = 0; j < n; j++) {
            values[j] = a[order[j]][order[j]];
            for (int i = 0; i < n; i++) {
                vectors[i][j] = v[i][order[j]];
            }
        }
        return new SymmetricEigenDecomposition(values, vectors);
    }
}

package org.researchml.core.features.csp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SymmetricEigenDecompositionTest {

    private static double[][] randomSymmetric(int n, long seed) {
        Random random = new Random(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    private static void assertDecomposes(double[][] a, SymmetricEigenDecomposition eigen, double tolerance) {
        int n = a.length;
        double[] values = eigen.eigenvalues();
        for (int j = 0; j < n; j++) {
            double[] v = eigen.eigenvector(j);
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int k = 0; k < n; k++) {
                    av += a[i][k] * v[k];
                }
                assertEquals(values[j] * v[i], av, tolerance, "A v = lambda v, vector " + j + ", row " + i);
            }
            for (int k = 0; k < n; k++) {
                double dot = 0;
                double[] w = eigen.eigenvector(k);
                for (int i = 0; i < n; i++) {
                    dot += v[i] * w[i];
                }
                assertEquals(j == k ? 1 : 0, dot, 1e-12, "v" + j + " . v" + k);
            }
        }
    }

    @Test
    void randomMatrixDecomposes() {
        double[][] a = randomSymmetric(64, 1);

        SymmetricEigenDecomposition eigen = SymmetricEigenDecomposition.of(a);

        assertDecomposes(a, eigen, 1e-10);
        double[] values = eigen.eigenvalues();
        for (int j = 1; j < values.length; j++) {
            assertTrue(values[j - 1] >= values[j], "eigenvalues sorted at " + j);
        }
    }

    @Test
    void knownTwoByTwo() {
        SymmetricEigenDecomposition eigen = SymmetricEigenDecomposition.of(new double[][] {{2, 1}, {1, 2}});

        assertEquals(3, eigen.eigenvalues()[0], 1e-14);
        assertEquals(1, eigen.eigenvalues()[1], 1e-14);
        assertEquals(Math.abs(eigen.eigenvector(0)[0]), Math.sqrt(0.5), 1e-14);
        assertEquals(eigen.eigenvector(0)[0], eigen.eigenvector(0)[1], 1e-14);
    }

    @Test
    void rankDeficientMatrixKeepsNullVector() {
        // Centring makes the all-ones vector a null vector, as a common-average reference does.
        int n = 6;
        double[][] centring = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                centring[i][j] = (i == j ? 1 : 0) - 1.0 / n;
            }
        }

        SymmetricEigenDecomposition eigen = SymmetricEigenDecomposition.of(centring);

        assertDecomposes(centring, eigen, 1e-12);
        assertEquals(0, eigen.eigenvalues()[n - 1], 1e-14);
        double[] nullVector = eigen.eigenvector(n - 1);
        for (int i = 0; i < n; i++) {
            assertEquals(Math.abs(nullVector[0]), Math.abs(nullVector[i]), 1e-12, "null vector entry " + i);
        }
    }

    @Test
    void asymmetricMatrixRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigenDecomposition.of(new double[][] {{1, 2}, {3, 1}}));

        assertEquals("Matrix is not symmetric at (0, 1): 2.0 vs 3.0.", e.getMessage());
    }

    @Test
    void nonFiniteMatrixRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigenDecomposition.of(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}));

        assertEquals("Matrix entry (0, 1) is NaN.", e.getMessage());
    }
}

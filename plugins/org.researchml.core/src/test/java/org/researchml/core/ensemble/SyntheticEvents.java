package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.researchml.core.features.FeatureTable;

/**
 * Seeded two-class feature tables: feature {@code f1} separates the classes strongly (mean shift 3 standard
 * deviations), {@code f2} weakly (shift 0.5), the rest is noise with different scales.
 */
final class SyntheticEvents {

    static final String INFORMATIVE = "f1";

    private SyntheticEvents() {
    }

    static FeatureTable table(int rows, int features, double eventFraction, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            names.add("f" + (j + 1));
        }
        double[][] x = new double[rows][features];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextDouble() < eventFraction ? 1 : 0;
            for (int j = 0; j < features; j++) {
                double scale = 1 + j;
                x[i][j] = scale * random.nextGaussian() + 10 * j;
            }
            x[i][0] += labels[i] * 3.0;
            if (features > 1) {
                x[i][1] += labels[i] * 0.5 * 2;
            }
        }
        double[] start = new double[rows];
        double[] end = new double[rows];
        long[] endSample = new long[rows];
        for (int i = 0; i < rows; i++) {
            start[i] = i;
            end[i] = i + 1;
            endSample[i] = (i + 1) * 100L;
        }
        return new FeatureTable(names, x, start, end, endSample, labels);
    }
}

package org.researchml.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HistogramRandomForestTest {

    @Test
    void binaryFeatureSplitsExactly() throws Exception {
        Random random = new Random(3);
        int n = 3000;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(2);
            x[i][0] = random.nextGaussian();
            x[i][1] = y[i];
            x[i][2] = random.nextGaussian();
        }
        HistogramRandomForest forest = new HistogramRandomForest();
        forest.setNumberOfTrees(10);
        forest.setFeaturesPerSplit(3);
        forest.fit(x, y);

        assertEquals(1.0, forest.eventProbability(new double[] {0, 1, 0}), 1e-12);
        assertEquals(0.0, forest.eventProbability(new double[] {0, 0, 0}), 1e-12);
        assertEquals(10.0, forest.splitCount()[1]);
    }

    @Test
    void sameSeedSameForestAnyThreads() throws Exception {
        double[][] x = SyntheticEvents.table(2000, 4, 0.3, 41).rows();
        int[] y = SyntheticEvents.table(2000, 4, 0.3, 41).labels();
        HistogramRandomForest single = new HistogramRandomForest();
        single.setNumberOfTrees(12);
        single.setExecutionSlots(1);
        single.fit(x, y);
        HistogramRandomForest parallel = new HistogramRandomForest();
        parallel.setNumberOfTrees(12);
        parallel.setExecutionSlots(3);
        parallel.fit(x, y);

        double[] first = new double[200];
        double[] second = new double[200];
        for (int i = 0; i < first.length; i++) {
            first[i] = single.eventProbability(x[i]);
            second[i] = parallel.eventProbability(x[i]);
        }
        assertArrayEquals(first, second, 0.0);
        assertArrayEquals(single.impurityDecrease(), parallel.impurityDecrease(), 1e-15);
    }

    @Test
    void depthLimitBoundsTree() throws Exception {
        double[][] x = SyntheticEvents.table(2000, 4, 0.3, 42).rows();
        int[] y = SyntheticEvents.table(2000, 4, 0.3, 42).labels();
        HistogramRandomForest stump = new HistogramRandomForest();
        stump.setNumberOfTrees(5);
        stump.setMaxDepth(1);
        stump.fit(x, y);

        double splits = 0;
        for (double count : stump.splitCount()) {
            splits += count;
        }
        assertEquals(5.0, splits);
        assertTrue(stump.toString().contains("5 trees"), stump.toString());
    }
}

package org.researchml.knime.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.researchml.core.ensemble.EnsembleLearner;
import org.researchml.core.ensemble.EnsembleModel;
import org.researchml.core.ensemble.EnsembleSettings;
import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.MemberSpec;
import org.researchml.core.features.FeatureTable;
import org.researchml.core.progress.ProgressListener;
import org.researchml.knime.harness.NodeHarness;

class EnsembleModelPortObjectTest {

    /** Two-class table where feature f1 separates the classes; seeded, so the model is the same on every run. */
    private static FeatureTable table() {
        Random random = new Random(7);
        int rows = 200;
        double[][] values = new double[rows][2];
        int[] labels = new int[rows];
        double[] start = new double[rows];
        double[] end = new double[rows];
        long[] endSample = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 4 == 0 ? 1 : 0;
            values[i][0] = random.nextGaussian() + 3 * labels[i];
            values[i][1] = random.nextGaussian();
            start[i] = i;
            end[i] = i + 1;
            endSample[i] = i + 1L;
        }
        return new FeatureTable(List.of("f1", "f2"), values, start, end, endSample, labels);
    }

    private static EnsembleModel model() throws Exception {
        EnsembleSettings settings = EnsembleSettings.softVoting(List.of(MemberSpec.of(MemberKind.LOGISTIC_REGRESSION),
                MemberSpec.of(MemberKind.NAIVE_BAYES))).withExecution(1, 5, 1);
        return EnsembleLearner.train(table(), settings, ProgressListener.NONE);
    }

    @Test
    void roundTripKeepsPredictions() throws Exception {
        EnsembleModelPortObject port = new EnsembleModelPortObject(model());

        EnsembleModelPortObject back = (EnsembleModelPortObject) NodeHarness.saveAndLoadPortObject(port);

        assertEquals(port.getSpec(), back.getSpec());
        assertArrayEquals(port.model().predictProbabilities(table()), back.model().predictProbabilities(table()),
                1e-12);
    }

    @Test
    void summaryNamesMembersAndFeatures() throws Exception {
        String summary = new EnsembleModelPortObject(model()).getSummary();

        assertTrue(summary.startsWith("Ensemble of 2 members"), summary);
        assertTrue(summary.contains("soft voting"), summary);
        assertTrue(summary.contains("2 features"), summary);
        assertTrue(summary.contains("trained on 200 windows (50 events)"), summary);
    }

    @Test
    void specListsFeaturesAndMembers() throws Exception {
        EnsembleModelPortObjectSpec spec = new EnsembleModelPortObject(model()).getSpec();
        List<String> members = new ArrayList<>(spec.members());

        assertEquals(List.of("f1", "f2"), spec.featureNames());
        assertEquals(2, members.size());
        assertEquals("SOFT_VOTING", spec.combination());
    }
}

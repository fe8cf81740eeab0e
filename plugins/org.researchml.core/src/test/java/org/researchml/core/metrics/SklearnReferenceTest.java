package org.researchml.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compares ROC AUC and average precision with values computed once by scikit-learn 1.2.1 (make_sklearn_reference.py). */
class SklearnReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"continuous", "ties", "constant", "runs"})
    void rocAucMatchesSklearn(String caseName) throws IOException {
        Sample sample = readCase(caseName);
        double[] expected = readReference(caseName);

        assertEquals(expected[0], RocCurve.of(sample.truth, sample.score).area(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"continuous", "ties", "constant", "runs"})
    void averagePrecisionMatchesSklearn(String caseName) throws IOException {
        Sample sample = readCase(caseName);
        double[] expected = readReference(caseName);

        assertEquals(expected[1], AveragePrecision.of(sample.truth, sample.score), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"continuous", "ties", "constant", "runs"})
    void reportMatchesSklearn(String caseName) throws IOException {
        Sample sample = readCase(caseName);
        double[] expected = readReference(caseName);

        DetectionReport report = DetectionMetrics.compute(sample.truth, sample.score, 0.5, 160);

        assertEquals(expected[0], report.rocAuc(), 1e-12);
        assertEquals(expected[1], report.averagePrecision(), 1e-12);
    }

    private record Sample(int[] truth, double[] score) {
    }

    private static Sample readCase(String caseName) throws IOException {
        List<String> lines = readLines(caseName + ".csv");
        int[] truth = new int[lines.size()];
        double[] score = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",");
            truth[i] = Integer.parseInt(fields[0]);
            score[i] = Double.parseDouble(fields[1]);
        }
        return new Sample(truth, score);
    }

    private static double[] readReference(String caseName) throws IOException {
        for (String line : readLines("reference.csv")) {
            String[] fields = line.split(",");
            if (fields[0].equals(caseName)) {
                return new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2])};
            }
        }
        throw new IllegalStateException("No reference row for case " + caseName);
    }

    private static List<String> readLines(String resource) throws IOException {
        InputStream stream = SklearnReferenceTest.class.getResourceAsStream(resource);
        assertNotNull(stream, "missing test resource " + resource);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("case,")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}

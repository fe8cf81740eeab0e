package org.researchml.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the SciPy reference values written by {@code make_reference.py} and compares arrays. */
final class ScipyReference {

    private ScipyReference() {
    }

    static JsonNode load(String resourceName) {
        try (InputStream in = ScipyReference.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + resourceName + " not found; run make_reference.py.");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] vector(JsonNode node) {
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asDouble();
        }
        return values;
    }

    static double[][] matrix(JsonNode node) {
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = vector(node.get(i));
        }
        return rows;
    }

    /** Returns max |actual - expected| divided by max |expected|. */
    static double relativeError(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "length");
        double scale = 0;
        double error = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            error = Math.max(error, Math.abs(expected[i] - actual[i]));
        }
        return scale == 0 ? error : error / scale;
    }
}

package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.researchml.core.features.FeatureTable;

/** Input checks with messages that name the row, feature or setting at fault. */
final class FeatureTableChecks {

    private FeatureTableChecks() {
    }

    /**
     * Checks that a table can be used for training.
     *
     * @throws IllegalArgumentException when labels are missing or not 0/1, a class is missing, or a value is not
     *         finite
     */
    static void requireTrainable(FeatureTable table) {
        if (table.featureCount() == 0) {
            throw new IllegalArgumentException("The feature table has no feature columns; add at least one feature.");
        }
        List<String> duplicates = duplicateNames(table.featureNames());
        if (!duplicates.isEmpty()) {
            throw new IllegalArgumentException("Feature names must be unique, but " + duplicates
                    + " occur more than once; rename or drop the duplicate columns.");
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("The feature table has no rows; training needs labeled rows.");
        }
        if (table.labels() == null) {
            throw new IllegalArgumentException("The feature table has no labels; training needs a label per row "
                    + "(0 = no event, 1 = event).");
        }
        int events = 0;
        int[] labels = table.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("Invalid label " + labels[i] + " in row " + i
                        + ": expected 0 (no event) or 1 (event).");
            }
            events += labels[i];
        }
        if (events == 0 || events == labels.length) {
            throw new IllegalArgumentException("Only one class is present (" + labels.length + " rows, all with label "
                    + (events == 0 ? 0 : 1) + "); training needs rows of both classes 0 (no event) and 1 (event).");
        }
        requireFinite(table);
    }

    private static List<String> duplicateNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                duplicates.add(name);
            }
        }
        return new ArrayList<>(duplicates);
    }

    /** Throws naming the first row and feature whose value is NaN or infinite. */
    static void requireFinite(FeatureTable table) {
        double[][] rows = table.rows();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new IllegalArgumentException("Row " + i + ", feature '" + table.featureNames().get(j)
                            + "' is " + rows[i][j] + "; remove or impute rows with missing or infinite values.");
                }
            }
        }
    }

    /**
     * Returns, for each model feature, its column in the table.
     *
     * @throws IllegalArgumentException naming the model features that the table lacks
     */
    static int[] columnsOf(List<String> modelFeatures, FeatureTable table) {
        Map<String, Integer> positions = new HashMap<>();
        for (int j = 0; j < table.featureCount(); j++) {
            positions.putIfAbsent(table.featureNames().get(j), j);
        }
        int[] columns = new int[modelFeatures.size()];
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            Integer position = positions.get(modelFeatures.get(j));
            if (position == null) {
                missing.add(modelFeatures.get(j));
            } else {
                columns[j] = position;
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The feature table lacks " + missing.size() + " of the model's "
                    + modelFeatures.size() + " features: " + missing + ". Compute the same features as for training.");
        }
        return columns;
    }
}

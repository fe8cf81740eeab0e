package org.researchml.knime.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Makes column names unique, because KNIME rejects duplicate column names and EEG files may repeat labels. */
final class ColumnNames {

    private ColumnNames() {
    }

    /**
     * Returns the labels with a suffix " (2)", " (3)", ... on each repeat of a label or of a reserved name.
     *
     * @param reserved names already used by other columns of the table
     */
    static List<String> unique(List<String> labels, Set<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        List<String> names = new ArrayList<>(labels.size());
        for (String label : labels) {
            String base = label.isBlank() ? "channel" : label;
            String name = base;
            int copy = 2;
            while (used.contains(name)) {
                name = base + " (" + copy + ")";
                copy++;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }
}

package org.researchml.knime.ensemble.learner;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;

/** Parses a comma-separated list of column names from a text setting. */
final class ColumnList {

    private ColumnList() {
    }

    /**
     * Returns the names in order, or an empty list for empty text.
     *
     * @throws InvalidSettingsException naming the option for an empty entry or a name given twice
     */
    static List<String> parse(String text, String optionLabel) throws InvalidSettingsException {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw new InvalidSettingsException("'" + optionLabel + "' has an empty entry in '" + text
                        + "'. Separate column names with single commas.");
            }
            if (names.contains(name)) {
                throw new InvalidSettingsException("'" + optionLabel + "' names column '" + name + "' twice. List "
                        + "each column once.");
            }
            names.add(name);
        }
        return names;
    }
}

package org.researchml.updatesite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of an OSGi manifest header such as {@code Import-Package}: a name with attributes
 * ({@code version="[1,2)"}) and directives ({@code resolution:=optional}).
 */
record ManifestHeader(String name, Map<String, String> attributes, Map<String, String> directives) {

    /** Splits a header value into clauses at commas outside quotes, then each clause at semicolons. */
    static List<ManifestHeader> parse(String value) {
        List<ManifestHeader> clauses = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return clauses;
        }
        for (String clause : split(value, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int directive = part.indexOf(":=");
                int equals = part.indexOf('=');
                if (directive > 0 && directive < equals) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (equals > 0) {
                    String key = part.substring(0, equals).trim();
                    int typed = key.indexOf(':');
                    attributes.put(typed > 0 ? key.substring(0, typed) : key, unquote(part.substring(equals + 1)));
                }
            }
            clauses.add(new ManifestHeader(parts.get(0).trim(), attributes, directives));
        }
        return clauses;
    }

    boolean isOptional() {
        return "optional".equals(directives.get("resolution"));
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }
}

package org.researchml.updatesite;

/** Normalizes OSGi versions and version ranges to the three-part form that p2 metadata uses. */
final class VersionRanges {

    private VersionRanges() {
    }

    /** Pads {@code 1.7} to {@code 1.7.0}; keeps a qualifier. */
    static String version(String version) {
        String[] parts = version.trim().split("\\.", 4);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            result.append(i < parts.length ? parts[i] : "0");
            if (i < 2) {
                result.append('.');
            }
        }
        if (parts.length == 4) {
            result.append('.').append(parts[3]);
        }
        return result.toString();
    }

    /**
     * Converts a manifest version range: {@code [1.7,3)} becomes {@code [1.7.0,3.0.0)}, a single version
     * {@code v} means "v or later" and stays {@code v}, and a missing range becomes {@code 0.0.0}.
     */
    static String range(String range) {
        if (range == null || range.isBlank()) {
            return "0.0.0";
        }
        String trimmed = range.trim();
        char first = trimmed.charAt(0);
        if (first != '[' && first != '(') {
            return version(trimmed);
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        String[] ends = trimmed.substring(1, trimmed.length() - 1).split(",");
        if (ends.length != 2) {
            throw new IllegalArgumentException("Invalid version range '" + range + "': expected [low,high) or similar.");
        }
        return first + version(ends[0]) + "," + version(ends[1]) + last;
    }
}

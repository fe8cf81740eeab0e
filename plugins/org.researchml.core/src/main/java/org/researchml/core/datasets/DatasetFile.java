package org.researchml.core.datasets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One file of a data set.
 *
 * @param localPath path inside the data set's folder in the cache, with {@code /} separators
 * @param remotePath path relative to the data set's base URL
 * @param sha256 expected SHA-256 of the file's content, 64 lowercase hex digits
 */
public record DatasetFile(String localPath, String remotePath, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DatasetFile {
        if (localPath == null || localPath.isBlank() || localPath.startsWith("/") || localPath.contains("..")) {
            throw new IllegalArgumentException("localPath '" + localPath
                    + "' must be a relative path inside the data set folder, without '..'.");
        }
        if (remotePath == null || remotePath.isBlank()) {
            throw new IllegalArgumentException("remotePath of " + localPath + " must not be blank.");
        }
        sha256 = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + localPath + " is '" + sha256
                    + "' but must be 64 hex digits.");
        }
    }

    /** Returns a file whose local and remote paths are the same. */
    public static DatasetFile of(String path, String sha256) {
        return new DatasetFile(path, path, sha256);
    }

    /** Returns the last part of the local path. */
    public String fileName() {
        return localPath.substring(localPath.lastIndexOf('/') + 1);
    }
}

package org.researchml.core.datasets;

import java.net.URI;
import java.util.List;

/**
 * Public data set that {@link Downloader} can fetch: where it comes from, where it goes in the
 * cache, and the expected hash of each file.
 *
 * @param name short name used on the command line, for example {@code eegmmidb-S001}
 * @param folder folder inside the cache, with {@code /} separators, in the same layout as the project's
 *     data folder, so a cache can serve as {@code researchml.dataDir}
 * @param description one line on what the data set contains
 * @param licence licence and citation the user must honour
 * @param baseUrl URL that the remote paths are resolved against, ending with {@code /}
 * @param files the files, each with its expected SHA-256
 */
public record DatasetEntry(String name, String folder, String description, String licence, URI baseUrl,
        List<DatasetFile> files) {

    public DatasetEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A data set needs a name.");
        }
        if (baseUrl == null || !baseUrl.toString().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl of data set " + name + " is " + baseUrl
                    + " but must end with '/', so that file paths resolve below it.");
        }
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("Data set " + name + " lists no files.");
        }
        files = List.copyOf(files);
    }

    /** Returns the URL of one file. */
    public URI urlOf(DatasetFile file) {
        return baseUrl.resolve(file.remotePath());
    }

    /**
     * Returns this entry served from a mirror that has the cache layout: file {@code F} of the entry
     * is at {@code mirror/folder/F}. Tests and offline sites use it in place of the original host.
     */
    public DatasetEntry withMirror(URI mirror) {
        String base = mirror.toString().endsWith("/") ? mirror.toString() : mirror + "/";
        URI mirroredBase = URI.create(base).resolve(folder + "/");
        List<DatasetFile> mirroredFiles = files.stream()
                .map(file -> new DatasetFile(file.localPath(), file.localPath(), file.sha256()))
                .toList();
        return new DatasetEntry(name, folder, description, licence, mirroredBase, mirroredFiles);
    }
}

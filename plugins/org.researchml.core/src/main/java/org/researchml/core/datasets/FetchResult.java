package org.researchml.core.datasets;

import java.nio.file.Path;
import java.util.List;

/**
 * Outcome of fetching one data set.
 *
 * @param folder the data set's folder in the cache
 * @param files every file of the data set, now present with the expected hash
 * @param downloadedCount files downloaded in this call
 * @param cachedCount files that were already present with the expected hash and were skipped
 * @param downloadedBytes bytes downloaded in this call
 */
public record FetchResult(Path folder, List<Path> files, int downloadedCount, int cachedCount, long downloadedBytes) {

    public FetchResult {
        files = List.copyOf(files);
    }
}

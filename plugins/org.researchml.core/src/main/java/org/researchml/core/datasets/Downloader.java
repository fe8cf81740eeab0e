package org.researchml.core.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads data set files into a cache folder and verifies each against its SHA-256.
 *
 * <p>Each file streams into a temporary file next to its target while the hash is computed. Only when
 * the hash matches is the temporary file moved into place (atomically where the file system allows), so
 * the cache never contains a partial or wrong file. On any failure, including a cut connection, a hash
 * mismatch or a cancel, the temporary file is deleted. Files already present with the right hash are
 * skipped, and a present file with a wrong hash is downloaded again and replaced.
 */
public final class Downloader {

    private static final Logger LOG = LoggerFactory.getLogger(Downloader.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    private static final int BUFFER_BYTES = 1 << 16;

    private final HttpClient client;
    private final Duration idleTimeout;

    /**
     * Creates a downloader that follows redirects (except from HTTPS to HTTP) and gives up on a file
     * when no bytes arrive for 60 seconds.
     */
    public Downloader() {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT)
                .build(), DEFAULT_IDLE_TIMEOUT);
    }

    /**
     * Creates a downloader that uses the given client.
     *
     * @param idleTimeout how long a transfer may go without receiving bytes before it fails
     */
    public Downloader(HttpClient client, Duration idleTimeout) {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout is " + idleTimeout + " but must be positive.");
        }
        this.client = client;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Fetches every file of a data set into {@code cacheDir/entry.folder()}.
     *
     * @param listener receives the fraction of files done, refined by bytes done / Content-Length
     *     within the current file, and may cancel
     * @throws DownloadException naming the URL if a download fails or a hash does not match
     * @throws CanceledException if the listener cancels, after deleting the file in progress
     */
    public FetchResult fetch(DatasetEntry entry, Path cacheDir, ProgressListener listener)
            throws IOException, CanceledException {
        Path folder = cacheDir.resolve(entry.folder());
        List<DatasetFile> files = entry.files();
        List<Path> paths = new ArrayList<>();
        int downloaded = 0;
        int cached = 0;
        long bytes = 0;
        LOG.info("Fetching data set {} ({} files) into {}", entry.name(), files.size(), folder);
        for (int i = 0; i < files.size(); i++) {
            listener.checkCanceled();
            DatasetFile file = files.get(i);
            Path target = folder.resolve(file.localPath());
            ProgressListener fileProgress = listener.subProgress((double) i / files.size(), 1.0 / files.size());
            if (isCached(target, file.sha256())) {
                cached++;
                fileProgress.progress(1, file.fileName() + " already downloaded");
            } else {
                bytes += download(entry.urlOf(file), file.sha256(), target, fileProgress);
                downloaded++;
            }
            paths.add(target);
        }
        // Log before the last progress call, so a console bar ends the output instead of being split by the log line.
        LOG.info("Data set {} ready in {}: {} downloaded, {} already present", entry.name(), folder, downloaded, cached);
        listener.progress(1, entry.name() + ": " + files.size() + " files ready");
        return new FetchResult(folder, paths, downloaded, cached, bytes);
    }

    /**
     * Counts the files of a data set that are present in the cache with the expected SHA-256.
     * It reads every present file, so it takes about as long as hashing the data set once.
     */
    public static int countVerifiedFiles(DatasetEntry entry, Path cacheDir) throws IOException {
        Path folder = cacheDir.resolve(entry.folder());
        int verified = 0;
        for (DatasetFile file : entry.files()) {
            Path target = folder.resolve(file.localPath());
            if (Files.isRegularFile(target) && Sha256.ofFile(target).equals(file.sha256())) {
                verified++;
            }
        }
        return verified;
    }

    private static boolean isCached(Path target, String expectedSha256) throws IOException {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        String actual = Sha256.ofFile(target);
        if (actual.equals(expectedSha256)) {
            return true;
        }
        LOG.warn("Cached file {} has SHA-256 {} but {} is expected, so it is downloaded again", target, actual,
                expectedSha256);
        return false;
    }

    /**
     * Downloads one file to {@code target} and checks its hash.
     *
     * @return the number of bytes downloaded
     */
    long download(URI url, String expectedSha256, Path target, ProgressListener listener)
            throws IOException, CanceledException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            long bytes = streamToFile(url, temporary, expectedSha256, listener);
            moveIntoPlace(temporary, target);
            LOG.debug("Downloaded {} ({} bytes) to {}", url, bytes, target);
            return bytes;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private long streamToFile(URI url, Path temporary, String expectedSha256, ProgressListener listener)
            throws IOException, CanceledException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(RESPONSE_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = send(url, request);
        long contentLength = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        String name = fileNameOf(url);
        MessageDigest digest = Sha256.newDigest();
        long done = 0;
        InputStream in = response.body();
        StallWatchdog watchdog = new StallWatchdog(idleTimeout, in);
        try (watchdog; in; OutputStream out = Files.newOutputStream(temporary)) {
            if (response.statusCode() != 200) {
                throw new DownloadException(url, "Download of " + url + " failed with HTTP status "
                        + response.statusCode() + ". Check that the URL is reachable in a browser, or use a mirror.",
                        null);
            }
            byte[] buffer = new byte[BUFFER_BYTES];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                watchdog.touch();
                listener.checkCanceled();
                out.write(buffer, 0, read);
                digest.update(buffer, 0, read);
                done += read;
                reportProgress(listener, name, done, contentLength);
            }
        } catch (DownloadException e) {
            throw e;
        } catch (IOException e) {
            String reason = watchdog.hasStalled()
                    ? "no data arrived for " + idleTimeout.toMillis() / 1000.0 + " s"
                    : String.valueOf(e.getMessage());
            throw new DownloadException(url, "Download of " + url + " stopped after " + done + " of "
                    + (contentLength >= 0 ? contentLength + " bytes" : "an unknown number of bytes") + ": "
                    + reason + ". The partial file was deleted. Run the download again.", e);
        }
        if (contentLength >= 0 && done != contentLength) {
            throw new DownloadException(url, "Download of " + url + " ended after " + done + " of " + contentLength
                    + " bytes. The partial file was deleted. Run the download again.", null);
        }
        String actual = Sha256.hex(digest);
        if (!actual.equals(expectedSha256)) {
            throw new DownloadException(url, "Checksum mismatch for " + url + ": expected SHA-256 " + expectedSha256
                    + " but the downloaded file has " + actual + ". The file was deleted. Run the download again."
                    + " If it fails again, the host serves a different file than the catalog expects.", null);
        }
        return done;
    }

    private HttpResponse<InputStream> send(URI url, HttpRequest request) throws IOException, CanceledException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledException();
        } catch (IOException e) {
            throw new DownloadException(url, "Connection to " + url + " failed: " + e
                    + ". Check the network connection or proxy settings, or use a mirror.", e);
        }
    }

    private static void reportProgress(ProgressListener listener, String name, long done, long contentLength) {
        if (contentLength > 0) {
            listener.progress((double) done / contentLength, name + ": " + megabytes(done) + " of "
                    + megabytes(contentLength) + " MB");
        } else {
            listener.progress(0, name + ": " + megabytes(done) + " MB");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static String fileNameOf(URI url) {
        String path = url.getPath();
        return path == null ? url.toString() : path.substring(path.lastIndexOf('/') + 1);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

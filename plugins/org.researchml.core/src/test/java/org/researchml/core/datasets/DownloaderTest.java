package org.researchml.core.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;

class DownloaderTest {

    private static final byte[] FIRST = randomBytes(300_000, 1);
    private static final byte[] SECOND = randomBytes(5_000, 2);

    @TempDir
    Path cache;

    private LocalFileServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalFileServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void goodFilesDownloaded() throws Exception {
        server.serve("/set/a.bin", FIRST);
        server.serve("/set/sub/b.bin", SECOND);
        RecordingListener listener = new RecordingListener();

        FetchResult result = new Downloader().fetch(entry("a.bin", sha256(FIRST), "sub/b.bin", sha256(SECOND)),
                cache, listener);

        assertArrayEquals(FIRST, Files.readAllBytes(cache.resolve("local/a.bin")));
        assertArrayEquals(SECOND, Files.readAllBytes(cache.resolve("local/sub/b.bin")));
        assertEquals(2, result.downloadedCount());
        assertEquals(0, result.cachedCount());
        assertEquals(FIRST.length + SECOND.length, result.downloadedBytes());
        assertEquals(cache.resolve("local"), result.folder());
        assertEquals(1.0, listener.fractions.get(listener.fractions.size() - 1));
        assertTrue(listener.fractions.stream().anyMatch(f -> f > 0 && f < 0.5), "no progress within the first file");
        assertTrue(listener.messages.stream().anyMatch(m -> m.startsWith("a.bin: ") && m.endsWith(" MB")));
        assertNoTemporaryFiles();
    }

    @Test
    void hashMismatchLeavesNoFile() {
        server.serve("/set/a.bin", FIRST);
        String wrongHash = sha256(SECOND);

        DownloadException error = assertThrows(DownloadException.class,
                () -> new Downloader().fetch(entry("a.bin", wrongHash), cache, ProgressListener.NONE));

        URI url = server.baseUrl().resolve("set/a.bin");
        assertEquals(url, error.url());
        assertEquals("Checksum mismatch for " + url + ": expected SHA-256 " + wrongHash
                + " but the downloaded file has " + sha256(FIRST) + ". The file was deleted. Run the download again."
                + " If it fails again, the host serves a different file than the catalog expects.", error.getMessage());
        assertFalse(Files.exists(cache.resolve("local/a.bin")));
        assertNoTemporaryFiles();
    }

    @Test
    void cutConnectionLeavesNoFile() {
        server.serveCut("/set/a.bin", FIRST, 100_000);

        DownloadException error = assertThrows(DownloadException.class,
                () -> new Downloader().fetch(entry("a.bin", sha256(FIRST)), cache, ProgressListener.NONE));

        String message = error.getMessage();
        assertTrue(message.startsWith("Download of " + server.baseUrl().resolve("set/a.bin")), message);
        assertTrue(message.contains(" of 300000 bytes"), message);
        assertTrue(message.endsWith("The partial file was deleted. Run the download again."), message);
        assertFalse(Files.exists(cache.resolve("local/a.bin")));
        assertNoTemporaryFiles();
    }

    @Test
    void stalledTransferTimesOut() {
        server.serveStalled("/set/a.bin", FIRST, 100_000);
        Downloader downloader = new Downloader(HttpClient.newHttpClient(), Duration.ofMillis(300));

        DownloadException error = assertThrows(DownloadException.class,
                () -> downloader.fetch(entry("a.bin", sha256(FIRST)), cache, ProgressListener.NONE));

        assertEquals("Download of " + server.baseUrl().resolve("set/a.bin") + " stopped after 100000 of 300000 bytes:"
                + " no data arrived for 0.3 s. The partial file was deleted. Run the download again.", error.getMessage());
        assertFalse(Thread.currentThread().isInterrupted());
        assertFalse(Files.exists(cache.resolve("local/a.bin")));
        assertNoTemporaryFiles();
    }

    @Test
    void cachedFileSkipped() throws Exception {
        server.serve("/set/a.bin", FIRST);
        Files.createDirectories(cache.resolve("local"));
        Files.write(cache.resolve("local/a.bin"), FIRST);

        FetchResult result = new Downloader().fetch(entry("a.bin", sha256(FIRST)), cache, ProgressListener.NONE);

        assertEquals(0, server.requestCount());
        assertEquals(1, result.cachedCount());
        assertEquals(0, result.downloadedCount());
    }

    @Test
    void wrongCachedFileReplaced() throws Exception {
        server.serve("/set/a.bin", FIRST);
        Files.createDirectories(cache.resolve("local"));
        Files.writeString(cache.resolve("local/a.bin"), "truncated", StandardCharsets.UTF_8);

        FetchResult result = new Downloader().fetch(entry("a.bin", sha256(FIRST)), cache, ProgressListener.NONE);

        assertEquals(1, result.downloadedCount());
        assertArrayEquals(FIRST, Files.readAllBytes(cache.resolve("local/a.bin")));
    }

    @Test
    void missingFileReportsStatus() {
        DownloadException error = assertThrows(DownloadException.class,
                () -> new Downloader().fetch(entry("a.bin", sha256(FIRST)), cache, ProgressListener.NONE));

        assertEquals("Download of " + server.baseUrl().resolve("set/a.bin") + " failed with HTTP status 404."
                + " Check that the URL is reachable in a browser, or use a mirror.", error.getMessage());
        assertNoTemporaryFiles();
    }

    @Test
    void cancelDeletesPartialFile() {
        server.serve("/set/a.bin", FIRST);
        ProgressListener cancelAfterFirstChunk = new ProgressListener() {
            private boolean started;

            @Override
            public void progress(double fraction, String message) {
                started = true;
            }

            @Override
            public boolean isCanceled() {
                return started;
            }
        };

        assertThrows(CanceledException.class,
                () -> new Downloader().fetch(entry("a.bin", sha256(FIRST)), cache, cancelAfterFirstChunk));

        assertFalse(Files.exists(cache.resolve("local/a.bin")));
        assertNoTemporaryFiles();
    }

    @Test
    void unreachableHostReported() {
        DatasetEntry entry = new DatasetEntry("test", "local", "d", "l", URI.create("http://127.0.0.1:1/set/"),
                List.of(DatasetFile.of("a.bin", sha256(FIRST))));

        DownloadException error = assertThrows(DownloadException.class,
                () -> new Downloader().fetch(entry, cache, ProgressListener.NONE));

        assertTrue(error.getMessage().startsWith("Connection to http://127.0.0.1:1/set/a.bin failed: "),
                error.getMessage());
    }

    private DatasetEntry entry(String... pathsAndHashes) {
        List<DatasetFile> files = new ArrayList<>();
        for (int i = 0; i < pathsAndHashes.length; i += 2) {
            files.add(DatasetFile.of(pathsAndHashes[i], pathsAndHashes[i + 1]));
        }
        return new DatasetEntry("test", "local", "test files", "none", server.baseUrl().resolve("set/"), files);
    }

    private void assertNoTemporaryFiles() {
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> leftovers = files.filter(path -> path.getFileName().toString().endsWith(".part")).toList();
            assertEquals(List.of(), leftovers);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static final class RecordingListener implements ProgressListener {
        final List<Double> fractions = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public void progress(double fraction, String message) {
            fractions.add(fraction);
            messages.add(message);
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    }
}

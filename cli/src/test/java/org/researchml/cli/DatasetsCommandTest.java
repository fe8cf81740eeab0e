package org.researchml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.researchml.core.DataDirectory;
import picocli.CommandLine;

/** Runs {@code researchml datasets} against a local server that mirrors the project's data folder. */
class DatasetsCommandTest {

    @TempDir
    Path cache;

    @TempDir
    Path emptyMirror;

    private FolderServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startServer() throws IOException {
        server = new FolderServer(DataDirectory.require(null));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void downloadsThenSkipsCached() throws IOException {
        int exitCode = run("--cache", cache.toString(), "--mirror", server.baseUrl().toString(), "eegmmidb-S001");

        assertEquals(0, exitCode, err.toString());
        Path folder = cache.resolve("eeg/eegmmidb-S001");
        assertEquals(Files.size(DataDirectory.require(null).resolve("eeg/eegmmidb-S001/S001R03.edf")),
                Files.size(folder.resolve("S001R03.edf")));
        assertTrue(Files.isRegularFile(folder.resolve("S001R10.edf")));
        assertTrue(out.toString().startsWith("eegmmidb-S001 ready in " + folder + " (8 downloaded, 0 already present)."),
                out.toString());

        out.getBuffer().setLength(0);
        int secondExitCode = run("--cache", cache.toString(), "--mirror", server.baseUrl().toString(), "eegmmidb-S001");

        assertEquals(0, secondExitCode, err.toString());
        assertTrue(out.toString().contains("(0 downloaded, 8 already present)"), out.toString());
    }

    @Test
    void listShowsCacheState() {
        int exitCode = run("--cache", cache.toString(), "--list");

        assertEquals(0, exitCode, err.toString());
        String listing = out.toString();
        assertTrue(listing.contains("eegmmidb-S001: 0 of 8 files present in " + cache.resolve("eeg/eegmmidb-S001")),
                listing);
        assertTrue(listing.contains("drosophila-vnc: 0 of 60 files present"), listing);
        assertTrue(listing.contains("Source: https://physionet.org/files/eegmmidb/1.0.0/S001/"), listing);
    }

    @Test
    void unknownNameIsUsageError() {
        int exitCode = run("--cache", cache.toString(), "--list", "eegmmidb");

        assertEquals(CommandLine.ExitCode.USAGE, exitCode);
        assertTrue(err.toString().startsWith(
                "Unknown data set 'eegmmidb'. Known data sets: eegmmidb-S001, drosophila-vnc."), err.toString());
    }

    @Test
    void missingMirrorFileFails() throws IOException {
        try (FolderServer empty = new FolderServer(emptyMirror)) {
            int exitCode = run("--cache", cache.toString(), "--mirror", empty.baseUrl().toString(), "eegmmidb-S001");

            assertEquals(DatasetsCommand.EXIT_DOWNLOAD_FAILED, exitCode);
            assertEquals("Download of data set eegmmidb-S001 failed: Download of " + empty.baseUrl()
                    + "eeg/eegmmidb-S001/S001R03.edf failed with HTTP status 404. Check that the URL is reachable"
                    + " in a browser, or use a mirror.", err.toString().strip());
        }
    }

    @Test
    void invalidMirrorRejected() {
        int exitCode = run("--cache", cache.toString(), "--mirror", "ftp://example", "eegmmidb-S001");

        assertEquals(CommandLine.ExitCode.USAGE, exitCode);
        assertTrue(err.toString().startsWith("Invalid value for --mirror: the URL must start with http:// or https://"),
                err.toString());
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new DatasetsCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}

package org.researchml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.researchml.core.datasets.DatasetCatalog;
import org.researchml.core.datasets.DatasetEntry;
import org.researchml.core.datasets.Downloader;
import org.researchml.core.datasets.FetchResult;
import org.researchml.core.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code researchml datasets}: lists the public data sets and downloads them into a cache with SHA-256 checks. */
@Command(name = "datasets",
        description = {"Downloads the public data sets that the examples use and checks every file's SHA-256.",
            "Without NAME it downloads all of them. Files already present with the right hash are skipped."})
public final class DatasetsCommand implements Callable<Integer> {

    /** Exit code when a download fails or is canceled. */
    static final int EXIT_DOWNLOAD_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "${sys:user.home}/.cache/researchml",
            description = "Folder that receives the data sets (default: ${DEFAULT-VALUE}). It has the layout of"
                    + " a data folder, so you can pass it as --data-dir or RESEARCHML_DATA_DIR.")
    Path cacheDir;

    @Option(names = "--list", description = "List the data sets, their licence and how many of their files are"
            + " already in the cache, then exit without downloading.")
    boolean list;

    @Option(names = "--mirror", paramLabel = "URL", description = "Download from a mirror with the cache layout"
            + " (URL/eeg/eegmmidb-S001/S001R03.edf and so on) instead of the original hosts.")
    String mirror;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Data sets to download: ${COMPLETION-CANDIDATES}.",
            completionCandidates = DatasetNames.class)
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        DatasetCatalog catalog = catalog();
        List<DatasetEntry> selected = select(catalog);
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            printList(selected, out);
            return CommandLine.ExitCode.OK;
        }
        return download(selected, out, spec.commandLine().getErr());
    }

    private DatasetCatalog catalog() {
        if (mirror == null) {
            return DatasetCatalog.standard();
        }
        try {
            URI uri = new URI(mirror);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new URISyntaxException(mirror, "the URL must start with http:// or https://");
            }
            return DatasetCatalog.mirroredAt(uri);
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for --mirror: " + e.getMessage() + ".");
        }
    }

    private List<DatasetEntry> select(DatasetCatalog catalog) {
        if (names.isEmpty()) {
            return catalog.entries();
        }
        List<DatasetEntry> selected = new ArrayList<>();
        for (String name : names) {
            try {
                selected.add(catalog.find(name));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return selected;
    }

    private void printList(List<DatasetEntry> entries, PrintWriter out) throws IOException {
        for (DatasetEntry entry : entries) {
            int present = Downloader.countVerifiedFiles(entry, cacheDir);
            out.printf("%s: %d of %d files present in %s%n", entry.name(), present, entry.files().size(),
                    cacheDir.resolve(entry.folder()));
            out.printf("  %s%n", entry.description());
            out.printf("  Source: %s%n", entry.baseUrl());
            out.printf("  Licence: %s%n", entry.licence());
        }
        out.flush();
    }

    private int download(List<DatasetEntry> entries, PrintWriter out, PrintWriter err) {
        ConsoleProgressBar progress = ConsoleProgressBar.onStandardError();
        CountDownLatch finished = new CountDownLatch(1);
        // On Ctrl-C, cancel and give the downloader a moment to delete its temporary file before the JVM exits.
        Thread cancelOnInterrupt = new Thread(() -> {
            progress.cancel();
            try {
                finished.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "datasets-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            return downloadAll(entries, progress, out, err);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
            } catch (IllegalStateException shutdownUnderWay) {
                // The JVM is already exiting, so the hook runs anyway.
            }
        }
    }

    private int downloadAll(List<DatasetEntry> entries, ConsoleProgressBar progress, PrintWriter out,
            PrintWriter err) {
        Downloader downloader = new Downloader();
        for (DatasetEntry entry : entries) {
            try {
                FetchResult result = downloader.fetch(entry, cacheDir, progress);
                progress.finish();
                out.printf("%s ready in %s (%d downloaded, %d already present).%n", entry.name(), result.folder(),
                        result.downloadedCount(), result.cachedCount());
                out.printf("  Licence: %s%n", entry.licence());
                out.flush();
            } catch (IOException e) {
                progress.finish();
                err.println("Download of data set " + entry.name() + " failed: " + e.getMessage());
                err.flush();
                return EXIT_DOWNLOAD_FAILED;
            } catch (CanceledException e) {
                progress.finish();
                err.println("Download of data set " + entry.name() + " was canceled, and no partial file was kept.");
                err.flush();
                return EXIT_DOWNLOAD_FAILED;
            }
        }
        return CommandLine.ExitCode.OK;
    }

    /** Names of the catalog's data sets, for help text and shell completion. */
    static final class DatasetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DatasetCatalog.standard().entries().stream().map(DatasetEntry::name).iterator();
        }
    }
}

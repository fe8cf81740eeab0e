package org.researchml.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.researchml.core.DataDirectory;
import org.researchml.core.eeg.EegFiles;
import org.researchml.core.eeg.Recording;

/**
 * Measures how fast {@link EegFiles#load} reads whole EEGMMIDB runs (all 64 channels, all annotations).
 *
 * <p>Throughput is file bytes (10^6 bytes per MB) divided by wall time, so it includes header and
 * annotation parsing, decoding to physical values and array allocation.
 */
public final class EegReadBench {

    private EegReadBench() {
    }

    /**
     * Reads every {@code S*R*.edf} file of a folder {@code repetitions} times.
     *
     * @param folder folder with EEGMMIDB runs, for example {@code eeg/eegmmidb-S001} of the data folder
     * @param repetitions how often each file is read; must be at least 1
     * @return megabytes (10^6 bytes) of file read per second of wall time
     * @throws IllegalArgumentException if the folder contains no EEGMMIDB runs or repetitions is below 1
     */
    public static double readThroughputMegabytesPerSecond(Path folder, int repetitions) throws IOException {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions + ".");
        }
        List<Path> runs = eegmmidbRuns(folder);
        long bytesPerPass = 0;
        for (Path run : runs) {
            bytesPerPass += Files.size(run);
        }

        long checksum = 0;
        long start = System.nanoTime();
        for (int repetition = 0; repetition < repetitions; repetition++) {
            for (Path run : runs) {
                Recording recording = EegFiles.load(run, null, 0, Double.POSITIVE_INFINITY);
                // Using a sample keeps the JIT from discarding the read.
                checksum += (long) recording.channel(0)[recording.sampleCount() / 2];
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (checksum == Long.MIN_VALUE) {
            System.out.println("unreachable checksum " + checksum);
        }
        return bytesPerPass * (double) repetitions / 1e6 / seconds;
    }

    private static List<Path> eegmmidbRuns(Path folder) throws IOException {
        List<Path> runs;
        try (Stream<Path> files = Files.list(folder)) {
            runs = files.filter(file -> file.getFileName().toString().matches("S\\d{3}R\\d{2}\\.edf")).sorted()
                    .toList();
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("No EEGMMIDB runs (S001R03.edf, ...) found in " + folder + ".");
        }
        return runs;
    }

    /**
     * Runs the benchmark.
     *
     * @param args optional folder (default: {@code eeg/eegmmidb-S001} in the data folder) and optional
     *     repetitions (default 20)
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0])
                : DataDirectory.require(null).resolve("eeg/eegmmidb-S001");
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 20;

        // One warm-up pass lets the JIT compile the decoding loops before timing.
        readThroughputMegabytesPerSecond(folder, 2);
        double megabytesPerSecond = readThroughputMegabytesPerSecond(folder, repetitions);
        System.out.printf("EEGMMIDB full read (%s, %d repetitions): %.1f MB/s%n", folder, repetitions,
                megabytesPerSecond);
    }
}

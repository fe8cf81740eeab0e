package org.researchml.core.eeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.researchml.core.DataDirectory;

/** Paths of the shared test recordings and checks shared by the reader tests. */
public final class EegTestFiles {

    private EegTestFiles() {
    }

    /** Returns a file below the shared data folder, for example {@code eeg/formats/mne-python/test.edf}. */
    public static Path shared(String relativePath) {
        return DataDirectory.require(null).resolve(relativePath);
    }

    /** Returns an EEGMMIDB run of subject 1, for example {@code run(3)} for {@code S001R03.edf}. */
    public static Path eegmmidbRun(int run) {
        return shared(String.format("eeg/eegmmidb-S001/S001R%02d.edf", run));
    }

    /** Returns the sorted names of the files in a folder. */
    public static List<String> listNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts that a folder still contains exactly the named files, so a failed read wrote nothing. */
    public static void assertOnlyFiles(Path folder, String... names) throws IOException {
        assertEquals(Stream.of(names).sorted().toList(), listNames(folder), "files in " + folder);
    }
}

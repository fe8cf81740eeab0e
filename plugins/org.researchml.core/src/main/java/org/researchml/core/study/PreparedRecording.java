package org.researchml.core.study;

import java.nio.file.Path;

import org.researchml.core.eeg.Recording;

/**
 * A recording after channel selection, re-referencing and band-pass filtering, with one label per sample.
 *
 * @param file the file it was read from
 * @param recording the preprocessed samples
 * @param sampleLabels 0 (no event) or 1 (event) per sample
 */
public record PreparedRecording(Path file, Recording recording, int[] sampleLabels) {

    /** Returns the file name. */
    public String name() {
        return file.getFileName().toString();
    }
}

package org.researchml.core.eeg;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when an EEG file is damaged or does not follow its format; the message names the file and field. */
public class EegFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public EegFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public EegFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}

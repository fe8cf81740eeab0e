package org.researchml.core.datasets;

import java.io.IOException;
import java.net.URI;

/** Thrown when a data set file cannot be downloaded or does not match its expected SHA-256. */
public class DownloadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final URI url;

    public DownloadException(URI url, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    /** Returns the URL of the file that failed. */
    public URI url() {
        return url;
    }
}

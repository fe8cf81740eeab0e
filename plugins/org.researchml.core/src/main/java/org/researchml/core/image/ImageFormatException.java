package org.researchml.core.image;

import java.io.IOException;

/** Thrown when an image or mask file cannot be used; the message names the file and the fix. */
public class ImageFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ImageFormatException(String message) {
        super(message);
    }

    public ImageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

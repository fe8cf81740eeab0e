package org.researchml.core.progress;

/** Thrown when the user cancels long work; no partial result is kept. */
public class CanceledException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledException() {
        super("Canceled by the user.");
    }
}

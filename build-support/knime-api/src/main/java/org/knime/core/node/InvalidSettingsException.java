package org.knime.core.node;

/** Thrown when a setting is missing, has the wrong type or an invalid value. */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String message) {
        super(message);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    public InvalidSettingsException(final String message, final Throwable cause) {
        super(message, cause);
    }
}

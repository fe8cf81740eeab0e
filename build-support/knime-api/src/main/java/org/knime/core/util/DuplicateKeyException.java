package org.knime.core.util;

/** Thrown when a table receives a row key that it already contains. */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String m_key;

    public DuplicateKeyException(final String key) {
        super("Row key '" + key + "' occurs more than once.");
        m_key = key;
    }

    public String getKey() {
        return m_key;
    }
}

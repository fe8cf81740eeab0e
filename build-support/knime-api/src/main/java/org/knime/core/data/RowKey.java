package org.knime.core.data;

/** Unique identifier of a row within a table. */
public final class RowKey {

    private final String m_id;

    public RowKey(final String id) {
        if (id == null) {
            throw new IllegalArgumentException("A row key must not be null.");
        }
        m_id = id;
    }

    /** Creates the key {@code Row<index>}, the form KNIME uses for generated rows. */
    public static RowKey createRowKey(final long index) {
        return new RowKey("Row" + index);
    }

    public String getString() {
        return m_id;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof RowKey key && key.m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }

    @Override
    public String toString() {
        return m_id;
    }
}

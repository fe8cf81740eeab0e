package org.knime.core.data;

/** Cell that stands for an absent value in a column of any type. */
public final class MissingCell extends DataCell {

    private static final long serialVersionUID = 1L;

    private final String m_error;

    public MissingCell(final String error) {
        m_error = error;
    }

    public String getError() {
        return m_error;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    protected boolean equalsDataCell(final DataCell other) {
        return true;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "?";
    }
}

package org.knime.core.data;

/** Name and type of one column; created through {@link DataColumnSpecCreator}. */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = name;
        m_type = type;
    }

    public String getName() {
        return m_name;
    }

    public DataType getType() {
        return m_type;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataColumnSpec spec && spec.m_name.equals(m_name) && spec.m_type.equals(m_type);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() * 31 + m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}

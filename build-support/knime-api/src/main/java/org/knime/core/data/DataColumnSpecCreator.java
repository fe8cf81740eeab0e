package org.knime.core.data;

/** Builds a {@link DataColumnSpec}. */
public class DataColumnSpecCreator {

    private String m_name;

    private DataType m_type;

    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    public DataColumnSpecCreator(final DataColumnSpec spec) {
        this(spec.getName(), spec.getType());
    }

    public void setName(final String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A column name must not be null or blank.");
        }
        m_name = name;
    }

    public void setType(final DataType type) {
        if (type == null) {
            throw new IllegalArgumentException("A column type must not be null.");
        }
        m_type = type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}

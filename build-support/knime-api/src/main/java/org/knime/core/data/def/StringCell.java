package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/** Cell holding a string. */
public final class StringCell extends DataCell implements StringValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String m_value;

    public StringCell(final String value) {
        if (value == null) {
            throw new NullPointerException("The value of a StringCell must not be null; use a missing cell.");
        }
        m_value = value;
    }

    @Override
    public String getStringValue() {
        return m_value;
    }

    @Override
    protected boolean equalsDataCell(final DataCell other) {
        return ((StringCell)other).m_value.equals(m_value);
    }

    @Override
    public int hashCode() {
        return m_value.hashCode();
    }

    @Override
    public String toString() {
        return m_value;
    }
}

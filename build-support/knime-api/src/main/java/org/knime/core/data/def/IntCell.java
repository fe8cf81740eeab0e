package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/** Cell holding an int. */
public final class IntCell extends DataCell implements IntValue, LongValue, DoubleValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(IntCell.class);

    private final int m_value;

    public IntCell(final int value) {
        m_value = value;
    }

    @Override
    public int getIntValue() {
        return m_value;
    }

    @Override
    public long getLongValue() {
        return m_value;
    }

    @Override
    public double getDoubleValue() {
        return m_value;
    }

    @Override
    protected boolean equalsDataCell(final DataCell other) {
        return ((IntCell)other).m_value == m_value;
    }

    @Override
    public int hashCode() {
        return m_value;
    }

    @Override
    public String toString() {
        return Integer.toString(m_value);
    }
}

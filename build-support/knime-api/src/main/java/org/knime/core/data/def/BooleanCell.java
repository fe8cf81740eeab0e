package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/** Cell holding a boolean; use {@link #TRUE}, {@link #FALSE} or {@link BooleanCellFactory#create(boolean)}. */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    public static final BooleanCell TRUE = new BooleanCell(true);

    public static final BooleanCell FALSE = new BooleanCell(false);

    private final boolean m_value;

    private BooleanCell(final boolean value) {
        m_value = value;
    }

    @Override
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    public int getIntValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public long getLongValue() {
        return getIntValue();
    }

    @Override
    public double getDoubleValue() {
        return getIntValue();
    }

    @Override
    protected boolean equalsDataCell(final DataCell other) {
        return ((BooleanCell)other).m_value == m_value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(m_value);
    }

    @Override
    public String toString() {
        return Boolean.toString(m_value);
    }

    /** Creates boolean cells. */
    public static final class BooleanCellFactory {

        private BooleanCellFactory() {
        }

        public static DataCell create(final boolean value) {
            return value ? TRUE : FALSE;
        }
    }
}

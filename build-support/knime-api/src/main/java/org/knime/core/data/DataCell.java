package org.knime.core.data;

import java.io.Serializable;

/** Immutable value in one column of one row. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    protected DataCell() {
    }

    public final DataType getType() {
        return DataType.getType(getClass());
    }

    public boolean isMissing() {
        return false;
    }

    /** Compares with a cell of the same class. */
    protected abstract boolean equalsDataCell(DataCell other);

    @Override
    public final boolean equals(final Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DataCell cell) || cell.getClass() != getClass()) {
            return false;
        }
        return equalsDataCell(cell);
    }

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}

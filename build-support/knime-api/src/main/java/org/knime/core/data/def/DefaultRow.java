package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Row backed by an array of cells. */
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final DataCell[] m_cells;

    public DefaultRow(final RowKey key, final DataCell... cells) {
        if (key == null) {
            throw new IllegalArgumentException("A row key must not be null.");
        }
        m_key = key;
        m_cells = cells.clone();
    }

    public DefaultRow(final String key, final DataCell... cells) {
        this(new RowKey(key), cells);
    }

    public DefaultRow(final RowKey key, final List<? extends DataCell> cells) {
        this(key, cells.toArray(new DataCell[0]));
    }

    @Override
    public int getNumCells() {
        return m_cells.length;
    }

    @Override
    public RowKey getKey() {
        return m_key;
    }

    @Override
    public DataCell getCell(final int index) {
        return m_cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return List.of(m_cells).iterator();
    }

    @Override
    public String toString() {
        return m_key + ": " + List.of(m_cells);
    }
}

package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.RowKey;
import org.knime.core.util.DuplicateKeyException;

/**
 * Collects rows of one spec until {@link #close()}, then offers them as a table. The stand-in keeps all rows in
 * memory and checks cell counts, cell types and unique row keys on each added row.
 */
public class DataContainer implements RowAppender {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private boolean m_closed;

    public DataContainer(final DataTableSpec spec) {
        m_spec = spec;
    }

    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Rows cannot be added after the container is closed.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "' has " + row.getNumCells()
                + " cells, but the table has " + m_spec.getNumColumns() + " columns.");
        }
        for (int i = 0; i < row.getNumCells(); i++) {
            DataCell cell = row.getCell(i);
            if (cell == null) {
                throw new NullPointerException("Cell " + i + " of row '" + row.getKey() + "' is null.");
            }
            Class<? extends DataCell> expected = m_spec.getColumnSpec(i).getType().getCellClass();
            if (!cell.isMissing() && !expected.isInstance(cell)) {
                throw new IllegalArgumentException("Cell " + i + " of row '" + row.getKey() + "' is a "
                    + cell.getType() + ", but column '" + m_spec.getColumnSpec(i).getName() + "' has type "
                    + m_spec.getColumnSpec(i).getType() + ".");
            }
        }
        if (!m_keys.add(row.getKey())) {
            throw new DuplicateKeyException(row.getKey().getString());
        }
        m_rows.add(row);
    }

    public void close() {
        m_closed = true;
    }

    public boolean isClosed() {
        return m_closed;
    }

    public long size() {
        return m_rows.size();
    }

    /** Returns the rows added so far; only valid after {@link #close()}. */
    protected final List<DataRow> rows() {
        if (!m_closed) {
            throw new IllegalStateException("The container must be closed before its table is read.");
        }
        return Collections.unmodifiableList(m_rows);
    }

    public DataTable getTable() {
        List<DataRow> rows = rows();
        return new DataTable() {
            @Override
            public DataTableSpec getDataTableSpec() {
                return m_spec;
            }

            @Override
            public RowIterator iterator() {
                java.util.Iterator<DataRow> it = rows.iterator();
                return new RowIterator() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public DataRow next() {
                        return it.next();
                    }
                };
            }
        };
    }
}

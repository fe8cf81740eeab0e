package org.knime.core.node;

import java.util.Iterator;
import java.util.List;

import javax.swing.JComponent;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** Table passed between nodes; the stand-in keeps its rows in memory. Created by {@link BufferedDataContainer}. */
public final class BufferedDataTable implements DataTable, PortObject {

    /** Port type of data table ports. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** Port type of optional data table ports, which may stay unconnected. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = rows;
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    /** Returns the number of rows. */
    public long size() {
        return m_rows.size();
    }

    @Override
    public CloseableRowIterator iterator() {
        Iterator<DataRow> rows = m_rows.iterator();
        return new CloseableRowIterator() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public DataRow next() {
                return rows.next();
            }

            @Override
            public void close() {
                // Nothing to release for rows in memory.
            }
        };
    }

    @Override
    public String getSummary() {
        return "Rows: " + m_rows.size() + ", Cols: " + m_spec.getNumColumns();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}

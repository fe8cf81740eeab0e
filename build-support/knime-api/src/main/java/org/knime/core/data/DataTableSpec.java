package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/** Ordered columns of a table; column names are unique. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private final String m_name;

    private final DataColumnSpec[] m_columns;

    private final Map<String, Integer> m_indexByName = new HashMap<>();

    public DataTableSpec(final DataColumnSpec... columns) {
        this("default", columns);
    }

    public DataTableSpec(final String name, final DataColumnSpec... columns) {
        m_name = name;
        m_columns = columns.clone();
        for (int i = 0; i < m_columns.length; i++) {
            if (m_indexByName.put(m_columns[i].getName(), i) != null) {
                throw new IllegalArgumentException("Column name '" + m_columns[i].getName() + "' is not unique.");
            }
        }
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        this("default", names, types);
    }

    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, columns(names, types));
    }

    private static DataColumnSpec[] columns(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException(names.length + " column names but " + types.length + " types.");
        }
        DataColumnSpec[] columns = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return columns;
    }

    public String getName() {
        return m_name;
    }

    public int getNumColumns() {
        return m_columns.length;
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns[index];
    }

    /** Returns the column with this name, or {@code null}. */
    public DataColumnSpec getColumnSpec(final String name) {
        int index = findColumnIndex(name);
        return index < 0 ? null : m_columns[index];
    }

    /** Returns the index of the column with this name, or -1. */
    public int findColumnIndex(final String name) {
        Integer index = m_indexByName.get(name);
        return index == null ? -1 : index;
    }

    public boolean containsName(final String name) {
        return m_indexByName.containsKey(name);
    }

    public String[] getColumnNames() {
        return Arrays.stream(m_columns).map(DataColumnSpec::getName).toArray(String[]::new);
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return List.of(m_columns).iterator();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataTableSpec spec && Arrays.equals(spec.m_columns, m_columns);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_columns);
    }

    @Override
    public String toString() {
        return "DataTableSpec[" + m_name + ": " + Arrays.toString(m_columns) + "]";
    }
}

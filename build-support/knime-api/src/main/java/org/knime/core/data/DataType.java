package org.knime.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Type of a column: the cell class and the value interfaces its cells implement. */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private static final DataCell MISSING = new MissingCell(null);

    private final Class<? extends DataCell> m_cellClass;

    private final List<Class<? extends DataValue>> m_valueClasses;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        List<Class<? extends DataValue>> values = new ArrayList<>();
        collectValues(cellClass, values);
        m_valueClasses = Collections.unmodifiableList(values);
    }

    private static void collectValues(final Class<?> type, final List<Class<? extends DataValue>> values) {
        if (type == null) {
            return;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(implemented) && !values.contains(implemented)) {
                values.add(implemented.asSubclass(DataValue.class));
            }
            collectValues(implemented, values);
        }
        collectValues(type.getSuperclass(), values);
    }

    /** Returns the type of cells of this class. */
    public static DataType getType(final Class<? extends DataCell> cellClass) {
        return TYPES.computeIfAbsent(cellClass, DataType::new);
    }

    /** Returns the cell that marks a missing value. */
    public static DataCell getMissingCell() {
        return MISSING;
    }

    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** Returns whether cells of this type implement the value interface. */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    public List<Class<? extends DataValue>> getValueClasses() {
        return m_valueClasses;
    }

    public String getName() {
        String name = m_cellClass.getSimpleName();
        return name.endsWith("Cell") ? name.substring(0, name.length() - 4) : name;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType type && type.m_cellClass == m_cellClass;
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }
}

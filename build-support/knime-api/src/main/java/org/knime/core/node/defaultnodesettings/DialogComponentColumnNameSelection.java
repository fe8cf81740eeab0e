package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Drop-down list of the input table's columns whose type is compatible with one of the given value classes.
 *
 * <p>NOTE: stand-in only; the real component also offers a RowID entry for {@code SettingsModelColumnName} and
 * renders column types with icons.
 */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private final JComboBox<String> m_combo = new JComboBox<>();

    private final String m_label;

    private final int m_specIndex;

    private final boolean m_isRequired;

    private final List<Class<? extends DataValue>> m_typeList;

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        super(model);
        if (classFilter == null || classFilter.length == 0) {
            throw new IllegalArgumentException("The column selection '" + label + "' needs at least one value class.");
        }
        m_label = label;
        m_specIndex = specIndex;
        m_isRequired = isRequired;
        m_typeList = Arrays.asList(classFilter);
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_combo);
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        DataTableSpec spec = specs == null || m_specIndex >= specs.length ? null : (DataTableSpec)specs[m_specIndex];
        m_combo.removeAllItems();
        if (spec != null) {
            for (DataColumnSpec column : spec) {
                if (m_typeList.stream().anyMatch(type -> column.getType().isCompatible(type))) {
                    m_combo.addItem(column.getName());
                }
            }
        }
        if (m_isRequired && m_combo.getItemCount() == 0) {
            throw new NotConfigurableException("No column in the input table is compatible with "
                + m_typeList.stream().map(Class::getSimpleName).toList() + " for '" + m_label + "'.");
        }
    }

    /** Returns the name of the selected column, or {@code null} if there is none. */
    public final String getSelected() {
        return (String)m_combo.getSelectedItem();
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        boolean listed = false;
        for (int i = 0; i < m_combo.getItemCount(); i++) {
            listed |= m_combo.getItemAt(i).equals(value);
        }
        if (listed) {
            m_combo.setSelectedItem(value);
        } else if (m_combo.getItemCount() > 0) {
            m_combo.setSelectedIndex(0);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String selected = getSelected();
        if (selected == null) {
            if (m_isRequired) {
                throw new InvalidSettingsException("Please select a column for '" + m_label + "'.");
            }
            return;
        }
        ((SettingsModelString)getModel()).setStringValue(selected);
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_combo.setToolTipText(text);
    }
}

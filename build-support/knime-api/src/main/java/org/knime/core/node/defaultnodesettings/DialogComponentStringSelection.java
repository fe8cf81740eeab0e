package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Drop-down list for a string setting with a fixed set of values. */
public class DialogComponentStringSelection extends DialogComponent {

    private final JComboBox<String> m_combo = new JComboBox<>();

    private final String m_label;

    public DialogComponentStringSelection(final SettingsModelString model, final String label,
        final String... list) {
        this(model, label, Arrays.asList(list));
    }

    public DialogComponentStringSelection(final SettingsModelString model, final String label,
        final Collection<String> list) {
        super(model);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("The selection list of '" + label + "' must not be empty.");
        }
        m_label = label;
        list.forEach(m_combo::addItem);
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_combo);
        updateComponent();
    }

    /** Replaces the choices and selects {@code select}, or the first choice if it is null. */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        m_combo.removeAllItems();
        newItems.forEach(m_combo::addItem);
        m_combo.setSelectedItem(select == null ? m_combo.getItemAt(0) : select);
    }

    List<String> items() {
        String[] items = new String[m_combo.getItemCount()];
        for (int i = 0; i < items.length; i++) {
            items[i] = m_combo.getItemAt(i);
        }
        return List.of(items);
    }

    @Override
    protected void updateComponent() {
        m_combo.setSelectedItem(((SettingsModelString)getModel()).getStringValue());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        Object selected = m_combo.getSelectedItem();
        if (selected == null) {
            throw new InvalidSettingsException("Please select a value for '" + m_label + "'.");
        }
        ((SettingsModelString)getModel()).setStringValue(selected.toString());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // A fixed list works with any input.
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

package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListSelectionModel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** List with multiple selection for a string array setting. */
public class DialogComponentStringListSelection extends DialogComponent {

    private final JList<String> m_list;

    private final List<String> m_items;

    private final boolean m_required;

    private final String m_label;

    public DialogComponentStringListSelection(final SettingsModelStringArray model, final String label,
        final String... list) {
        this(model, label, Arrays.asList(list), false, 5);
    }

    public DialogComponentStringListSelection(final SettingsModelStringArray model, final String label,
        final Collection<String> list, final boolean required, final int visibleRowCount) {
        this(model, label, list, ListSelectionModel.MULTIPLE_INTERVAL_SELECTION, required, visibleRowCount);
    }

    public DialogComponentStringListSelection(final SettingsModelStringArray model, final String label,
        final Collection<String> list, final int selectionMode, final boolean required, final int visibleRowCount) {
        super(model);
        m_label = label;
        m_required = required;
        m_items = new ArrayList<>(list);
        m_list = new JList<>(m_items.toArray(new String[0]));
        m_list.setSelectionMode(selectionMode);
        m_list.setVisibleRowCount(visibleRowCount);
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_list);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        List<String> selected = List.of(((SettingsModelStringArray)getModel()).getStringArrayValue());
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < m_items.size(); i++) {
            if (selected.contains(m_items.get(i))) {
                indices.add(i);
            }
        }
        m_list.setSelectedIndices(indices.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        List<String> selected = m_list.getSelectedValuesList();
        if (m_required && selected.isEmpty()) {
            throw new InvalidSettingsException("Please select at least one value for '" + m_label + "'.");
        }
        ((SettingsModelStringArray)getModel()).setStringArrayValue(selected.toArray(new String[0]));
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // A fixed list works with any input.
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_list.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_list.setToolTipText(text);
    }

    /**
     * Replaces the choices. The items in {@code select} are selected, or the model's values when none are given; if
     * none of them is a choice, the first choice is selected, as in KNIME.
     *
     * @throws NullPointerException if {@code newItems} is null or empty, as in KNIME
     */
    public void replaceListItems(final Collection<String> newItems, final String... select) {
        if (newItems == null || newItems.isEmpty()) {
            throw new NullPointerException("The container with the new items can't be null");
        }
        String[] chosen = select == null || select.length == 0
            ? ((SettingsModelStringArray)getModel()).getStringArrayValue() : select;
        m_items.clear();
        m_items.addAll(newItems);
        m_list.setListData(m_items.toArray(new String[0]));
        List<Integer> indices = new ArrayList<>();
        List<String> wanted = chosen == null ? List.of() : Arrays.asList(chosen);
        for (int i = 0; i < m_items.size(); i++) {
            if (wanted.contains(m_items.get(i))) {
                indices.add(i);
            }
        }
        if (indices.isEmpty()) {
            indices.add(0);
        }
        m_list.setSelectedIndices(indices.stream().mapToInt(Integer::intValue).toArray());
    }
}

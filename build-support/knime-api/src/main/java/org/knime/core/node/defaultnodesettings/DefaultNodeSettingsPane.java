package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Dialog built from dialog components, laid out top to bottom in tabs and titled groups. */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private final List<DialogComponent> m_components = new ArrayList<>();

    private JPanel m_currentTab;

    private JPanel m_currentGroup;

    public DefaultNodeSettingsPane() {
        createNewTab("Options");
    }

    /** Adds a component to the current group, or to the current tab outside any group. */
    public void addDialogComponent(final DialogComponent component) {
        m_components.add(component);
        (m_currentGroup != null ? m_currentGroup : m_currentTab).add(component.getComponentPanel());
    }

    /** Starts a titled group; the components added next go into it. */
    public void createNewGroup(final String title) {
        closeCurrentGroup();
        m_currentGroup = new JPanel();
        m_currentGroup.setLayout(new BoxLayout(m_currentGroup, BoxLayout.Y_AXIS));
        m_currentGroup.setBorder(BorderFactory.createTitledBorder(title));
        m_currentTab.add(m_currentGroup);
    }

    public void closeCurrentGroup() {
        m_currentGroup = null;
    }

    /** Starts a new tab; the components added next go into it. */
    public void createNewTab(final String title) {
        closeCurrentGroup();
        m_currentTab = new JPanel();
        m_currentTab.setLayout(new BoxLayout(m_currentTab, BoxLayout.Y_AXIS));
        addTab(title, m_currentTab);
    }

    /** Sets whether the components added next are placed side by side; the stand-in ignores the layout. */
    public void setHorizontalPlacement(final boolean horizontal) {
        // Layout only; no effect on settings.
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent component : m_components) {
            component.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent component : m_components) {
            component.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /** Loads settings that no dialog component shows. */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        // Nothing beyond the components by default.
    }

    /** Saves settings that no dialog component shows. */
    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // Nothing beyond the components by default.
    }
}

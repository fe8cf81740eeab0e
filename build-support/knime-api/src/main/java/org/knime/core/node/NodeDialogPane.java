package org.knime.core.node;

import java.awt.Component;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.swing.JPanel;

import org.knime.core.node.port.PortObjectSpec;

/** Dialog of a node: tabs of Swing components that load and save the node settings. */
public abstract class NodeDialogPane {

    private final JPanel m_panel = new JPanel();

    private final Map<String, Component> m_tabs = new LinkedHashMap<>();

    protected NodeDialogPane() {
    }

    public final JPanel getPanel() {
        return m_panel;
    }

    protected final void addTab(final String title, final Component component) {
        m_tabs.put(title, component);
        m_panel.add(component);
    }

    /** Returns the tab component with this title, or {@code null}. */
    protected Component getTab(final String title) {
        return m_tabs.get(title);
    }

    /** Loads settings into the dialog components. */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        // Dialogs that show settings override this method.
    }

    /** Writes the values of the dialog components. */
    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;
}

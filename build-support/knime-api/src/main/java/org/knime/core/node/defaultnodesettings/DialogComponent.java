package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;
import javax.swing.event.ChangeEvent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Swing component that edits one settings model. */
public abstract class DialogComponent {

    private final SettingsModel m_model;

    private final JPanel m_panel = new JPanel();

    protected DialogComponent(final SettingsModel model) {
        m_model = model;
        m_model.addChangeListener((final ChangeEvent e) -> {
            updateComponent();
            setEnabledComponents(m_model.isEnabled());
        });
    }

    public final JPanel getComponentPanel() {
        return m_panel;
    }

    public final SettingsModel getModel() {
        return m_model;
    }

    /** Loads the model from the settings, then shows its value. */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        checkConfigurabilityBeforeLoad(specs);
        m_model.dlgLoadSettingsFrom(settings, specs);
        updateComponent();
    }

    /** Copies the shown value into the model, then saves the model. */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        validateSettingsBeforeSave();
        m_model.dlgSaveSettingsTo(settings);
    }

    /** Shows the model's current value. */
    protected abstract void updateComponent();

    /** Copies the shown value into the model; throws if it is invalid. */
    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs) throws NotConfigurableException;

    protected abstract void setEnabledComponents(boolean enabled);

    public abstract void setToolTipText(String text);
}

package org.knime.core.node.defaultnodesettings;

import javax.swing.JCheckBox;

import org.knime.core.node.port.PortObjectSpec;

/** Check box for a boolean setting. */
public class DialogComponentBoolean extends DialogComponent {

    private final JCheckBox m_checkBox;

    public DialogComponentBoolean(final SettingsModelBoolean model, final String label) {
        super(model);
        m_checkBox = new JCheckBox(label);
        getComponentPanel().add(m_checkBox);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        m_checkBox.setSelected(((SettingsModelBoolean)getModel()).getBooleanValue());
    }

    @Override
    protected void validateSettingsBeforeSave() {
        ((SettingsModelBoolean)getModel()).setBooleanValue(m_checkBox.isSelected());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // A check box works with any input.
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_checkBox.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_checkBox.setToolTipText(text);
    }
}

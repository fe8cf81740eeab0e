package org.knime.core.node.defaultnodesettings;

import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Text field for a string setting. */
public class DialogComponentString extends DialogComponent {

    private final JTextField m_field;

    private final boolean m_disallowEmpty;

    private final String m_label;

    public DialogComponentString(final SettingsModelString model, final String label) {
        this(model, label, false, 15);
    }

    public DialogComponentString(final SettingsModelString model, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(model);
        m_label = label;
        m_disallowEmpty = disallowEmptyString;
        m_field = new JTextField(compWidth);
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_field);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        m_field.setText(value == null ? "" : value);
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String text = m_field.getText();
        if (m_disallowEmpty && (text == null || text.isEmpty())) {
            throw new InvalidSettingsException("Please enter a value for '" + m_label + "'.");
        }
        ((SettingsModelString)getModel()).setStringValue(text);
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // Text input works with any input.
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_field.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_field.setToolTipText(text);
    }
}

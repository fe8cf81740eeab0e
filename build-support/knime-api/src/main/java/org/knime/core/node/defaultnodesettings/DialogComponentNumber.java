package org.knime.core.node.defaultnodesettings;

import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Number field for an integer or double setting. */
public class DialogComponentNumber extends DialogComponent {

    private final JTextField m_field;

    private final String m_label;

    public DialogComponentNumber(final SettingsModelNumber model, final String label, final Number stepSize) {
        this(model, label, stepSize, 10);
    }

    public DialogComponentNumber(final SettingsModelNumber model, final String label, final Number stepSize,
        final int compWidth) {
        super(model);
        m_label = label;
        m_field = new JTextField(compWidth);
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_field);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        m_field.setText(((SettingsModelNumber)getModel()).getNumberValueStr());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        try {
            ((SettingsModelNumber)getModel()).setNumberValueStr(m_field.getText());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid value for '" + m_label + "': " + e.getMessage(), e);
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // Number input works with any input.
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

package org.knime.core.node.defaultnodesettings;

import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Path field for a string setting that names a file or folder. The stand-in shows a text field only; the real
 * component adds a browse button and a history of recent paths.
 */
public class DialogComponentFileChooser extends DialogComponent {

    private final JTextField m_field = new JTextField(30);

    private final boolean m_directoryOnly;

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final String... validExtensions) {
        this(stringModel, historyID, JFileChooser.OPEN_DIALOG, false, validExtensions);
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly) {
        this(stringModel, historyID, dialogType, directoryOnly, new String[0]);
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final String... validExtensions) {
        this(stringModel, historyID, dialogType, false, validExtensions);
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly, final String... validExtensions) {
        super(stringModel);
        m_directoryOnly = directoryOnly;
        getComponentPanel().add(new JLabel(directoryOnly ? "Selected Directory:" : "Selected File:"));
        getComponentPanel().add(m_field);
        updateComponent();
    }

    boolean isDirectoryOnly() {
        return m_directoryOnly;
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        m_field.setText(value == null ? "" : value);
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        ((SettingsModelString)getModel()).setStringValue(m_field.getText().trim());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // A path field works with any input.
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

package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/** String array setting, for example a selection from a list. */
public class SettingsModelStringArray extends SettingsModel {

    private final String m_configName;

    private String[] m_value;

    public SettingsModelStringArray(final String configName, final String[] defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The config name must be a non-empty string.");
        }
        m_configName = configName;
        m_value = defaultValue == null ? new String[0] : defaultValue.clone();
    }

    public String[] getStringArrayValue() {
        return m_value.clone();
    }

    public void setStringArrayValue(final String[] value) {
        String[] next = value == null ? new String[0] : value.clone();
        boolean changed = !java.util.Arrays.equals(m_value, next);
        m_value = next;
        if (changed) {
            notifyChangeListeners();
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelStringArray createClone() {
        return new SettingsModelStringArray(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_stringarray";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        setStringArrayValue(settings.getStringArray(m_configName, m_value));
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getStringArray(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setStringArrayValue(settings.getStringArray(m_configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addStringArray(m_configName, m_value);
    }
}

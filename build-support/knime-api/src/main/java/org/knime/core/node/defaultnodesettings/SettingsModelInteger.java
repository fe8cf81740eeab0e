package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/** Integer setting. */
public class SettingsModelInteger extends SettingsModelNumber implements SettingsModelFlowVariableCompatible {

    private final String m_configName;

    private int m_value;

    public SettingsModelInteger(final String configName, final int defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The config name must be a non-empty string.");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    public int getIntValue() {
        return m_value;
    }

    public void setIntValue(final int value) {
        validateValue(value);
        boolean changed = m_value != value;
        m_value = value;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** Throws IllegalArgumentException if the value is not allowed; subclasses add bounds. */
    protected void validateValue(final int value) {
        // Any int is allowed.
    }

    @Override
    public String getKey() {
        return m_configName;
    }

    @Override
    protected void setNumberValueStr(final String value) {
        setIntValue(Integer.parseInt(value.trim()));
    }

    @Override
    protected String getNumberValueStr() {
        return Integer.toString(m_value);
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelInteger createClone() {
        return new SettingsModelInteger(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_integer";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        try {
            setIntValue(settings.getInt(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // Keep the current value when the stored one is out of range.
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        int value = settings.getInt(m_configName);
        try {
            validateValue(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setIntValue(settings.getInt(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addInt(m_configName, m_value);
    }
}

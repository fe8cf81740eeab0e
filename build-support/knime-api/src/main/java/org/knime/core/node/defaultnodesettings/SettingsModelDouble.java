package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/** Double setting. */
public class SettingsModelDouble extends SettingsModelNumber implements SettingsModelFlowVariableCompatible {

    private final String m_configName;

    private double m_value;

    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The config name must be a non-empty string.");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    public double getDoubleValue() {
        return m_value;
    }

    public void setDoubleValue(final double value) {
        validateValue(value);
        boolean changed = Double.compare(m_value, value) != 0;
        m_value = value;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** Throws IllegalArgumentException if the value is not allowed; subclasses add bounds. */
    protected void validateValue(final double value) {
        // Any double is allowed.
    }

    @Override
    public String getKey() {
        return m_configName;
    }

    @Override
    protected void setNumberValueStr(final String value) {
        setDoubleValue(Double.parseDouble(value.trim()));
    }

    @Override
    protected String getNumberValueStr() {
        return Double.toString(m_value);
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        try {
            setDoubleValue(settings.getDouble(m_configName, m_value));
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
        double value = settings.getDouble(m_configName);
        try {
            validateValue(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setDoubleValue(settings.getDouble(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(m_configName, m_value);
    }
}

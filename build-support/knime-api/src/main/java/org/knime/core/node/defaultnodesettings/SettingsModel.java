package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * One setting shared by a node model and its dialog. Saving writes the value under the config name and a child
 * config {@code <configName>_Internals} with {@code SettingsModelID} and {@code EnabledStatus}.
 */
public abstract class SettingsModel {

    /** Suffix of the child config that stores the model type and enabled status. */
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    public SettingsModel() {
    }

    /** Returns a copy of this model with the value read from the settings. */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T result = createClone();
        ((SettingsModel)result).readInternals(settings);
        ((SettingsModel)result).loadSettingsForModel(settings);
        return result;
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    public void addChangeListener(final ChangeListener listener) {
        if (!m_listeners.contains(listener)) {
            m_listeners.add(listener);
        }
    }

    public void removeChangeListener(final ChangeListener listener) {
        m_listeners.remove(listener);
    }

    protected void notifyChangeListeners() {
        for (ChangeListener listener : m_listeners) {
            listener.stateChanged(new ChangeEvent(this));
        }
    }

    public void setEnabled(final boolean enabled) {
        boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public boolean isEnabled() {
        return m_enabled;
    }

    /** Checks the value in the settings without taking it; a model saved as disabled is not checked. */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean enabledBefore = m_enabled;
        readInternals(settings);
        boolean savedEnabled = m_enabled;
        m_enabled = enabledBefore;
        if (savedEnabled) {
            validateSettingsForModel(settings);
        }
    }

    /** Takes the value from the settings; errors of a model saved as disabled are ignored. */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readInternals(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        writeInternals(settings);
        saveSettingsForModel(settings);
    }

    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readInternals(settings);
        } catch (InvalidSettingsException e) {
            // A dialog opens on empty or foreign settings with the current values.
        }
        loadSettingsForDialog(settings, specs);
    }

    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        writeInternals(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    private void writeInternals(final NodeSettingsWO settings) {
        NodeSettingsWO internals = settings.addNodeSettings(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    private void readInternals(final NodeSettingsRO settings) throws InvalidSettingsException {
        String key = getConfigName() + CFGKEY_INTERNAL;
        if (!settings.containsKey(key)) {
            // Settings written without the internals, for example by hand, keep the current enabled status.
            return;
        }
        NodeSettingsRO internals = settings.getNodeSettings(key);
        String modelId = internals.getString(CFGKEY_MODELID);
        if (!getModelTypeID().equals(modelId)) {
            throw new InvalidSettingsException("Setting '" + getConfigName() + "' was written by a " + modelId
                + " model and cannot be read by a " + getModelTypeID() + " model.");
        }
        m_enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + getConfigName() + "')";
    }
}

package org.knime.core.node.config.base;

import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Read access to a tree of typed settings. Getters without a default throw {@link InvalidSettingsException} when
 * the key is missing or has another type; getters with a default return the default in that case.
 */
public interface ConfigBaseRO {

    String getKey();

    boolean containsKey(String key);

    Set<String> keySet();

    int getInt(String key) throws InvalidSettingsException;

    int getInt(String key, int def);

    long getLong(String key) throws InvalidSettingsException;

    long getLong(String key, long def);

    double getDouble(String key) throws InvalidSettingsException;

    double getDouble(String key, double def);

    boolean getBoolean(String key) throws InvalidSettingsException;

    boolean getBoolean(String key, boolean def);

    String getString(String key) throws InvalidSettingsException;

    String getString(String key, String def);

    int[] getIntArray(String key) throws InvalidSettingsException;

    int[] getIntArray(String key, int... def);

    double[] getDoubleArray(String key) throws InvalidSettingsException;

    double[] getDoubleArray(String key, double... def);

    String[] getStringArray(String key) throws InvalidSettingsException;

    String[] getStringArray(String key, String... def);
}

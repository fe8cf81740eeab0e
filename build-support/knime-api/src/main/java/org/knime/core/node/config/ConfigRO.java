package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Read access to a config and its child configs. */
public interface ConfigRO extends ConfigBaseRO {

    ConfigRO getConfig(String key) throws InvalidSettingsException;
}

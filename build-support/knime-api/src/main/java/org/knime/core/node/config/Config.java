package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** Config with child configs of its own kind. */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    protected Config(final String key) {
        super(key);
    }

    @Override
    public Config getConfig(final String key) throws InvalidSettingsException {
        return (Config)getConfigBase(key);
    }

    @Override
    public Config addConfig(final String key) {
        return (Config)addConfigBase(key);
    }
}

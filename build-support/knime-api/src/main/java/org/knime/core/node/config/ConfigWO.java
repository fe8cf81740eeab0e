package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Write access to a config and its child configs. */
public interface ConfigWO extends ConfigBaseWO {

    ConfigWO addConfig(String key);
}

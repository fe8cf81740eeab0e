package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Write access to model content. */
public interface ModelContentWO extends ConfigWO {

    ModelContentWO addModelContent(String key);
}

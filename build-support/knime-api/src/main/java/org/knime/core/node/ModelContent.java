package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.base.ConfigBase;

/** Typed model content, stored in the same XMLConfig format as node settings. */
public final class ModelContent extends org.knime.core.node.config.Config implements ModelContentRO, ModelContentWO {

    public ModelContent(final String key) {
        super(key);
    }

    @Override
    protected ConfigBase getInstance(final String key) {
        return new ModelContent(key);
    }

    @Override
    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)getConfigBase(key);
    }

    @Override
    public ModelContent addModelContent(final String key) {
        return (ModelContent)addConfigBase(key);
    }

    /** Reads content written by {@link #saveToXML(java.io.OutputStream)}. */
    public static ModelContentRO loadFromXML(final InputStream in) throws IOException {
        ModelContent content = new ModelContent("ignored");
        ConfigBase.loadFromXML(content, in);
        return content;
    }
}

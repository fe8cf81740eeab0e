package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.base.ConfigBase;

/** Settings of a node, stored as an XMLConfig tree. */
public final class NodeSettings extends org.knime.core.node.config.Config implements NodeSettingsRO, NodeSettingsWO {

    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    protected ConfigBase getInstance(final String key) {
        return new NodeSettings(key);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfigBase(key);
    }

    @Override
    public NodeSettings addNodeSettings(final String key) {
        return (NodeSettings)addConfigBase(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            settings.saveToXML(bytes);
            NodeSettings copy = addNodeSettings(settings.getKey());
            ConfigBase.loadFromXML(copy, new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("Copying settings '" + settings.getKey() + "' failed.", e);
        }
    }

    /** Reads settings written by {@link #saveToXML(java.io.OutputStream)}. */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        NodeSettings settings = new NodeSettings("ignored");
        ConfigBase.loadFromXML(settings, in);
        return settings;
    }
}

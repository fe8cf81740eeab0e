package org.knime.core.node.defaultnodesettings;

/** Settings model whose value can be set from a flow variable. */
public interface SettingsModelFlowVariableCompatible {

    String getKey();
}

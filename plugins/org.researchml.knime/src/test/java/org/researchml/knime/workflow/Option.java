package org.researchml.knime.workflow;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;

/**
 * One node setting set from outside the workflow, as KNIME's batch mode does with
 * {@code -option=nodeID,name,value,type}: {@code name} is the key in the node's model settings, with {@code /}
 * between the keys of nested settings, and {@code type} is one of {@code int}, {@code long}, {@code double},
 * {@code boolean} or {@code String}.
 *
 * <p>NOTE: KNIME also accepts ids of nodes inside metanodes ({@code 90/56}), the types short, byte, char, float and
 * the cell types, adds a setting that does not exist and reads any boolean other than {@code true} as false. This
 * loader runs only native top-level nodes and rejects those cases, so that a typing error fails the test.
 *
 * @param nodeId id of the node in {@code workflow.knime}
 * @param settingPath key of the setting, nested keys separated by {@code /}
 * @param value the new value as text
 * @param type the Java type name of the value
 */
public record Option(int nodeId, String settingPath, String value, String type) {

    private static final List<String> TYPES = List.of("int", "long", "double", "boolean", "String");

    public Option {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Option type '" + type + "' of setting " + settingPath
                    + " is not supported. Use one of " + TYPES + ".");
        }
        if (settingPath.isBlank() || settingPath.startsWith("/") || settingPath.endsWith("/")) {
            throw new IllegalArgumentException("Option setting name '" + settingPath + "' is invalid. Give the "
                    + "setting key, with / between nested keys, for example end_s.");
        }
    }

    /**
     * Parses the text after {@code -option=}, for example {@code 1,end_s,30.0,double}. The value may contain commas,
     * because the node id is the text before the first comma and the type the text after the last.
     *
     * @throws IllegalArgumentException naming the text and the expected form if it cannot be parsed
     */
    public static Option parse(String text) {
        int first = text.indexOf(',');
        int second = first < 0 ? -1 : text.indexOf(',', first + 1);
        int last = text.lastIndexOf(',');
        if (second < 0 || last <= second) {
            throw new IllegalArgumentException("Option '" + text + "' is invalid. Expected nodeID,name,value,type, "
                    + "for example 1,end_s,30.0,double.");
        }
        String id = text.substring(0, first).trim();
        if (!id.matches("\\d+")) {
            throw new IllegalArgumentException("Option '" + text + "' has node id '" + id + "'. Expected the number "
                    + "of a top-level node, for example 1. Nodes inside metanodes are not supported here.");
        }
        return new Option(Integer.parseInt(id), text.substring(first + 1, second).trim(),
                text.substring(second + 1, last), text.substring(last + 1).trim());
    }

    /**
     * Replaces the setting in a node's model settings. The setting must exist.
     *
     * @throws InvalidSettingsException naming the node and the setting if the setting is missing or the value does
     *         not parse as the type
     */
    void applyTo(NodeSettings model, String nodeName) throws InvalidSettingsException {
        String[] keys = settingPath.split("/");
        NodeSettings parent = model;
        for (int i = 0; i < keys.length - 1; i++) {
            if (!parent.containsKey(keys[i])) {
                throw missing(nodeName);
            }
            parent = parent.getNodeSettings(keys[i]);
        }
        String key = keys[keys.length - 1];
        if (!parent.containsKey(key)) {
            throw missing(nodeName);
        }
        try {
            switch (type) {
                case "int" -> parent.addInt(key, Integer.parseInt(value.trim()));
                case "long" -> parent.addLong(key, Long.parseLong(value.trim()));
                case "double" -> parent.addDouble(key, Double.parseDouble(value.trim()));
                case "boolean" -> parent.addBoolean(key, parseBoolean());
                default -> parent.addString(key, value);
            }
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("Option " + this + " for node " + nodeName + " (#" + nodeId + "): '"
                    + value + "' is not a valid " + type + ".", e);
        }
    }

    private boolean parseBoolean() {
        if (!value.trim().equals("true") && !value.trim().equals("false")) {
            throw new NumberFormatException("not true or false");
        }
        return Boolean.parseBoolean(value.trim());
    }

    private InvalidSettingsException missing(String nodeName) {
        return new InvalidSettingsException("Option " + this + ": node " + nodeName + " (#" + nodeId + ") has no "
                + "setting " + settingPath + ". Use a key from the model section of its settings.xml.");
    }
}

package org.researchml.knime.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.researchml.knime.harness.NodeHarness;
import org.researchml.knime.harness.PluginXml;

/**
 * Loads a KNIME workflow folder ({@code workflow.knime} plus one {@code <Node name> (#id)/settings.xml} per node),
 * checks it the way KNIME would, and executes its nodes in topological order through {@link NodeHarness}.
 *
 * <p>Workflow variables come from {@code workflow_variables} in {@code workflow.knime}; the overrides passed to
 * {@link #execute(Map)} replace their values, as {@code -workflow.variable=name,value,String} does in KNIME's batch
 * mode. A node setting bound to a variable under {@code variables/tree} in its settings.xml takes the variable's
 * value before the settings are loaded. Only string, int and double variables are supported. {@link Option}s set
 * single node settings, as {@code -option=nodeID,name,value,type} does in batch mode; a setting bound to a variable
 * keeps the variable's value.
 */
public final class WorkflowRun {

    /** Folder of the test workflows, relative to the module. */
    public static final Path TEST_WORKFLOWS = Path.of("..", "..", "test-workflows");

    private static final String BUNDLE = "org.researchml.knime";

    /** One native node of the workflow. */
    public record WorkflowNode(int id, String name, String factoryClass, NodeSettings model, NodeSettingsRO variables) {
    }

    /** One connection; ports count the implicit flow variable port 0, so data ports start at 1. */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    private final Path folder;
    private final Map<Integer, WorkflowNode> nodes;
    private final List<Connection> connections;
    private final Map<String, Object> variables;

    private WorkflowRun(Path folder, Map<Integer, WorkflowNode> nodes, List<Connection> connections,
            Map<String, Object> variables) {
        this.folder = folder;
        this.nodes = nodes;
        this.connections = connections;
        this.variables = variables;
    }

    public Map<Integer, WorkflowNode> nodes() {
        return nodes;
    }

    public List<Connection> connections() {
        return connections;
    }

    public Map<String, Object> variables() {
        return variables;
    }

    /**
     * Loads and checks a workflow folder.
     *
     * @throws IOException naming the file and the problem if a file is missing, malformed or incomplete
     */
    public static WorkflowRun load(Path folder) throws IOException {
        NodeSettingsRO workflow = read(folder.resolve("workflow.knime"));
        try {
            String version = workflow.getString("version");
            if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw problem(folder, "workflow.knime", "has version '" + version + "', expected a format version "
                        + "such as 5.1.0");
            }
            Map<String, Object> variables = workflowVariables(folder, workflow);
            PluginXml plugin = PluginXml.load();
            Manifest manifest = manifest();
            Map<Integer, WorkflowNode> nodes = new TreeMap<>();
            NodeSettingsRO nodeList = workflow.getNodeSettings("nodes");
            for (String key : nodeList.keySet()) {
                WorkflowNode node = loadNode(folder, nodeList.getNodeSettings(key), plugin, manifest);
                if (nodes.put(node.id(), node) != null) {
                    throw problem(folder, "workflow.knime", "lists node id " + node.id() + " twice");
                }
            }
            List<Connection> connections = new ArrayList<>();
            NodeSettingsRO connectionList = workflow.getNodeSettings("connections");
            for (String key : connectionList.keySet()) {
                NodeSettingsRO entry = connectionList.getNodeSettings(key);
                Connection connection = new Connection(entry.getInt("sourceID"), entry.getInt("sourcePort"),
                        entry.getInt("destID"), entry.getInt("destPort"));
                if (!nodes.containsKey(connection.sourceId()) || !nodes.containsKey(connection.destId())) {
                    throw problem(folder, "workflow.knime", key + " connects unknown node ids " + connection);
                }
                if (connection.sourcePort() < 1 || connection.destPort() < 1) {
                    throw problem(folder, "workflow.knime", key + " uses port 0, the flow variable port; data "
                            + "ports start at 1");
                }
                connections.add(connection);
            }
            return new WorkflowRun(folder, nodes, connections, variables);
        } catch (InvalidSettingsException e) {
            throw new IOException(folder.resolve("workflow.knime") + " is incomplete: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> workflowVariables(Path folder, NodeSettingsRO workflow)
            throws InvalidSettingsException, IOException {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (!workflow.containsKey("workflow_variables")) {
            return variables;
        }
        NodeSettingsRO list = workflow.getNodeSettings("workflow_variables");
        for (String key : list.keySet()) {
            NodeSettingsRO variable = list.getNodeSettings(key);
            String name = variable.getString("name");
            String type = variable.getString("class");
            Object value = switch (type) {
                case "STRING" -> variable.getString("value");
                case "INTEGER" -> variable.getInt("value");
                case "DOUBLE" -> variable.getDouble("value");
                default -> throw problem(folder, "workflow.knime", "variable " + name + " has type " + type
                        + "; only STRING, INTEGER and DOUBLE are supported here");
            };
            variables.put(name, value);
        }
        return variables;
    }

    private static WorkflowNode loadNode(Path folder, NodeSettingsRO entry, PluginXml plugin, Manifest manifest)
            throws InvalidSettingsException, IOException {
        int id = entry.getInt("id");
        String settingsFile = entry.getString("node_settings_file");
        if (entry.getBoolean("node_is_meta") || !"NativeNode".equals(entry.getString("node_type", "NativeNode"))) {
            throw problem(folder, "workflow.knime", "node " + id + " is a metanode or component; only native "
                    + "nodes are supported here");
        }
        Path file = folder.resolve(settingsFile);
        NodeSettingsRO settings = read(file);
        String name = settings.getString("node-name");
        String expectedFile = name + " (#" + id + ")/settings.xml";
        if (!expectedFile.equals(settingsFile)) {
            throw problem(folder, settingsFile, "should be named " + expectedFile + " after the node name and id");
        }
        for (String field : List.of("factory", "node-bundle-name", "node-bundle-symbolic-name",
                "node-bundle-vendor", "state")) {
            String value = settings.getString(field, null);
            if (value == null || value.isBlank()) {
                throw problem(folder, settingsFile, "lacks the required field " + field);
            }
        }
        String factory = settings.getString("factory");
        if (BUNDLE.equals(settings.getString("node-bundle-symbolic-name"))) {
            if (!plugin.hasNode(factory)) {
                throw problem(folder, settingsFile, "names factory " + factory + ", which plugin.xml does not "
                        + "register");
            }
            checkField(folder, settingsFile, settings, "node-bundle-name", manifest.getMainAttributes()
                    .getValue("Bundle-Name"));
            checkField(folder, settingsFile, settings, "node-bundle-vendor", manifest.getMainAttributes()
                    .getValue("Bundle-Vendor"));
        }
        NodeSettings model = copy(settings.getNodeSettings("model"));
        NodeSettingsRO variables = settings.containsKey("variables") ? settings.getNodeSettings("variables") : null;
        return new WorkflowNode(id, name, factory, model, variables);
    }

    private static void checkField(Path folder, String file, NodeSettingsRO settings, String field, String expected)
            throws InvalidSettingsException, IOException {
        if (!settings.getString(field).equals(expected)) {
            throw problem(folder, file, "has " + field + " '" + settings.getString(field) + "' but the bundle "
                    + "manifest says '" + expected + "'");
        }
    }

    /**
     * Executes all nodes in topological order.
     *
     * @param overrides workflow variable values that replace the stored ones, like {@code -workflow.variable}
     * @return the outputs of every node by node id
     */
    public Map<Integer, PortObject[]> execute(Map<String, Object> overrides) throws Exception {
        return execute(overrides, List.of(), Set.of());
    }

    /**
     * Executes the target nodes and the nodes they depend on, in topological order.
     *
     * @param overrides workflow variable values that replace the stored ones, like {@code -workflow.variable}
     * @param options node settings to set, like {@code -option}
     * @param targets ids of the nodes to execute with their predecessors; empty executes every node
     * @return the outputs of every executed node by node id
     */
    public Map<Integer, PortObject[]> execute(Map<String, Object> overrides, List<Option> options, Set<Integer> targets)
            throws Exception {
        for (Option option : options) {
            if (!nodes.containsKey(option.nodeId())) {
                throw new IllegalArgumentException("The option " + option + " names node " + option.nodeId()
                        + ", which the workflow " + folder + " does not have. Its node ids are " + nodes.keySet()
                        + ".");
            }
        }
        Set<Integer> needed = targets.isEmpty() ? nodes.keySet() : predecessorsAndSelf(targets);
        Map<String, Object> values = new LinkedHashMap<>(variables);
        for (Map.Entry<String, Object> override : overrides.entrySet()) {
            // NOTE: KNIME's batch mode defines an undeclared variable; this loader rejects it to catch typing errors.
            if (!values.containsKey(override.getKey())) {
                throw new IllegalArgumentException("The workflow " + folder + " declares no variable "
                        + override.getKey() + "; declared are " + values.keySet() + ".");
            }
            values.put(override.getKey(), override.getValue());
        }
        Map<Integer, PortObject[]> outputs = new LinkedHashMap<>();
        for (int id : topologicalOrder()) {
            if (!needed.contains(id)) {
                continue;
            }
            WorkflowNode node = nodes.get(id);
            @SuppressWarnings("unchecked")
            NodeFactory<NodeModel> factory = (NodeFactory<NodeModel>) Class.forName(node.factoryClass())
                    .getConstructor().newInstance();
            NodeHarness<NodeModel> harness = NodeHarness.of(factory);
            NodeSettings model = copy(node.model());
            for (Option option : options) {
                if (option.nodeId() == id) {
                    option.applyTo(model, node.name());
                }
            }
            // Bound variables go last: in KNIME a flow variable overrides the stored setting, even one set by -option.
            if (node.variables() != null && node.variables().containsKey("tree")) {
                bindVariables(node, node.variables().getNodeSettings("tree"), model, values);
            }
            harness.loadSettings(model);
            PortObject[] inputs = new PortObject[harness.model().getNrInPorts()];
            for (Connection connection : connections) {
                if (connection.destId() == id) {
                    inputs[connection.destPort() - 1] = outputs.get(connection.sourceId())[connection.sourcePort() - 1];
                }
            }
            outputs.put(id, harness.execute(inputs));
        }
        return outputs;
    }

    private void bindVariables(WorkflowNode node, NodeSettingsRO tree, NodeSettings model, Map<String, Object> values)
            throws InvalidSettingsException {
        for (String key : tree.keySet()) {
            NodeSettingsRO binding = tree.getNodeSettings(key);
            if (!binding.containsKey("used_variable")) {
                bindVariables(node, binding, model.getNodeSettings(key), values);
                continue;
            }
            String variable = binding.getString("used_variable");
            if (variable == null) {
                continue;
            }
            if (!values.containsKey(variable)) {
                throw new InvalidSettingsException("Setting '" + key + "' of node " + node.name() + " (#" + node.id()
                        + ") uses the variable " + variable + ", which the workflow does not declare.");
            }
            Object value = values.get(variable);
            if (value instanceof Integer number) {
                model.addInt(key, number);
            } else if (value instanceof Double number) {
                model.addDouble(key, number);
            } else {
                model.addString(key, String.valueOf(value));
            }
        }
    }

    private Set<Integer> predecessorsAndSelf(Set<Integer> targets) {
        Set<Integer> found = new HashSet<>();
        Deque<Integer> pending = new ArrayDeque<>();
        for (int target : targets) {
            if (!nodes.containsKey(target)) {
                throw new IllegalArgumentException("The workflow " + folder + " has no node " + target
                        + ". Its node ids are " + nodes.keySet() + ".");
            }
            pending.add(target);
        }
        while (!pending.isEmpty()) {
            int id = pending.poll();
            if (found.add(id)) {
                connections.stream().filter(connection -> connection.destId() == id)
                        .forEach(connection -> pending.add(connection.sourceId()));
            }
        }
        return found;
    }

    private List<Integer> topologicalOrder() {
        Map<Integer, Integer> incoming = new HashMap<>();
        for (int id : nodes.keySet()) {
            incoming.put(id, 0);
        }
        for (Connection connection : connections) {
            incoming.merge(connection.destId(), 1, Integer::sum);
        }
        Deque<Integer> ready = new ArrayDeque<>();
        nodes.keySet().stream().filter(id -> incoming.get(id) == 0).forEach(ready::add);
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(id);
            for (Connection connection : connections) {
                if (connection.sourceId() == id && incoming.merge(connection.destId(), -1, Integer::sum) == 0) {
                    ready.add(connection.destId());
                }
            }
        }
        if (order.size() != nodes.size()) {
            throw new IllegalStateException("The workflow " + folder + " has a cycle among nodes "
                    + nodes.keySet().stream().filter(id -> !order.contains(id)).toList() + ".");
        }
        return order;
    }

    private static NodeSettingsRO read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    private static NodeSettings copy(NodeSettingsRO settings) {
        NodeSettings copy = new NodeSettings("root");
        copy.addNodeSettings((NodeSettings) settings);
        try {
            return copy.getNodeSettings(settings.getKey());
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Manifest manifest() throws IOException {
        Path file = Path.of("target", "classes", "META-INF", "MANIFEST.MF");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file.toAbsolutePath() + " is missing; bnd-maven-plugin writes it before the tests.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        }
    }

    private static IOException problem(Path folder, String file, String message) {
        return new IOException(folder.resolve(file) + " " + message + ".");
    }
}

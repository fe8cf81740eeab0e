package org.researchml.knime.harness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortUtil;

/**
 * Drives one node through the calls KNIME makes, in KNIME's order, against the API stand-in.
 *
 * <p>Settings always pass through the XMLConfig format: {@link #loadSettings} writes them to XML, reads them back,
 * then calls {@code validateSettings} and {@code loadValidatedSettingsFrom}. {@link #execute} calls
 * {@code configure} first, checks that each output matches its declared port type and, where configure returned a
 * spec, that the output has that spec. Protected {@code NodeModel} methods are called through reflection, as KNIME's
 * own node wrapper calls them from inside its package.
 *
 * <pre>{@code
 * NodeHarness<EegReaderNodeModel> node = NodeHarness.of(new EegReaderNodeFactory());
 * NodeSettings settings = node.savedSettings();
 * settings.addString("path", file.toString());
 * node.loadSettings(settings);
 * PortObject[] outputs = node.execute();
 * node.saveAndLoadInternals();
 * node.reset();
 * }</pre>
 */
public final class NodeHarness<M extends NodeModel> {

    private final NodeFactory<M> factory;
    private M model;
    private PortObjectSpec[] configuredSpecs;
    private DefaultNodeProgressMonitor lastMonitor;

    private NodeHarness(NodeFactory<M> factory) {
        this.factory = factory;
        this.model = factory.createNodeModel();
    }

    /** Creates a harness with a fresh model from the factory. */
    public static <M extends NodeModel> NodeHarness<M> of(NodeFactory<M> factory) {
        return new NodeHarness<>(factory);
    }

    public M model() {
        return model;
    }

    public NodeFactory<M> factory() {
        return factory;
    }

    /** Returns the settings the model saves now, under the root key {@code model} as in a node's settings.xml. */
    public NodeSettings savedSettings() {
        NodeSettings settings = new NodeSettings("model");
        call(model, "saveSettingsTo", new Class<?>[] {org.knime.core.node.NodeSettingsWO.class}, settings);
        return settings;
    }

    /** Writes settings to XMLConfig and reads them back, as saving and reopening a workflow does. */
    public static NodeSettingsRO throughXml(NodeSettings settings) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            settings.saveToXML(bytes);
            return NodeSettings.loadFromXML(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("Settings did not survive the XML round trip: " + e.getMessage(), e);
        }
    }

    /** Validates settings, then loads them; the model keeps its old settings if validation fails. */
    public void loadSettings(NodeSettings settings) throws InvalidSettingsException {
        loadSettings(throughXml(settings));
    }

    /** Validates settings, then loads them, as KNIME does when a dialog is applied or a workflow is opened. */
    public void loadSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        callSettings(model, "validateSettings", new Class<?>[] {NodeSettingsRO.class}, settings);
        callSettings(model, "loadValidatedSettingsFrom", new Class<?>[] {NodeSettingsRO.class}, settings);
    }

    /** Calls {@code validateSettings} only. */
    public void validateSettings(NodeSettings settings) throws InvalidSettingsException {
        callSettings(model, "validateSettings", new Class<?>[] {NodeSettingsRO.class}, throughXml(settings));
    }

    /** Calls configure with the input specs and returns the output specs ({@code null} where unknown). */
    public PortObjectSpec[] configure(PortObjectSpec... inSpecs) throws InvalidSettingsException {
        if (inSpecs.length != model.getNrInPorts()) {
            throw new IllegalArgumentException("The node has " + model.getNrInPorts() + " input ports but the test "
                    + "passed " + inSpecs.length + " specs.");
        }
        configuredSpecs = (PortObjectSpec[]) callSettings(model, "configure",
                new Class<?>[] {PortObjectSpec[].class}, (Object) inSpecs);
        if (configuredSpecs == null || configuredSpecs.length != model.getNrOutPorts()) {
            throw new AssertionError("configure returned " + (configuredSpecs == null ? "null" : configuredSpecs.length
                    + " specs") + " for " + model.getNrOutPorts() + " output ports.");
        }
        return configuredSpecs;
    }

    /** Configures and executes with a fresh progress monitor. */
    public PortObject[] execute(PortObject... inputs) throws Exception {
        return execute(new DefaultNodeProgressMonitor(), inputs);
    }

    /** Configures and executes with this progress monitor, for example a {@link CancelAfterMonitor}. */
    public PortObject[] execute(DefaultNodeProgressMonitor monitor, PortObject... inputs) throws Exception {
        PortObjectSpec[] inSpecs = Arrays.stream(inputs).map(input -> input == null ? null : input.getSpec())
                .toArray(PortObjectSpec[]::new);
        configure(inSpecs);
        lastMonitor = monitor;
        ExecutionContext exec = new ExecutionContext(monitor);
        PortObject[] outputs = (PortObject[]) callChecked(model, "execute",
                new Class<?>[] {PortObject[].class, ExecutionContext.class}, inputs, exec);
        checkOutputs(outputs);
        return outputs;
    }

    private void checkOutputs(PortObject[] outputs) {
        PortType[] outTypes = (PortType[]) field(model, "m_outPortTypes");
        if (outputs == null || outputs.length != outTypes.length) {
            throw new AssertionError("execute returned " + (outputs == null ? "null" : outputs.length + " outputs")
                    + " for " + outTypes.length + " output ports.");
        }
        for (int i = 0; i < outputs.length; i++) {
            if (outputs[i] == null || !outTypes[i].getPortObjectClass().isInstance(outputs[i])) {
                throw new AssertionError("Output " + i + " is " + outputs[i] + ", expected a "
                        + outTypes[i].getPortObjectClass().getSimpleName() + ".");
            }
            PortObjectSpec configured = configuredSpecs[i];
            if (configured != null && !configured.equals(outputs[i].getSpec())) {
                throw new AssertionError("Output " + i + " has spec " + outputs[i].getSpec()
                        + " but configure promised " + configured + ".");
            }
        }
    }

    /** Returns the monitor of the last execution. */
    public NodeProgressMonitor lastMonitor() {
        return lastMonitor;
    }

    /** Returns the warning the node set, or {@code null}. */
    public String warningMessage() {
        return (String) field(model, "m_warningMessage");
    }

    /** Calls reset, as KNIME does when the user resets the node or changes its settings. */
    public void reset() {
        call(model, "reset", new Class<?>[0]);
    }

    /**
     * Saves the internals to a temporary folder, creates a new model from the factory, gives it the current
     * settings and loads the internals, as closing and reopening an executed workflow does.
     */
    public void saveAndLoadInternals() throws Exception {
        Path folder = Files.createTempDirectory("researchml-internals");
        try {
            ExecutionMonitor exec = new ExecutionMonitor();
            callChecked(model, "saveInternals", new Class<?>[] {File.class, ExecutionMonitor.class},
                    folder.toFile(), exec);
            NodeSettings settings = savedSettings();
            model = factory.createNodeModel();
            loadSettings(settings);
            callChecked(model, "loadInternals", new Class<?>[] {File.class, ExecutionMonitor.class},
                    folder.toFile(), exec);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * Writes a port object and its spec through the serializers registered in plugin.xml and reads them back.
     * Data tables are returned unchanged because KNIME itself stores them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static PortObject saveAndLoadPortObject(PortObject object) throws Exception {
        if (object instanceof BufferedDataTable) {
            return object;
        }
        PluginXml.PortTypeEntry entry = PluginXml.load().portTypeFor(object.getClass());
        if (entry == null) {
            throw new AssertionError(object.getClass().getName() + " is not registered as a port type in plugin.xml.");
        }
        PortObjectSpecSerializer specSerializer = (PortObjectSpecSerializer) Class.forName(entry.specSerializer())
                .getConstructor().newInstance();
        PortObjectSerializer objectSerializer = (PortObjectSerializer) Class.forName(entry.objectSerializer())
                .getConstructor().newInstance();

        ByteArrayOutputStream specBytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(specBytes)) {
            specSerializer.savePortObjectSpec(object.getSpec(), out);
        }
        ByteArrayOutputStream objectBytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(objectBytes)) {
            objectSerializer.savePortObject(object, out, new ExecutionMonitor());
        }

        PortObjectSpec spec;
        try (PortObjectSpecZipInputStream in =
                PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(specBytes.toByteArray()))) {
            spec = specSerializer.loadPortObjectSpec(in);
        }
        if (!spec.equals(object.getSpec())) {
            throw new AssertionError("Spec changed in the round trip: " + object.getSpec() + " became " + spec + ".");
        }
        try (PortObjectZipInputStream in =
                PortUtil.getPortObjectZipInputStream(new ByteArrayInputStream(objectBytes.toByteArray()))) {
            return objectSerializer.loadPortObject(in, spec, new ExecutionMonitor());
        }
    }

    /**
     * Loads settings into the node's dialog and saves them back, as opening and closing the dialog with OK does.
     *
     * @return the settings the dialog saved
     */
    public NodeSettingsRO dialogRoundTrip(NodeSettingsRO settings, PortObjectSpec... inSpecs) throws Exception {
        NodeDialogPane dialog = (NodeDialogPane) call(factory, "createNodeDialogPane", new Class<?>[0]);
        callChecked(dialog, "loadSettingsFrom", new Class<?>[] {NodeSettingsRO.class, PortObjectSpec[].class},
                settings, inSpecs);
        NodeSettings saved = new NodeSettings("model");
        callChecked(dialog, "saveSettingsTo", new Class<?>[] {org.knime.core.node.NodeSettingsWO.class}, saved);
        return throughXml(saved);
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) {
        try {
            return callChecked(target, name, types, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " threw " + e, e);
        }
    }

    private static Object callSettings(Object target, String name, Class<?>[] types, Object... args)
            throws InvalidSettingsException {
        try {
            return callChecked(target, name, types, args);
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " threw " + e, e);
        }
    }

    /** Calls a possibly protected method and rethrows what the method threw. */
    static Object callChecked(Object target, String name, Class<?>[] types, Object... args) throws Exception {
        Method method = findMethod(target.getClass(), name, types);
        method.setAccessible(true);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    private static Method findMethod(Class<?> type, String name, Class<?>[] types) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException e) {
                // Look in the superclass.
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no method " + name + Arrays.toString(types) + ".");
    }

    private static Object field(Object target, String name) {
        for (Class<?> current = target.getClass(); current != null; current = current.getSuperclass()) {
            try {
                Field field = current.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException e) {
                // Look in the superclass.
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass().getName() + " has no field " + name + ".");
    }
}

package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.InvalidSettingsException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Ordered tree of typed entries and child configs, written and read in KNIME's XMLConfig format
 * ({@code <config xmlns="http://www.knime.org/2008/09/XMLConfig" key=...>} with {@code <entry key type value>}).
 *
 * <p>Arrays are child configs holding {@code array-size} and the entries {@code 0..n-1}, as KNIME writes them.
 */
public abstract class ConfigBase implements ConfigBaseRO, ConfigBaseWO {

    /** XML namespace of KNIME's settings files. */
    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    private static final String ARRAY_SIZE = "array-size";

    private String m_key;

    private final Map<String, Object> m_children = new LinkedHashMap<>();

    /** One typed leaf value; {@code value} is {@code null} for a null string. */
    private record Entry(String type, String value) {
    }

    protected ConfigBase(final String key) {
        if (key == null) {
            throw new IllegalArgumentException("A config key must not be null.");
        }
        m_key = key;
    }

    /** Creates an empty config of the same kind, used for child configs. */
    protected abstract ConfigBase getInstance(String key);

    @Override
    public String getKey() {
        return m_key;
    }

    @Override
    public boolean containsKey(final String key) {
        return m_children.containsKey(key);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_children.keySet());
    }

    /** Adds an empty child config, replacing any value under this key. */
    public ConfigBase addConfigBase(final String key) {
        ConfigBase child = getInstance(key);
        m_children.put(key, child);
        return child;
    }

    /** Returns the child config under this key. */
    public ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        Object child = m_children.get(key);
        if (child == null) {
            throw new InvalidSettingsException("Config '" + key + "' is missing in config '" + m_key + "'.");
        }
        if (!(child instanceof ConfigBase)) {
            throw new InvalidSettingsException("'" + key + "' in config '" + m_key + "' is an entry, not a config.");
        }
        return (ConfigBase)child;
    }

    private void put(final String key, final String type, final String value) {
        if (key == null) {
            throw new IllegalArgumentException("A settings key must not be null (config '" + m_key + "').");
        }
        m_children.put(key, new Entry(type, value));
    }

    private String value(final String key, final String type) throws InvalidSettingsException {
        Object child = m_children.get(key);
        if (child == null) {
            throw new InvalidSettingsException("Setting '" + key + "' is missing in config '" + m_key + "'.");
        }
        if (!(child instanceof Entry entry) || !entry.type().equals(type)) {
            String found = child instanceof Entry entry ? entry.type() : "config";
            throw new InvalidSettingsException("Setting '" + key + "' in config '" + m_key + "' has type " + found
                + ", expected " + type + ".");
        }
        return entry.value();
    }

    private String number(final String key, final String type) throws InvalidSettingsException {
        String text = value(key, type);
        if (text == null) {
            throw new InvalidSettingsException("Setting '" + key + "' in config '" + m_key + "' is null.");
        }
        return text;
    }

    @Override
    public void addInt(final String key, final int value) {
        put(key, "xint", Integer.toString(value));
    }

    @Override
    public void addLong(final String key, final long value) {
        put(key, "xlong", Long.toString(value));
    }

    @Override
    public void addDouble(final String key, final double value) {
        put(key, "xdouble", Double.toString(value));
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        put(key, "xboolean", Boolean.toString(value));
    }

    @Override
    public void addString(final String key, final String value) {
        put(key, "xstring", value);
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        String text = number(key, "xint");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("Setting '" + key + "' is not an integer: '" + text + "'.", e);
        }
    }

    @Override
    public int getInt(final String key, final int def) {
        try {
            return getInt(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        String text = number(key, "xlong");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("Setting '" + key + "' is not a long integer: '" + text + "'.", e);
        }
    }

    @Override
    public long getLong(final String key, final long def) {
        try {
            return getLong(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        String text = number(key, "xdouble");
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("Setting '" + key + "' is not a number: '" + text + "'.", e);
        }
    }

    @Override
    public double getDouble(final String key, final double def) {
        try {
            return getDouble(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        String text = number(key, "xboolean");
        if (!text.equals("true") && !text.equals("false")) {
            throw new InvalidSettingsException("Setting '" + key + "' is not true or false: '" + text + "'.");
        }
        return Boolean.parseBoolean(text);
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        try {
            return getBoolean(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return value(key, "xstring");
    }

    @Override
    public String getString(final String key, final String def) {
        try {
            return getString(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase array = addConfigBase(key);
        array.addInt(ARRAY_SIZE, values.length);
        for (int i = 0; i < values.length; i++) {
            array.addInt(Integer.toString(i), values[i]);
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase array = addConfigBase(key);
        array.addInt(ARRAY_SIZE, values.length);
        for (int i = 0; i < values.length; i++) {
            array.addDouble(Integer.toString(i), values[i]);
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase array = addConfigBase(key);
        array.addInt(ARRAY_SIZE, values.length);
        for (int i = 0; i < values.length; i++) {
            array.addString(Integer.toString(i), values[i]);
        }
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int[] values = new int[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getInt(Integer.toString(i));
        }
        return values;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        double[] values = new double[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getDouble(Integer.toString(i));
        }
        return values;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        String[] values = new String[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getString(Integer.toString(i));
        }
        return values;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    /** Writes this config as an XMLConfig document; the stream stays open. */
    public void saveToXML(final OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write("<config xmlns=\"" + NAMESPACE + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"" + NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd\" key=\""
            + escape(m_key) + "\">\n");
        writeChildren(writer, 1);
        writer.write("</config>\n");
        writer.flush();
    }

    private void writeChildren(final Writer writer, final int depth) throws IOException {
        String indent = "    ".repeat(depth);
        for (Map.Entry<String, Object> child : m_children.entrySet()) {
            String key = escape(child.getKey());
            if (child.getValue() instanceof Entry entry) {
                String nullMark = entry.value() == null ? " isnull=\"true\"" : "";
                String value = entry.value() == null ? "" : escape(entry.value());
                writer.write(indent + "<entry key=\"" + key + "\" type=\"" + entry.type() + "\"" + nullMark
                    + " value=\"" + value + "\"/>\n");
            } else {
                writer.write(indent + "<config key=\"" + key + "\">\n");
                ((ConfigBase)child.getValue()).writeChildren(writer, depth + 1);
                writer.write(indent + "</config>\n");
            }
        }
    }

    private static String escape(final String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Reads an XMLConfig document into an empty config.
     *
     * @throws IOException if the document is not well-formed or its root is not a {@code config} element
     */
    protected static void loadFromXML(final ConfigBase target, final InputStream in) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(new NonClosingInput(in));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Settings XML is not well-formed: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"config".equals(root.getLocalName())) {
            throw new IOException("Settings XML has root <" + root.getLocalName() + ">, expected <config>.");
        }
        target.m_key = root.getAttribute("key");
        target.readChildren(root);
    }

    private void readChildren(final Element element) throws IOException {
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (!(node instanceof Element child)) {
                continue;
            }
            String key = child.getAttribute("key");
            if ("entry".equals(child.getLocalName())) {
                String value = "true".equals(child.getAttribute("isnull")) ? null : child.getAttribute("value");
                put(key, child.getAttribute("type"), value);
            } else if ("config".equals(child.getLocalName())) {
                addConfigBase(key).readChildren(child);
            } else {
                throw new IOException("Unexpected element <" + child.getLocalName() + "> in config '" + m_key
                    + "'; only <entry> and <config> are allowed.");
            }
        }
    }

    @Override
    public boolean equals(final Object other) {
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        ConfigBase config = (ConfigBase)other;
        return m_key.equals(config.m_key) && m_children.equals(config.m_children);
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() * 31 + m_children.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + m_key + ": " + m_children + "]";
    }

    /** Keeps the XML parser from closing a zip entry stream it reads from. */
    private static final class NonClosingInput extends java.io.FilterInputStream {
        NonClosingInput(final InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }
    }
}

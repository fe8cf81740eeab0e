package org.researchml.knime.harness;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The extensions that the bundle's plugin.xml contributes: categories, nodes and port types. */
public record PluginXml(List<Category> categories, List<NodeEntry> nodes, List<PortTypeEntry> portTypes) {

    /** A node repository category; {@code path} is the parent path, {@code levelId} the last path segment. */
    public record Category(String name, String path, String levelId) {

        /** Returns the full path of the category, for example {@code /researchml/eeg}. */
        public String fullPath() {
            return (path.endsWith("/") ? path : path + "/") + levelId;
        }
    }

    /** A node registration. */
    public record NodeEntry(String factoryClass, String categoryPath) {
    }

    /** A port type registration. */
    public record PortTypeEntry(String name, String objectClass, String objectSerializer, String specClass,
            String specSerializer) {
    }

    /** Reads plugin.xml from the class path root, where the bundle jar has it. */
    public static PluginXml load() throws IOException {
        try (InputStream in = PluginXml.class.getResourceAsStream("/plugin.xml")) {
            if (in == null) {
                throw new IOException("plugin.xml is not on the class path; it belongs in src/main/resources.");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document document = factory.newDocumentBuilder().parse(in);
            List<Category> categories = new ArrayList<>();
            List<NodeEntry> nodes = new ArrayList<>();
            List<PortTypeEntry> portTypes = new ArrayList<>();
            NodeList extensions = document.getElementsByTagName("extension");
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                String point = extension.getAttribute("point");
                for (Element child : children(extension)) {
                    switch (point) {
                        case "org.knime.workbench.repository.categories" -> categories.add(new Category(
                                child.getAttribute("name"), child.getAttribute("path"),
                                child.getAttribute("level-id")));
                        case "org.knime.workbench.repository.nodes" -> nodes.add(new NodeEntry(
                                child.getAttribute("factory-class"), child.getAttribute("category-path")));
                        case "org.knime.core.PortType" -> portTypes.add(new PortTypeEntry(child.getAttribute("name"),
                                child.getAttribute("objectClass"), child.getAttribute("objectSerializer"),
                                child.getAttribute("specClass"), child.getAttribute("specSerializer")));
                        default -> throw new IOException("plugin.xml uses the unknown extension point " + point + ".");
                    }
                }
            }
            return new PluginXml(categories, nodes, portTypes);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("plugin.xml is not well-formed: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Returns whether a node with this factory class is registered. */
    public boolean hasNode(String factoryClass) {
        return nodes.stream().anyMatch(node -> node.factoryClass().equals(factoryClass));
    }

    /** Returns the port type registered for a port object class, if any. */
    public PortTypeEntry portTypeFor(Class<?> objectClass) {
        return portTypes.stream().filter(type -> type.objectClass().equals(objectClass.getName())).findFirst()
                .orElse(null);
    }
}

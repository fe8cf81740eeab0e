package org.researchml.knime.harness;

import java.awt.Component;
import java.awt.Container;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.border.Border;
import javax.swing.border.TitledBorder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks a node description ({@code <FactorySimpleName>.xml} next to the factory) against the v4.1 layout and
 * against the node itself: every dialog label has an option entry and every port has a port entry.
 */
public final class NodeDescriptionCheck {

    /** Namespace of node descriptions in KNIME 5.x. */
    public static final String NAMESPACE = "http://knime.org/node/v4.1";

    private static final List<String> ROOT_ORDER =
            List.of("name", "shortDescription", "fullDescription", "interactiveView", "ports", "views", "keywords");
    private static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
            "Visualizer", "Other", "Meta", "Loop", "QuickForm", "Configuration", "Widget", "Container");
    private static final Set<String> FILE_CHOOSER_LABELS = Set.of("Selected File:", "Selected Directory:");

    private NodeDescriptionCheck() {
    }

    /** Returns every problem found, empty if the description is complete. */
    public static List<String> problems(NodeFactory<? extends NodeModel> factory) throws Exception {
        Class<?> type = factory.getClass();
        String resource = type.getSimpleName() + ".xml";
        List<String> problems = new ArrayList<>();
        Document document;
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of(resource + " is missing next to " + type.getName() + ".");
            }
            DocumentBuilderFactory builder = DocumentBuilderFactory.newInstance();
            builder.setNamespaceAware(true);
            document = builder.newDocumentBuilder().parse(in);
        } catch (org.xml.sax.SAXException e) {
            return List.of(resource + " is not well-formed: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"knimeNode".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            problems.add(resource + ": root must be <knimeNode xmlns=\"" + NAMESPACE + "\">, found <"
                    + root.getTagName() + "> in namespace " + root.getNamespaceURI() + ".");
            return problems;
        }
        if (!NODE_TYPES.contains(root.getAttribute("type"))) {
            problems.add(resource + ": type '" + root.getAttribute("type") + "' is not one of " + NODE_TYPES + ".");
        }
        String icon = root.getAttribute("icon");
        if (!icon.isEmpty() && type.getResource(icon) == null) {
            problems.add(resource + ": icon " + icon + " is not found next to the factory.");
        }
        checkOrder(resource, "knimeNode", children(root), ROOT_ORDER, List.of("name", "shortDescription",
                "fullDescription", "ports"), problems);
        Element full = child(root, "fullDescription");
        if (full != null) {
            checkFullDescription(resource, full, factory, problems);
        }
        Element ports = child(root, "ports");
        if (ports != null) {
            NodeModel model = factory.createNodeModel();
            checkPorts(resource, ports, "inPort", model.getNrInPorts(), problems);
            checkPorts(resource, ports, "outPort", model.getNrOutPorts(), problems);
        }
        return problems;
    }

    private static void checkFullDescription(String resource, Element full, NodeFactory<?> factory,
            List<String> problems) throws Exception {
        List<Element> parts = children(full);
        if (parts.isEmpty() || !"intro".equals(parts.get(0).getLocalName())) {
            problems.add(resource + ": <fullDescription> must start with <intro>.");
        }
        int phase = 0;
        Set<String> options = new LinkedHashSet<>();
        for (Element part : parts) {
            String name = part.getLocalName();
            int partPhase = switch (name) {
                case "intro" -> 0;
                case "option", "tab" -> 1;
                case "link" -> 2;
                default -> -1;
            };
            if (partPhase < 0) {
                problems.add(resource + ": <fullDescription> may not contain <" + name + ">.");
            } else if (partPhase < phase) {
                problems.add(resource + ": <" + name + "> comes after a later part; order is intro, option or tab, "
                        + "link.");
            } else {
                phase = partPhase;
            }
            if ("option".equals(name)) {
                addOption(resource, part, options, problems);
            }
            if ("tab".equals(name)) {
                for (Element option : children(part)) {
                    if (!"option".equals(option.getLocalName())) {
                        problems.add(resource + ": <tab> may contain only <option>, found <"
                                + option.getLocalName() + ">.");
                    }
                    addOption(resource, option, options, problems);
                }
            }
        }
        for (String label : dialogLabels(factory)) {
            if (!options.contains(normalize(label))) {
                problems.add(resource + ": dialog option '" + label + "' has no <option name=\"" + label
                        + "\"> entry.");
            }
        }
    }

    private static void addOption(String resource, Element option, Set<String> options, List<String> problems) {
        String name = option.getAttribute("name");
        if (name.isBlank() || option.getTextContent().isBlank()) {
            problems.add(resource + ": every <option> needs a name and a description, found name '" + name + "'.");
        }
        options.add(normalize(name));
    }

    private static void checkPorts(String resource, Element ports, String tag, int expected, List<String> problems) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (Element port : children(ports)) {
            if (!tag.equals(port.getLocalName())) {
                continue;
            }
            String index = port.getAttribute("index");
            if (port.getAttribute("name").isBlank() || port.getTextContent().isBlank()) {
                problems.add(resource + ": <" + tag + " index=\"" + index + "\"> needs a name and a description.");
            }
            try {
                seen.add(Integer.parseInt(index));
            } catch (NumberFormatException e) {
                problems.add(resource + ": <" + tag + "> has index '" + index + "', expected 0, 1, ...");
            }
        }
        Set<Integer> wanted = new LinkedHashSet<>();
        for (int i = 0; i < expected; i++) {
            wanted.add(i);
        }
        if (!seen.equals(wanted)) {
            problems.add(resource + ": <" + tag + "> indices are " + seen + " but the node has " + expected
                    + " such ports; describe each port once with index 0.." + (expected - 1) + ".");
        }
    }

    /**
     * Returns the labels of the dialog's components. A file chooser's label is generic, so its group title is used.
     */
    static List<String> dialogLabels(NodeFactory<?> factory) throws Exception {
        if (!(Boolean) NodeHarness.callChecked(factory, "hasDialog", new Class<?>[0])) {
            return List.of();
        }
        NodeDialogPane dialog = (NodeDialogPane) NodeHarness.callChecked(factory, "createNodeDialogPane",
                new Class<?>[0]);
        List<String> labels = new ArrayList<>();
        collect(dialog.getPanel(), null, labels);
        return labels;
    }

    private static void collect(Component component, String groupTitle, List<String> labels) {
        String title = groupTitle;
        if (component instanceof JComponent swing) {
            Border border = swing.getBorder();
            if (border instanceof TitledBorder titled) {
                title = titled.getTitle();
            }
        }
        if (component instanceof JLabel label && label.getText() != null && !label.getText().isBlank()) {
            if (FILE_CHOOSER_LABELS.contains(label.getText())) {
                labels.add(title == null ? label.getText() + " (put the file chooser in a titled group)" : title);
            } else {
                labels.add(label.getText());
            }
        }
        if (component instanceof AbstractButton button && button.getText() != null && !button.getText().isBlank()) {
            labels.add(button.getText());
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, title, labels);
            }
        }
    }

    private static String normalize(String label) {
        String trimmed = label.trim();
        if (trimmed.endsWith(":")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    private static void checkOrder(String resource, String parent, List<Element> elements, List<String> order,
            List<String> required, List<String> problems) {
        int last = -1;
        for (Element element : elements) {
            int position = order.indexOf(element.getLocalName());
            if (position < 0) {
                problems.add(resource + ": <" + parent + "> may not contain <" + element.getLocalName() + ">.");
            } else if (position <= last) {
                problems.add(resource + ": <" + element.getLocalName() + "> is out of order or repeated; the order is "
                        + order + ".");
            } else {
                last = position;
            }
        }
        for (String name : required) {
            if (elements.stream().noneMatch(element -> element.getLocalName().equals(name))) {
                problems.add(resource + ": <" + parent + "> lacks <" + name + ">.");
            }
        }
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getLocalName().equals(name)).findFirst()
                .orElse(null);
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
}

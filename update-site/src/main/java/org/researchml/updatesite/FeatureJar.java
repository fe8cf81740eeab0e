package org.researchml.updatesite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An Eclipse feature jar: the parts of its {@code feature.xml} that p2 metadata needs. */
record FeatureJar(Path file, String id, String version, String label, String provider, String description,
        String copyright, String license, String licenseUrl, List<Plugin> plugins, List<Import> imports) {

    /** One {@code <plugin>} entry; {@code os} and {@code arch} are null unless the plugin is platform-specific. */
    record Plugin(String id, String version, String os, String arch, boolean fragment) {

        /** Returns the p2 filter for the platform, or null. */
        String filter() {
            if (os == null && arch == null) {
                return null;
            }
            StringBuilder filter = new StringBuilder("(&");
            if (arch != null) {
                filter.append("(osgi.arch=").append(arch).append(')');
            }
            if (os != null) {
                filter.append("(osgi.os=").append(os).append(')');
            }
            return filter.append(')').toString();
        }
    }

    /** One {@code <import plugin>} requirement with its p2 version range. */
    record Import(String plugin, String range) {
    }

    /** Reads {@code file}; returns null when the jar contains no {@code feature.xml}. */
    static FeatureJar read(Path file) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            ZipEntry entry = jar.getEntry("feature.xml");
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return parse(file, DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in));
            } catch (ParserConfigurationException | SAXException e) {
                throw new IOException("Invalid feature.xml in " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static FeatureJar parse(Path file, Document document) {
        Element root = document.getDocumentElement();
        List<Plugin> plugins = new ArrayList<>();
        NodeList pluginElements = root.getElementsByTagName("plugin");
        for (int i = 0; i < pluginElements.getLength(); i++) {
            Element plugin = (Element) pluginElements.item(i);
            plugins.add(new Plugin(plugin.getAttribute("id"), VersionRanges.version(plugin.getAttribute("version")),
                    emptyToNull(plugin.getAttribute("os")), emptyToNull(plugin.getAttribute("arch")),
                    "true".equals(plugin.getAttribute("fragment"))));
        }
        List<Import> imports = new ArrayList<>();
        NodeList importElements = root.getElementsByTagName("import");
        for (int i = 0; i < importElements.getLength(); i++) {
            Element element = (Element) importElements.item(i);
            imports.add(new Import(element.getAttribute("plugin"),
                    importRange(element.getAttribute("version"), element.getAttribute("match"))));
        }
        Element license = (Element) root.getElementsByTagName("license").item(0);
        return new FeatureJar(file, root.getAttribute("id"), VersionRanges.version(root.getAttribute("version")),
                root.getAttribute("label"), root.getAttribute("provider-name"), text(root, "description"),
                text(root, "copyright"), text(root, "license"), license == null ? null : license.getAttribute("url"),
                plugins, imports);
    }

    /** Converts an {@code <import>} match rule to a range, as the Eclipse update manager defines them. */
    static String importRange(String version, String match) {
        if (version == null || version.isBlank()) {
            return "0.0.0";
        }
        String[] parts = VersionRanges.version(version).split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        int micro = Integer.parseInt(parts[2]);
        String low = major + "." + minor + "." + micro;
        return switch (match == null || match.isBlank() ? "compatible" : match) {
            case "perfect" -> "[" + VersionRanges.version(version) + "," + VersionRanges.version(version) + "]";
            case "equivalent" -> "[" + low + "," + major + "." + (minor + 1) + ".0)";
            case "compatible" -> "[" + low + "," + (major + 1) + ".0.0)";
            case "greaterOrEqual" -> low;
            default -> throw new IllegalArgumentException("Unknown import match rule '" + match
                    + "'; use perfect, equivalent, compatible or greaterOrEqual.");
        };
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

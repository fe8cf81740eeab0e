package org.researchml.updatesite;

import static org.researchml.updatesite.XmlDocument.child;
import static org.researchml.updatesite.XmlDocument.setSize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes {@code content.xml}, the p2 metadata repository: one installable unit (IU) per bundle and
 * fragment, the feature's {@code .feature.jar} and {@code .feature.group} units, and one category unit.
 * Element names, namespaces and ordering follow p2's metadata repository format version 1.2.0.
 */
final class ContentXml {

    private static final String IU = "org.eclipse.equinox.p2.iu";
    private static final String FEATURES_FILTER = "(org.eclipse.update.install.features=true)";

    private final Document document = XmlDocument.create();
    private final Element units;

    ContentXml(String repositoryName, long timestamp) {
        Element repository = document.createElement("repository");
        document.appendChild(repository);
        repository.setAttribute("name", repositoryName);
        repository.setAttribute("type", "org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository");
        repository.setAttribute("version", "1");
        Element properties = child(repository, "properties");
        child(properties, "property", "name", "p2.timestamp", "value", Long.toString(timestamp));
        child(properties, "property", "name", "p2.compressed", "value", "false");
        setSize(properties);
        units = child(repository, "units");
    }

    void addBundle(BundleJar bundle) {
        Element unit = child(units, "unit", "id", bundle.symbolicName(), "version", bundle.version(),
                "singleton", Boolean.toString(bundle.isSingleton()));
        child(unit, "update", "id", bundle.symbolicName(), "range", "[0.0.0," + bundle.version() + ")",
                "severity", "0");
        properties(unit, Map.of("org.eclipse.equinox.p2.name", orEmpty(bundle.header("Bundle-Name")),
                "org.eclipse.equinox.p2.provider", orEmpty(bundle.header("Bundle-Vendor"))));

        Element provides = child(unit, "provides");
        provided(provides, IU, bundle.symbolicName(), bundle.version());
        provided(provides, "osgi.bundle", bundle.symbolicName(), bundle.version());
        for (ManifestHeader export : ManifestHeader.parse(bundle.header("Export-Package"))) {
            provided(provides, "java.package", export.name(),
                    VersionRanges.version(export.attributes().getOrDefault("version", "0.0.0")));
        }
        ManifestHeader host = bundle.fragmentHost();
        if (host != null) {
            provided(provides, "osgi.fragment", host.name(), bundle.version());
        }
        provided(provides, "org.eclipse.equinox.p2.eclipse.type", "bundle", "1.0.0");
        setSize(provides);

        Element requires = child(unit, "requires");
        if (host != null) {
            child(requires, "required", "namespace", "osgi.bundle", "name", host.name(),
                    "range", VersionRanges.range(host.attributes().get("bundle-version")));
        }
        for (ManifestHeader required : ManifestHeader.parse(bundle.header("Require-Bundle"))) {
            requirement(requires, "osgi.bundle", required.name(),
                    VersionRanges.range(required.attributes().get("bundle-version")), required.isOptional());
        }
        for (ManifestHeader imported : ManifestHeader.parse(bundle.header("Import-Package"))) {
            requirement(requires, "java.package", imported.name(),
                    VersionRanges.range(imported.attributes().get("version")), imported.isOptional());
        }
        setSize(requires);
        if (requires.getChildNodes().getLength() == 0) {
            unit.removeChild(requires);
        }

        String platformFilter = bundle.header("Eclipse-PlatformFilter");
        if (platformFilter != null) {
            child(unit, "filter").setTextContent(platformFilter);
        }
        artifact(unit, "osgi.bundle", bundle.symbolicName(), bundle.version());
        child(unit, "touchpoint", "id", "org.eclipse.equinox.p2.osgi", "version", "1.0.0");
        Element data = child(unit, "touchpointData", "size", "1");
        Element instructions = child(data, "instructions", "size", "1");
        child(instructions, "instruction", "key", "manifest").setTextContent(bundle.touchpointManifest());
    }

    void addFeature(FeatureJar feature) {
        String jarId = feature.id() + ".feature.jar";
        Element jarUnit = child(units, "unit", "id", jarId, "version", feature.version());
        properties(jarUnit, Map.of("org.eclipse.equinox.p2.name", feature.label(),
                "org.eclipse.equinox.p2.provider", feature.provider()));
        Element jarProvides = child(jarUnit, "provides");
        provided(jarProvides, IU, jarId, feature.version());
        provided(jarProvides, "org.eclipse.equinox.p2.eclipse.type", "feature", "1.0.0");
        provided(jarProvides, "org.eclipse.update.feature", feature.id(), feature.version());
        setSize(jarProvides);
        child(jarUnit, "filter").setTextContent(FEATURES_FILTER);
        artifact(jarUnit, "org.eclipse.update.feature", feature.id(), feature.version());
        child(jarUnit, "touchpoint", "id", "org.eclipse.equinox.p2.osgi", "version", "1.0.0");
        Element data = child(jarUnit, "touchpointData", "size", "1");
        Element instructions = child(data, "instructions", "size", "1");
        child(instructions, "instruction", "key", "zipped").setTextContent("true");
        licenseAndCopyright(jarUnit, feature);

        String groupId = feature.id() + ".feature.group";
        Element group = child(units, "unit", "id", groupId, "version", feature.version(), "singleton", "false");
        child(group, "update", "id", groupId, "range", "[0.0.0," + feature.version() + ")", "severity", "0");
        properties(group, Map.of("org.eclipse.equinox.p2.name", feature.label(),
                "org.eclipse.equinox.p2.description", orEmpty(feature.description()),
                "org.eclipse.equinox.p2.provider", feature.provider(),
                "org.eclipse.equinox.p2.type.group", "true"));
        Element groupProvides = child(group, "provides");
        provided(groupProvides, IU, groupId, feature.version());
        setSize(groupProvides);
        Element requires = child(group, "requires");
        for (FeatureJar.Import imported : feature.imports()) {
            child(requires, "required", "namespace", IU, "name", imported.plugin(), "range", imported.range());
        }
        for (FeatureJar.Plugin plugin : feature.plugins()) {
            Element required = child(requires, "required", "namespace", IU, "name", plugin.id(),
                    "range", "[" + plugin.version() + "," + plugin.version() + "]");
            if (plugin.filter() != null) {
                child(required, "filter").setTextContent(plugin.filter());
            }
        }
        Element jarRequirement = child(requires, "required", "namespace", IU, "name", jarId,
                "range", "[" + feature.version() + "," + feature.version() + "]");
        child(jarRequirement, "filter").setTextContent(FEATURES_FILTER);
        setSize(requires);
        child(group, "touchpoint", "id", "null", "version", "0.0.0");
        licenseAndCopyright(group, feature);
    }

    /** Adds a category unit that lists the given feature groups, as {@code category.xml} defines it. */
    void addCategory(String id, String version, String label, String description, List<FeatureJar> features) {
        Element unit = child(units, "unit", "id", id, "version", version);
        properties(unit, Map.of("org.eclipse.equinox.p2.name", label,
                "org.eclipse.equinox.p2.description", orEmpty(description),
                "org.eclipse.equinox.p2.type.category", "true"));
        Element provides = child(unit, "provides");
        provided(provides, IU, id, version);
        setSize(provides);
        Element requires = child(unit, "requires");
        for (FeatureJar feature : features) {
            child(requires, "required", "namespace", IU, "name", feature.id() + ".feature.group",
                    "range", "[" + feature.version() + "," + feature.version() + "]");
        }
        setSize(requires);
        child(unit, "touchpoint", "id", "null", "version", "0.0.0");
    }

    void write(Path file) throws IOException {
        setSize(units);
        XmlDocument.write(document, "metadataRepository", "version='1.2.0'", file);
    }

    private static void properties(Element unit, Map<String, String> values) {
        Element properties = child(unit, "properties");
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                child(properties, "property", "name", entry.getKey(), "value", entry.getValue()));
        setSize(properties);
    }

    private static void provided(Element provides, String namespace, String name, String version) {
        child(provides, "provided", "namespace", namespace, "name", name, "version", version);
    }

    private static void requirement(Element requires, String namespace, String name, String range, boolean optional) {
        Element required = child(requires, "required", "namespace", namespace, "name", name, "range", range);
        if (optional) {
            required.setAttribute("optional", "true");
            required.setAttribute("greedy", "false");
        }
    }

    private static void artifact(Element unit, String classifier, String id, String version) {
        Element artifacts = child(unit, "artifacts", "size", "1");
        child(artifacts, "artifact", "classifier", classifier, "id", id, "version", version);
    }

    private static void licenseAndCopyright(Element unit, FeatureJar feature) {
        if (feature.license() != null) {
            Element licenses = child(unit, "licenses", "size", "1");
            Element license = child(licenses, "license");
            if (feature.licenseUrl() != null) {
                license.setAttribute("uri", feature.licenseUrl());
                license.setAttribute("url", feature.licenseUrl());
            }
            license.setTextContent(feature.license());
        }
        if (feature.copyright() != null) {
            child(unit, "copyright").setTextContent(feature.copyright());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

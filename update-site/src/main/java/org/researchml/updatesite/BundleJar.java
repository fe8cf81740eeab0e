package org.researchml.updatesite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The OSGi headers of one bundle or fragment jar that the p2 metadata needs. */
record BundleJar(Path file, String symbolicName, String version, Attributes headers) {

    /** Headers that p2 keeps in a bundle's touchpoint instruction {@code manifest}. */
    private static final List<String> TOUCHPOINT_HEADERS = List.of("Bundle-ManifestVersion", "Bundle-SymbolicName",
            "Bundle-Version", "Fragment-Host", "Bundle-Localization");

    /** Reads {@code file}'s manifest; returns null when the jar is no OSGi bundle. */
    static BundleJar read(Path file) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return null;
            }
            Attributes headers = manifest.getMainAttributes();
            String symbolicName = ManifestHeader.parse(headers.getValue("Bundle-SymbolicName")).get(0).name();
            String version = VersionRanges.version(headers.getValue("Bundle-Version") == null ? "0.0.0"
                    : headers.getValue("Bundle-Version"));
            return new BundleJar(file, symbolicName, version, headers);
        }
    }

    String header(String name) {
        return headers.getValue(name);
    }

    boolean isSingleton() {
        return "true".equals(ManifestHeader.parse(header("Bundle-SymbolicName")).get(0).directives().get("singleton"));
    }

    ManifestHeader fragmentHost() {
        List<ManifestHeader> host = ManifestHeader.parse(header("Fragment-Host"));
        return host.isEmpty() ? null : host.get(0);
    }

    /** Returns the manifest text that p2 stores with the bundle, one header per line. */
    String touchpointManifest() {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : TOUCHPOINT_HEADERS) {
            if (header(name) != null) {
                kept.put(name, header(name));
            }
        }
        StringBuilder text = new StringBuilder();
        kept.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }
}

package org.researchml.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Repackages the compile-time KNIME API stand-in as a test-only bundle named {@code org.knime.core},
 * version 5.5.0, exporting every package it contains. It imports nothing and uses a dynamic import for
 * the JRE's {@code javax} packages; the real {@code org.knime.core} is never shipped with this project.
 */
final class StandInBundle {

    static final String SYMBOLIC_NAME = "org.knime.core";
    static final String VERSION = "5.5.0.standin";

    private StandInBundle() {
    }

    static Path create(Path standInJar, Path target) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", VERSION);
        main.putValue("DynamicImport-Package", "javax.*");

        TreeSet<String> packages = new TreeSet<>();
        try (JarFile jar = new JarFile(standInJar.toFile());
                OutputStream file = Files.newOutputStream(target);
                JarOutputStream out = new JarOutputStream(file, withExports(manifest, standInJar))) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static Manifest withExports(Manifest manifest, Path standInJar) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (JarFile jar = new JarFile(standInJar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && name.contains("/")) {
                    packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
        }
        StringBuilder exports = new StringBuilder();
        for (String name : packages) {
            if (exports.length() > 0) {
                exports.append(',');
            }
            exports.append(name).append(";version=\"5.5.0\"");
        }
        manifest.getMainAttributes().putValue("Export-Package", exports.toString());
        return manifest;
    }
}

package org.researchml.updatesite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestAndVersionTest {

    @TempDir
    Path folder;

    @Test
    void headerSplitsOutsideQuotes() {
        List<ManifestHeader> clauses = ManifestHeader.parse(
                "org.slf4j;version=\"[1.7,3)\",javax.swing;resolution:=optional,org.knime.core;bundle-version=\"5.5.0\"");

        assertEquals(3, clauses.size());
        assertEquals("org.slf4j", clauses.get(0).name());
        assertEquals("[1.7,3)", clauses.get(0).attributes().get("version"));
        assertFalse(clauses.get(0).isOptional());
        assertTrue(clauses.get(1).isOptional());
        assertEquals("5.5.0", clauses.get(2).attributes().get("bundle-version"));
    }

    @Test
    void rangesGetThreePartVersions() {
        assertEquals("[1.7.0,3.0.0)", VersionRanges.range("[1.7,3)"));
        assertEquals("0.1.0", VersionRanges.range("0.1"));
        assertEquals("0.0.0", VersionRanges.range(null));
        assertEquals("0.1.0.v202612042318", VersionRanges.version("0.1.0.v202612042318"));
    }

    @Test
    void invalidRangeRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> VersionRanges.range("[1.0]"));
        assertEquals("Invalid version range '[1.0]': expected [low,high) or similar.", error.getMessage());
    }

    @Test
    void importMatchRulesBecomeRanges() {
        assertEquals("[5.5.0,6.0.0)", FeatureJar.importRange("5.5.0", "compatible"));
        assertEquals("[5.5.0,5.6.0)", FeatureJar.importRange("5.5.0", "equivalent"));
        assertEquals("[5.5.0,5.5.0]", FeatureJar.importRange("5.5.0", "perfect"));
        assertEquals("5.5.0", FeatureJar.importRange("5.5", "greaterOrEqual"));
    }

    @Test
    void unknownMatchRuleRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FeatureJar.importRange("5.5.0", "newest"));
        assertEquals("Unknown import match rule 'newest'; use perfect, equivalent, compatible or greaterOrEqual.",
                error.getMessage());
    }

    @Test
    void generatorRejectsMissingFeature() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        bundleJar(input.resolve("a.jar"), "org.example.a", "1.0.0");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> P2RepositoryGenerator.generate(input, category(), folder.resolve("site"), folder.resolve("site.zip")));
        assertEquals("No feature jar (a jar with feature.xml at its root) in the input folder.", error.getMessage());
    }

    @Test
    void generatorRejectsVersionMismatch() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        bundleJar(input.resolve("a.jar"), "org.example.a", "1.0.0.v2");
        featureJar(input.resolve("feature.jar"), "<feature id=\"org.example.feature\" version=\"1.0.0.v1\" "
                + "label=\"Example\" provider-name=\"Example\"><plugin id=\"org.example.a\" version=\"1.0.0.v1\"/>"
                + "</feature>");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> P2RepositoryGenerator.generate(input, category(), folder.resolve("site"), folder.resolve("site.zip")));
        assertEquals("Feature org.example.feature lists plugin org.example.a 1.0.0.v1, but the input folder has "
                + "version 1.0.0.v2. Build all modules in one reactor run so that they share one version.",
                error.getMessage());
    }

    @Test
    void generatorWritesSmallSite() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        bundleJar(input.resolve("a.jar"), "org.example.a", "1.0.0.v1");
        featureJar(input.resolve("feature.jar"), "<feature id=\"org.example.feature\" version=\"1.0.0.v1\" "
                + "label=\"Example\" provider-name=\"Example\"><plugin id=\"org.example.a\" version=\"1.0.0.v1\"/>"
                + "</feature>");

        P2RepositoryGenerator.generate(input, category(), folder.resolve("site"), folder.resolve("site.zip"));

        String content = Files.readString(folder.resolve("site/content.xml"));
        assertTrue(content.contains("id=\"org.example.a\""), content);
        assertTrue(content.contains("id=\"org.example.feature.feature.group\""), content);
        assertTrue(Files.isRegularFile(folder.resolve("site/plugins/org.example.a_1.0.0.v1.jar")));
        assertTrue(Files.isRegularFile(folder.resolve("site/features/org.example.feature_1.0.0.v1.jar")));
        assertTrue(Files.isRegularFile(folder.resolve("site.zip")));
    }

    private Path category() throws IOException {
        return Files.writeString(folder.resolve("category.xml"), "<site><feature id=\"org.example.feature\" "
                + "version=\"0.0.0\"><category name=\"example\"/></feature>"
                + "<category-def name=\"example\" label=\"Example\"/></site>");
    }

    private static void bundleJar(Path file, String symbolicName, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        manifest.getMainAttributes().putValue("Bundle-Version", version);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("example".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    private static void featureJar(Path file, String featureXml) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("feature.xml"));
            jar.write(featureXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}

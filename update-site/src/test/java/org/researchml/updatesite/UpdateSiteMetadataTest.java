package org.researchml.updatesite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the generated p2 metadata and checks units, versions, requirements, filters and artifacts. */
class UpdateSiteMetadataTest {

    private static final List<String> FRAGMENTS = List.of("org.researchml.core.natives.linux.x86_64",
            "org.researchml.core.natives.win32.x86_64", "org.researchml.core.natives.macosx.x86_64",
            "org.researchml.core.natives.macosx.aarch64");
    private static final Map<String, String> FILTERS = Map.of(
            "org.researchml.core.natives.linux.x86_64", "(&(osgi.os=linux)(osgi.arch=x86_64))",
            "org.researchml.core.natives.win32.x86_64", "(&(osgi.os=win32)(osgi.arch=x86_64))",
            "org.researchml.core.natives.macosx.x86_64", "(&(osgi.os=macosx)(osgi.arch=x86_64))",
            "org.researchml.core.natives.macosx.aarch64", "(&(osgi.os=macosx)(osgi.arch=aarch64))");

    private static Path repository;
    private static final Map<String, Element> UNITS = new HashMap<>();
    private static final Map<String, Element> ARTIFACTS = new HashMap<>();
    private static String version;

    @BeforeAll
    static void readMetadata() throws Exception {
        repository = Path.of(System.getProperty("researchml.siteRepository"));
        Element content = parse(repository.resolve("content.xml"));
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            UNITS.put(unit.getAttribute("id"), unit);
        }
        Element artifacts = parse(repository.resolve("artifacts.xml"));
        NodeList artifactList = artifacts.getElementsByTagName("artifact");
        for (int i = 0; i < artifactList.getLength(); i++) {
            Element artifact = (Element) artifactList.item(i);
            ARTIFACTS.put(artifact.getAttribute("classifier") + ":" + artifact.getAttribute("id"), artifact);
        }
        version = UNITS.get("org.researchml.core").getAttribute("version");
    }

    private static Element parse(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " missing; build with mvn verify");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Element requirement(Element unit, String namespace, String name) {
        return children(unit, "required").stream()
                .filter(r -> r.getAttribute("namespace").equals(namespace) && r.getAttribute("name").equals(name))
                .findFirst().orElse(null);
    }

    private static String filterOf(Element element) {
        List<Element> filters = children(element, "filter");
        return filters.isEmpty() ? null : filters.get(0).getTextContent().strip();
    }

    @Test
    void allUnitsShareOneVersion() {
        assertTrue(version.matches("0\\.1\\.0\\.v\\d{12}"), "version " + version);
        List<String> ids = new ArrayList<>(FRAGMENTS);
        ids.addAll(List.of("org.researchml.core", "org.researchml.knime", "org.researchml.feature.feature.jar",
                "org.researchml.feature.feature.group"));
        for (String id : ids) {
            assertNotNull(UNITS.get(id), "unit " + id + " missing");
            assertEquals(version, UNITS.get(id).getAttribute("version"), id);
        }
    }

    @Test
    void nodeBundleRequiresKnimeCore() {
        Element nodes = UNITS.get("org.researchml.knime");
        Element knime = requirement(nodes, "osgi.bundle", "org.knime.core");
        assertNotNull(knime, "org.researchml.knime does not require org.knime.core");
        assertEquals("[5.5.0,6.0.0)", knime.getAttribute("range"));
        assertNotNull(requirement(nodes, "osgi.bundle", "org.researchml.core"));
        assertEquals("true", nodes.getAttribute("singleton"));
    }

    @Test
    void coreExportsAndImportsSlf4j() {
        Element core = UNITS.get("org.researchml.core");
        boolean exportsSegmentation = children(core, "provided").stream().anyMatch(p ->
                p.getAttribute("namespace").equals("java.package")
                        && p.getAttribute("name").equals("org.researchml.core.segmentation"));
        assertTrue(exportsSegmentation, "org.researchml.core.segmentation not exported");
        Element slf4j = requirement(core, "java.package", "org.slf4j");
        assertNotNull(slf4j);
        assertEquals("[1.7.0,3.0.0)", slf4j.getAttribute("range"));
        assertEquals("", slf4j.getAttribute("optional"));
        Element weka = requirement(core, "java.package", "weka.core");
        assertEquals(null, weka, "weka.core is embedded, so it must not be imported");
    }

    @Test
    void fragmentsCarryPlatformFilters() {
        for (String id : FRAGMENTS) {
            Element fragment = UNITS.get(id);
            assertEquals(FILTERS.get(id), filterOf(fragment), id);
            Element host = requirement(fragment, "osgi.bundle", "org.researchml.core");
            assertNotNull(host, id + " has no host requirement");
            boolean providesFragment = children(fragment, "provided").stream().anyMatch(p ->
                    p.getAttribute("namespace").equals("osgi.fragment")
                            && p.getAttribute("name").equals("org.researchml.core"));
            assertTrue(providesFragment, id);
        }
    }

    @Test
    void featureGroupRequiresEverything() {
        Element group = UNITS.get("org.researchml.feature.feature.group");
        for (String id : List.of("org.researchml.core", "org.researchml.knime")) {
            Element required = requirement(group, "org.eclipse.equinox.p2.iu", id);
            assertEquals("[" + version + "," + version + "]", required.getAttribute("range"), id);
            assertEquals(null, filterOf(required), id);
        }
        for (String id : FRAGMENTS) {
            Element required = requirement(group, "org.eclipse.equinox.p2.iu", id);
            assertNotNull(required, id);
            String filter = filterOf(required);
            assertTrue(filter.contains("osgi.os=" + id.split("\\.")[4]), id + ": " + filter);
            assertTrue(filter.contains("osgi.arch=" + id.split("\\.")[5]), id + ": " + filter);
        }
        Element knime = requirement(group, "org.eclipse.equinox.p2.iu", "org.knime.core");
        assertEquals("[5.5.0,6.0.0)", knime.getAttribute("range"));
        assertEquals(1, children(group, "license").size());
        assertTrue(children(group, "license").get(0).getTextContent().contains("GPL-3.0"));
        assertEquals(1, children(group, "copyright").size());
    }

    @Test
    void categoryListsFeature() {
        Element category = UNITS.get("org.researchml.category.researchml");
        assertNotNull(category);
        assertNotNull(requirement(category, "org.eclipse.equinox.p2.iu", "org.researchml.feature.feature.group"));
        boolean isCategory = children(category, "property").stream().anyMatch(p ->
                p.getAttribute("name").equals("org.eclipse.equinox.p2.type.category")
                        && p.getAttribute("value").equals("true"));
        assertTrue(isCategory);
    }

    @Test
    void artifactsExistWithChecksums() throws IOException {
        List<String> bundles = new ArrayList<>(FRAGMENTS);
        bundles.addAll(List.of("org.researchml.core", "org.researchml.knime"));
        for (String id : bundles) {
            Path jar = repository.resolve("plugins").resolve(id + "_" + version + ".jar");
            assertArtifact(ARTIFACTS.get("osgi.bundle:" + id), jar);
            try (JarFile file = new JarFile(jar.toFile())) {
                assertEquals(id, file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName")
                        .split(";")[0]);
            }
        }
        assertArtifact(ARTIFACTS.get("org.eclipse.update.feature:org.researchml.feature"),
                repository.resolve("features").resolve("org.researchml.feature_" + version + ".jar"));
    }

    private static void assertArtifact(Element artifact, Path jar) throws IOException {
        assertNotNull(artifact, "artifact for " + jar.getFileName());
        assertTrue(Files.isRegularFile(jar), jar + " missing");
        Map<String, String> properties = new HashMap<>();
        children(artifact, "property").forEach(p -> properties.put(p.getAttribute("name"), p.getAttribute("value")));
        assertEquals(Long.toString(Files.size(jar)), properties.get("download.size"), jar.toString());
        assertEquals(ArtifactsXml.sha256(jar), properties.get("download.checksum.sha-256"), jar.toString());
    }

    @Test
    void nativeFragmentsHoldExpectedLibraries() throws IOException {
        assertLibraries("org.researchml.core.natives.linux.x86_64", List.of(
                "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-onednn-avx2/libnd4jcpu.so",
                "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/libnd4jcpu.so",
                "org/bytedeco/openblas/linux-x86_64/libopenblas.so.0",
                "org/bytedeco/javacpp/linux-x86_64/libjnijavacpp.so"));
        assertLibraries("org.researchml.core.natives.win32.x86_64", List.of(
                "org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64-onednn-avx2/libnd4jcpu.dll",
                "org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64/libnd4jcpu.dll",
                "org/bytedeco/openblas/windows-x86_64/libopenblas.dll",
                "org/bytedeco/javacpp/windows-x86_64/jnijavacpp.dll"));
        assertLibraries("org.researchml.core.natives.macosx.x86_64", List.of(
                "org/nd4j/linalg/cpu/nativecpu/bindings/macosx-x86_64-avx2/libnd4jcpu.dylib",
                "org/nd4j/linalg/cpu/nativecpu/bindings/macosx-x86_64/libnd4jcpu.dylib",
                "org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib",
                "org/bytedeco/javacpp/macosx-x86_64/libjnijavacpp.dylib"));
        assertLibraries("org.researchml.core.natives.macosx.aarch64", List.of(
                "org/nd4j/linalg/cpu/nativecpu/bindings/macosx-arm64/libnd4jcpu.dylib",
                "org/bytedeco/openblas/macosx-arm64/libopenblas.0.dylib",
                "org/bytedeco/javacpp/macosx-arm64/libjnijavacpp.dylib"));
    }

    /** Checks that the fragment's Bundle-ClassPath jars together contain every expected library. */
    private static void assertLibraries(String fragment, List<String> libraries) throws IOException {
        Path jar = repository.resolve("plugins").resolve(fragment + "_" + version + ".jar");
        List<String> found = new ArrayList<>();
        Path unpacked = Files.createTempDirectory("fragment");
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest().getMainAttributes().getValue("Bundle-ClassPath");
            for (String entry : classPath.split(",")) {
                Path nested = unpacked.resolve(entry.trim().replace('/', '_'));
                try (var in = file.getInputStream(file.getEntry(entry.trim()))) {
                    Files.copy(in, nested);
                }
                try (ZipFile inner = new ZipFile(nested.toFile())) {
                    inner.stream().forEach(e -> found.add(e.getName()));
                }
                Files.delete(nested);
            }
        } finally {
            Files.deleteIfExists(unpacked);
        }
        for (String library : libraries) {
            assertTrue(found.contains(library), fragment + " lacks " + library);
        }
    }

    @Test
    void archiveHoldsMetadata() throws IOException {
        try (ZipFile zip = new ZipFile(System.getProperty("researchml.siteZip"))) {
            assertNotNull(zip.getEntry("content.xml"));
            assertNotNull(zip.getEntry("artifacts.xml"));
            assertNotNull(zip.getEntry("plugins/org.researchml.core_" + version + ".jar"));
        }
    }
}

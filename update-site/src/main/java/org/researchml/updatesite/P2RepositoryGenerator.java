package org.researchml.updatesite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Builds a p2 update site from local jars, without Tycho or a network: copies bundles and features into
 * {@code plugins/} and {@code features/}, writes {@code content.xml}, {@code artifacts.xml} and
 * {@code p2.index}, and zips the result for KNIME's "Install New Software > Add > Archive".
 *
 * <p>Arguments: input folder with bundle and feature jars, {@code category.xml}, output folder, zip file.
 */
public final class P2RepositoryGenerator {

    static final String REPOSITORY_NAME = "Research ML nodes for KNIME";

    private P2RepositoryGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("Expected 4 arguments: input folder, category.xml, output folder, "
                    + "zip file; got " + args.length + ".");
        }
        generate(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    /** Builds the repository in {@code output} (emptied first) and the archive {@code zip}. */
    public static void generate(Path input, Path categoryXml, Path output, Path zip) throws IOException {
        List<BundleJar> bundles = new ArrayList<>();
        List<FeatureJar> features = new ArrayList<>();
        try (Stream<Path> jars = Files.list(input)) {
            for (Path jar : jars.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                FeatureJar feature = FeatureJar.read(jar);
                if (feature != null) {
                    features.add(feature);
                    continue;
                }
                BundleJar bundle = BundleJar.read(jar);
                if (bundle != null) {
                    bundles.add(bundle);
                }
            }
        }
        checkFeatureContents(features, bundles);

        deleteRecursively(output);
        Files.createDirectories(output.resolve("plugins"));
        Files.createDirectories(output.resolve("features"));
        long timestamp = System.currentTimeMillis();
        ContentXml content = new ContentXml(REPOSITORY_NAME, timestamp);
        ArtifactsXml artifacts = new ArtifactsXml(REPOSITORY_NAME, timestamp);
        for (BundleJar bundle : bundles) {
            Path target = output.resolve("plugins").resolve(bundle.symbolicName() + "_" + bundle.version() + ".jar");
            Files.copy(bundle.file(), target, StandardCopyOption.REPLACE_EXISTING);
            content.addBundle(bundle);
            artifacts.add("osgi.bundle", bundle.symbolicName(), bundle.version(), target);
        }
        for (FeatureJar feature : features) {
            Path target = output.resolve("features").resolve(feature.id() + "_" + feature.version() + ".jar");
            Files.copy(feature.file(), target, StandardCopyOption.REPLACE_EXISTING);
            content.addFeature(feature);
            artifacts.add("org.eclipse.update.feature", feature.id(), feature.version(), target);
        }
        addCategories(content, categoryXml, features);
        content.write(output.resolve("content.xml"));
        artifacts.write(output.resolve("artifacts.xml"));
        Files.writeString(output.resolve("p2.index"), "version=1\n"
                + "metadata.repository.factory.order=content.xml,\\!\n"
                + "artifact.repository.factory.order=artifacts.xml,\\!\n");
        zip(output, zip);
    }

    /** Fails when a feature lists a plugin that is missing from the input or has another version. */
    private static void checkFeatureContents(List<FeatureJar> features, List<BundleJar> bundles) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("No feature jar (a jar with feature.xml at its root) in the input folder.");
        }
        Map<String, String> versions = new HashMap<>();
        bundles.forEach(bundle -> versions.put(bundle.symbolicName(), bundle.version()));
        for (FeatureJar feature : features) {
            for (FeatureJar.Plugin plugin : feature.plugins()) {
                String found = versions.get(plugin.id());
                if (!plugin.version().equals(found)) {
                    throw new IllegalArgumentException("Feature " + feature.id() + " lists plugin " + plugin.id()
                            + " " + plugin.version() + ", but the input folder has "
                            + (found == null ? "no such bundle" : "version " + found)
                            + ". Build all modules in one reactor run so that they share one version.");
                }
            }
        }
    }

    private static void addCategories(ContentXml content, Path categoryXml, List<FeatureJar> features)
            throws IOException {
        Element site;
        try {
            site = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(categoryXml.toFile())
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Invalid " + categoryXml + ": " + e.getMessage(), e);
        }
        NodeList definitions = site.getElementsByTagName("category-def");
        NodeList featureEntries = site.getElementsByTagName("feature");
        for (int i = 0; i < definitions.getLength(); i++) {
            Element definition = (Element) definitions.item(i);
            String name = definition.getAttribute("name");
            List<FeatureJar> members = new ArrayList<>();
            for (int j = 0; j < featureEntries.getLength(); j++) {
                Element entry = (Element) featureEntries.item(j);
                NodeList categories = entry.getElementsByTagName("category");
                for (int k = 0; k < categories.getLength(); k++) {
                    if (name.equals(((Element) categories.item(k)).getAttribute("name"))) {
                        features.stream().filter(feature -> feature.id().equals(entry.getAttribute("id")))
                                .forEach(members::add);
                    }
                }
            }
            NodeList description = definition.getElementsByTagName("description");
            String version = features.get(0).version();
            content.addCategory("org.researchml.category." + name, version, definition.getAttribute("label"),
                    description.getLength() == 0 ? null : description.item(0).getTextContent().strip(), members);
        }
    }

    /** Zips {@code folder}'s content; jars are stored without recompression, since they are compressed already. */
    private static void zip(Path folder, Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(folder.relativize(path).toString().replace('\\', '/'));
                if (path.toString().endsWith(".jar")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(Files.size(path));
                    entry.setCrc(crc32(path));
                }
                out.putNextEntry(entry);
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }

    private static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

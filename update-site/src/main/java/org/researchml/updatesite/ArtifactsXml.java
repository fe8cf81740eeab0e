package org.researchml.updatesite;

import static org.researchml.updatesite.XmlDocument.child;
import static org.researchml.updatesite.XmlDocument.setSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes {@code artifacts.xml}, the p2 artifact repository: the mapping rules from an artifact key to
 * {@code plugins/<id>_<version>.jar} or {@code features/<id>_<version>.jar}, and each artifact's size
 * and SHA-256 checksum, which p2 verifies after download.
 */
final class ArtifactsXml {

    private final Document document = XmlDocument.create();
    private final Element artifacts;

    ArtifactsXml(String repositoryName, long timestamp) {
        Element repository = document.createElement("repository");
        document.appendChild(repository);
        repository.setAttribute("name", repositoryName);
        repository.setAttribute("type", "org.eclipse.equinox.p2.artifact.repository.simpleRepository");
        repository.setAttribute("version", "1");
        Element properties = child(repository, "properties");
        child(properties, "property", "name", "p2.timestamp", "value", Long.toString(timestamp));
        child(properties, "property", "name", "p2.compressed", "value", "false");
        setSize(properties);
        Element mappings = child(repository, "mappings");
        child(mappings, "rule", "filter", "(& (classifier=osgi.bundle))",
                "output", "${repoUrl}/plugins/${id}_${version}.jar");
        child(mappings, "rule", "filter", "(& (classifier=binary))", "output", "${repoUrl}/binary/${id}_${version}");
        child(mappings, "rule", "filter", "(& (classifier=org.eclipse.update.feature))",
                "output", "${repoUrl}/features/${id}_${version}.jar");
        setSize(mappings);
        artifacts = child(repository, "artifacts");
    }

    /** Adds the artifact stored at {@code file}, already copied to its place in the repository. */
    void add(String classifier, String id, String version, Path file) throws IOException {
        Element artifact = child(artifacts, "artifact", "classifier", classifier, "id", id, "version", version);
        Element properties = child(artifact, "properties");
        String size = Long.toString(Files.size(file));
        child(properties, "property", "name", "artifact.size", "value", size);
        child(properties, "property", "name", "download.size", "value", size);
        child(properties, "property", "name", "download.checksum.sha-256", "value", sha256(file));
        if (classifier.equals("org.eclipse.update.feature")) {
            child(properties, "property", "name", "download.contentType", "value", "application/zip");
        }
        setSize(properties);
    }

    void write(Path file) throws IOException {
        setSize(artifacts);
        XmlDocument.write(document, "artifactRepository", "version='1.1.0'", file);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}

package org.researchml.core.segmentation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Saves and loads a {@link SegmentationModel} as one zip file with two entries:
 * {@value #METADATA_ENTRY} (the {@link SegmentationModelMetadata} as JSON) and {@value #NETWORK_ENTRY}
 * (the network in DL4J's {@link ModelSerializer} format, without updater state).
 *
 * <p>Saving writes a temporary file in the target folder and renames it, so a reader never sees
 * a half-written model and a failed save leaves no file behind.
 */
public final class SegmentationModelFile {

    /** Version of the file layout written by this class. */
    public static final int FORMAT_VERSION = 1;
    /** Zip entry with the metadata JSON. */
    public static final String METADATA_ENTRY = "metadata.json";
    /** Zip entry with the DL4J network. */
    public static final String NETWORK_ENTRY = "network.dl4j.zip";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SegmentationModelFile() {
    }

    /**
     * Writes a model atomically; an existing file is replaced.
     *
     * @throws IOException if the file cannot be written
     */
    public static void save(SegmentationModel model, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // A new file with default permissions; Files.createTempFile would make it readable by the owner only.
        Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream output = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
                    ZipOutputStream zip = new ZipOutputStream(output)) {
                zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
                zip.write(JSON.writeValueAsBytes(model.metadata()));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(NETWORK_ENTRY));
                ByteArrayOutputStream network = new ByteArrayOutputStream();
                ModelSerializer.writeModel(model.network(), network, false);
                network.writeTo(zip);
                zip.closeEntry();
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws IOException if the file is missing, not a segmentation model, of a newer format, or damaged
     */
    public static SegmentationModel load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("Model file " + file + " is a folder. Give the model file inside it, for example "
                    + file.resolve("model.zip") + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("Model file " + file + " not found. Check the path or train a model first.");
        }

        byte[] metadataBytes = null;
        byte[] networkBytes = null;
        try (InputStream input = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(input)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (METADATA_ENTRY.equals(entry.getName())) {
                    metadataBytes = zip.readAllBytes();
                } else if (NETWORK_ENTRY.equals(entry.getName())) {
                    networkBytes = zip.readAllBytes();
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw damaged(file, e);
        }
        if (metadataBytes == null || networkBytes == null) {
            throw new IOException("File " + file + " is not a segmentation model (it lacks " + METADATA_ENTRY + " or "
                    + NETWORK_ENTRY + "). Choose a model file written by segment-train.");
        }

        SegmentationModelMetadata metadata;
        try {
            metadata = JSON.readValue(metadataBytes, SegmentationModelMetadata.class);
        } catch (IOException e) {
            throw new IOException("Model file " + file + " has invalid metadata (" + e.getMessage().lines().findFirst()
                    .orElse("") + "). The file is damaged; train or copy the model again.", e);
        }
        if (metadata.formatVersion() > FORMAT_VERSION) {
            throw new IOException("Model file " + file + " has format version " + metadata.formatVersion()
                    + " but this version reads up to " + FORMAT_VERSION + ". Update Research ML.");
        }

        OneDnnSupport.enable();
        ComputationGraph network;
        try {
            network = ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(networkBytes), false);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
        return new SegmentationModel(network, metadata);
    }

    private static IOException damaged(Path file, Exception cause) {
        return new IOException("Model file " + file + " is damaged or truncated (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + "). Train or copy the model again.", cause);
    }
}

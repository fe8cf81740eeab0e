package org.researchml.core.ensemble;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import weka.classifiers.Classifier;
import weka.core.Version;

/**
 * Saves and loads trained ensembles as one zip file.
 *
 * <p>The zip contains {@code model.json} (settings, feature names, threshold, versions, stacking coefficients) and
 * one Java-serialized Weka classifier per member under {@code members/}. Loading deserializes members through
 * {@link ModelClassFilter}, an allow-list of the classes that trained members consist of. Saving writes a temporary
 * file in the target folder and then moves it over the target, so an existing file is never left half-written.
 */
public final class EnsembleModelIO {

    private static final Logger LOGGER = LoggerFactory.getLogger(EnsembleModelIO.class);
    private static final String DOCUMENT_ENTRY = "model.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EnsembleModelIO() {
    }

    /**
     * Writes a model to a file, replacing any existing file.
     *
     * @throws IOException when the file or its temporary sibling cannot be written
     */
    public static void save(EnsembleModel model, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                writeModel(model, zip);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        LOGGER.info("Saved ensemble model to {}", target);
    }

    private static void writeModel(EnsembleModel model, ZipOutputStream zip) throws IOException {
        List<String> entries = new ArrayList<>();
        for (int m = 0; m < model.members().size(); m++) {
            String entry = "members/" + m + "-" + model.settings().members().get(m).kind().name().toLowerCase()
                    + ".ser";
            entries.add(entry);
            zip.putNextEntry(new ZipEntry(entry));
            ObjectOutputStream objects = new ObjectOutputStream(zip);
            objects.writeObject(model.members().get(m));
            objects.flush();
            zip.closeEntry();
        }
        ModelDocument document = new ModelDocument(ModelDocument.CURRENT_FORMAT, Version.VERSION,
                System.getProperty("java.version"), model.settings(), model.featureNames(), model.threshold(),
                model.trainingRowCount(), model.trainingEventCount(), model.stacking(), entries);
        zip.putNextEntry(new ZipEntry(DOCUMENT_ENTRY));
        zip.write(MAPPER.writeValueAsBytes(document));
        zip.closeEntry();
    }

    /**
     * Reads a model written by {@link #save(EnsembleModel, Path)}.
     *
     * @throws IOException naming the file when it is missing, not a model file, of an unknown format version, or
     *         contains a serialized class outside the allow-list
     */
    public static EnsembleModel load(Path file) throws IOException {
        Map<String, byte[]> entries = readEntries(file);
        byte[] json = entries.get(DOCUMENT_ENTRY);
        if (json == null) {
            throw notAModel(file, "it has no " + DOCUMENT_ENTRY + " entry");
        }
        ModelDocument document;
        try {
            document = MAPPER.readValue(json, ModelDocument.class);
        } catch (JsonProcessingException e) {
            throw notAModel(file, DOCUMENT_ENTRY + " is invalid: " + e.getOriginalMessage());
        }
        if (document.formatVersion() != ModelDocument.CURRENT_FORMAT) {
            throw new IOException("Model file " + file + " has format version " + document.formatVersion()
                    + ", but this program reads version " + ModelDocument.CURRENT_FORMAT
                    + "; use the program version that wrote it.");
        }
        if (document.settings() == null || document.featureNames() == null || document.memberEntries() == null) {
            throw notAModel(file, DOCUMENT_ENTRY + " lacks settings, feature names or member entries");
        }
        if (!Version.VERSION.equals(document.wekaVersion())) {
            LOGGER.warn("Model file {} was written with Weka {} and is read with Weka {}", file,
                    document.wekaVersion(), Version.VERSION);
        }
        List<Classifier> members = new ArrayList<>();
        for (String entry : document.memberEntries()) {
            byte[] bytes = entries.get(entry);
            if (bytes == null) {
                throw notAModel(file, "member entry " + entry + " is missing");
            }
            members.add(readMember(file, entry, bytes));
        }
        try {
            return new EnsembleModel(document.settings(), document.featureNames(), members, document.stacking(),
                    document.threshold(), document.trainingRowCount(), document.trainingEventCount());
        } catch (IllegalArgumentException e) {
            throw notAModel(file, e.getMessage());
        }
    }

    private static Map<String, byte[]> readEntries(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "Model file not found; check the path.");
        } catch (ZipException e) {
            throw notAModel(file, "it is not a valid zip archive (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw notAModel(file, "it is not a zip archive or is empty");
        }
        return entries;
    }

    private static Classifier readMember(Path file, String entry, byte[] bytes) throws IOException {
        ModelClassFilter filter = new ModelClassFilter();
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            objects.setObjectInputFilter(filter);
            Object member = objects.readObject();
            if (!(member instanceof Classifier classifier)) {
                throw notAModel(file, "entry " + entry + " contains a " + member.getClass().getName()
                        + " instead of a classifier");
            }
            return classifier;
        } catch (InvalidClassException e) {
            if (filter.rejectedClass() != null) {
                throw new IOException("Model file " + file + ", entry " + entry + ": rejected serialized class "
                        + filter.rejectedClass() + " because it is not on the allow-list of model classes; the file "
                        + "was not written by this program or has been tampered with.", e);
            }
            throw notAModel(file, "entry " + entry + " was written by an incompatible version (" + e.getMessage()
                    + ")");
        } catch (ClassNotFoundException e) {
            throw notAModel(file, "entry " + entry + " needs class " + e.getMessage() + ", which is not available");
        }
    }

    private static IOException notAModel(Path file, String reason) {
        return new IOException("File " + file + " is not an ensemble model file: " + reason + ".");
    }

    /** Serializes a member to bytes; used by tests to check the allow-list. */
    static byte[] serialize(Object member) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(member);
        }
        return bytes.toByteArray();
    }
}

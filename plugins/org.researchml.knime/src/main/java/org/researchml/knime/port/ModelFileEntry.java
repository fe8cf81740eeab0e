package org.researchml.knime.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;

import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;

/**
 * Stores a model file of the core's own format as one entry of a port object's zip content, so that a port
 * object loads only through the core's checked loader (for example the ensemble's class allow-list).
 */
final class ModelFileEntry {

    /** Writes a model to a file. */
    interface FileWriter {
        void write(Path file) throws IOException;
    }

    /** Reads a model from a file. */
    interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    private ModelFileEntry() {
    }

    /** Writes the model through a temporary file into the entry {@code entryName}; the temporary file is deleted. */
    static void write(PortObjectZipOutputStream out, String entryName, FileWriter writer) throws IOException {
        Path folder = Files.createTempDirectory("researchml-model");
        Path file = folder.resolve(entryName);
        try {
            writer.write(file);
            out.putNextEntry(new ZipEntry(entryName));
            Files.copy(file, nonClosing(out));
            out.closeEntry();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * Reads the model from the next entry, which must be {@code entryName}.
     *
     * @param portName port name for the error message, for example "ensemble model"
     * @param learnerNode node that creates the port, named in the error message
     * @throws IOException if the entry is missing or the model file is invalid
     */
    static <T> T read(PortObjectZipInputStream in, String entryName, String portName, String learnerNode,
            FileReader<T> reader) throws IOException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !entryName.equals(entry.getName())) {
            throw new IOException("The " + portName + " port content has no " + entryName + " entry (found "
                    + (entry == null ? "none" : entry.getName()) + "). Re-execute the " + learnerNode + " node.");
        }
        Path folder = Files.createTempDirectory("researchml-model");
        Path file = folder.resolve(entryName);
        try {
            Files.copy(nonClosing(in), file, StandardCopyOption.REPLACE_EXISTING);
            return reader.read(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Returns a stream that leaves the caller's zip stream open on close. */
    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Returns a stream that leaves the caller's zip stream open on close. */
    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // The zip stream belongs to the caller.
            }
        };
    }
}

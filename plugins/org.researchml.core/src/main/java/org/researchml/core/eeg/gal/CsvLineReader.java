package org.researchml.core.eeg.gal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads lines of an ASCII CSV file from a byte position and reports the position of each line,
 * so that a reader can return to a line later without scanning from the start.
 */
final class CsvLineReader implements AutoCloseable {

    private final FileChannel channel;
    private final InputStream in;
    private final StringBuilder line = new StringBuilder(512);
    private long position;
    private long lineStart;

    CsvLineReader(Path file, long startPosition) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(startPosition);
        this.in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
        this.position = startPosition;
    }

    /** Returns the next line without its line ending, or {@code null} at the end of the file. */
    String readLine() throws IOException {
        line.setLength(0);
        lineStart = position;
        int value = in.read();
        if (value < 0) {
            return null;
        }
        while (value >= 0 && value != '\n') {
            position++;
            if (value != '\r') {
                line.append((char) value);
            }
            value = in.read();
        }
        if (value == '\n') {
            position++;
        }
        return line.toString();
    }

    /** Returns the byte position where the last line returned by {@link #readLine()} starts. */
    long lineStart() {
        return lineStart;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Returns the number of comma-separated fields of a line. */
    static int countFields(String line) {
        int fields = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                fields++;
            }
        }
        return fields;
    }
}

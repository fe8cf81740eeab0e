package org.researchml.core.eeg.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.researchml.core.eeg.EegFormatException;

/**
 * Holds one block of consecutive data records in memory, so that reading several channels of the
 * same time range touches the disk once. The block never exceeds its byte limit unless a single
 * record is larger, in which case it contains that one record.
 */
final class RecordBlockCache {

    /** Default upper bound of the block size in bytes. */
    static final int MAX_BLOCK_BYTES = 8 << 20;

    private final Path file;
    private final FileChannel channel;
    private final long dataStart;
    private final int recordBytes;
    private final long recordCount;
    private final int recordsPerBlock;
    private final byte[] block;
    private long firstCachedRecord = -1;
    private int cachedRecords;

    RecordBlockCache(Path file, FileChannel channel, long dataStart, long recordBytes, long recordCount,
            int maxBlockBytes) throws EegFormatException {
        if (recordBytes > Integer.MAX_VALUE - 8) {
            throw new EegFormatException(file, "one data record has " + recordBytes
                    + " bytes, more than this reader can hold in memory (2 GB).");
        }
        this.file = file;
        this.channel = channel;
        this.dataStart = dataStart;
        this.recordBytes = (int) Math.max(1, recordBytes);
        this.recordCount = recordCount;
        this.recordsPerBlock = (int) Math.max(1, Math.min(recordCount, maxBlockBytes / this.recordBytes));
        this.block = new byte[Math.multiplyExact(recordsPerBlock, this.recordBytes)];
    }

    /** Returns the array that contains the cached block, valid until the next {@link #offsetOf} call. */
    byte[] bytes() {
        return block;
    }

    /** Loads the record if needed and returns the offset of its first byte in {@link #bytes()}. */
    int offsetOf(long record) throws IOException {
        if (record < firstCachedRecord || record >= firstCachedRecord + cachedRecords) {
            load(record);
        }
        return (int) (record - firstCachedRecord) * recordBytes;
    }

    private void load(long firstRecord) throws IOException {
        int records = (int) Math.min(recordsPerBlock, recordCount - firstRecord);
        ByteBuffer buffer = ByteBuffer.wrap(block, 0, records * recordBytes);
        long position = dataStart + firstRecord * recordBytes;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                firstCachedRecord = -1;
                cachedRecords = 0;
                throw new EegFormatException(file, "the file ends at byte " + (position + buffer.position())
                        + " inside data record " + (firstRecord + 1 + buffer.position() / recordBytes)
                        + ". The file was truncated after it was opened.");
            }
        }
        firstCachedRecord = firstRecord;
        cachedRecords = records;
    }
}

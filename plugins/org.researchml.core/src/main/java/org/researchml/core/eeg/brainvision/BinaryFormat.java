package org.researchml.core.eeg.brainvision;

import java.nio.ByteBuffer;

/** Sample encodings of BrainVision binary data files, as named by the {@code BinaryFormat} key. */
enum BinaryFormat {
    INT_16(2),
    INT_32(4),
    IEEE_FLOAT_32(4);

    private final int bytesPerSample;

    BinaryFormat(int bytesPerSample) {
        this.bytesPerSample = bytesPerSample;
    }

    int bytesPerSample() {
        return bytesPerSample;
    }

    /** Reads one sample at the absolute position of a buffer whose byte order is already set. */
    double read(ByteBuffer buffer, int position) {
        return switch (this) {
            case INT_16 -> buffer.getShort(position);
            case INT_32 -> buffer.getInt(position);
            case IEEE_FLOAT_32 -> buffer.getFloat(position);
        };
    }
}

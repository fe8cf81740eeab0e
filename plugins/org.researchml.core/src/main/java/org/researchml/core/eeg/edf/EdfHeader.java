package org.researchml.core.eeg.edf;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The fixed header of an EDF, EDF+, BDF or BDF+ file, as stored.
 *
 * @param bdf whether samples are 24-bit (BDF) rather than 16-bit (EDF)
 * @param plusVariant {@code "C"} or {@code "D"} for EDF+/BDF+ files, empty for plain EDF/BDF
 * @param patient patient identification field
 * @param recordingId recording identification field
 * @param startDateTime start of the recording, or {@code null} if the date or time field is invalid
 * @param headerBytes size of the header in bytes
 * @param recordCount number of data records
 * @param recordDurationSeconds duration of one data record in seconds, 0 for annotation-only files
 * @param signals all signals in file order, annotation channels included
 */
public record EdfHeader(boolean bdf, String plusVariant, String patient, String recordingId,
        LocalDateTime startDateTime, int headerBytes, long recordCount, double recordDurationSeconds,
        List<EdfSignal> signals) {

    public EdfHeader {
        signals = List.copyOf(signals);
    }

    /** Returns the bytes per stored sample: 3 for BDF, 2 for EDF. */
    public int bytesPerSample() {
        return bdf ? 3 : 2;
    }

    /** Returns the size of one data record in bytes. */
    public long recordBytes() {
        long samples = 0;
        for (EdfSignal signal : signals) {
            samples += signal.samplesPerRecord();
        }
        return samples * bytesPerSample();
    }

    /** Returns the format name, for example {@code EDF+D} or {@code BDF}. */
    public String formatName() {
        String base = bdf ? "BDF" : "EDF";
        return plusVariant.isEmpty() ? base : base + "+" + plusVariant;
    }
}

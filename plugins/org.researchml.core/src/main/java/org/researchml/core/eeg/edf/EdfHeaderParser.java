package org.researchml.core.eeg.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.researchml.core.eeg.EegFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses and validates the fixed header of an EDF, EDF+, BDF or BDF+ file.
 *
 * <p>The header is a 256-byte general part followed by 256 bytes per signal, stored field by field:
 * all labels, then all transducer types, and so on.
 */
final class EdfHeaderParser {

    private static final Logger LOG = LoggerFactory.getLogger(EdfHeaderParser.class);

    /** Size of the general part of the header in bytes. */
    static final int GENERAL_HEADER_BYTES = 256;

    private static final Pattern STARTDATE_YEAR = Pattern.compile("^Startdate \\d{2}-[A-Z]{3}-(\\d{4})\\b");

    private final Path file;

    private EdfHeaderParser(Path file) {
        this.file = file;
    }

    /** Reads and validates the header, including that the file size matches the declared data records. */
    static EdfHeader parse(Path file, FileChannel channel) throws IOException {
        return new EdfHeaderParser(file).read(channel);
    }

    private EdfHeader read(FileChannel channel) throws IOException {
        long fileBytes = channel.size();
        if (fileBytes < GENERAL_HEADER_BYTES) {
            throw new EegFormatException(file, "the file has " + fileBytes + " bytes, fewer than the "
                    + GENERAL_HEADER_BYTES + "-byte EDF/BDF header. The file is truncated or not an EDF/BDF file.");
        }
        byte[] general = readBytes(channel, 0, GENERAL_HEADER_BYTES);
        boolean bdf = detectBdf(general);

        String reserved = text(general, 192, 44);
        String plusVariant = plusVariant(reserved);
        String patient = text(general, 8, 80);
        String recordingId = text(general, 88, 80);
        LocalDateTime start = startDateTime(text(general, 168, 8), text(general, 176, 8), recordingId);

        long declaredHeaderBytes = parseLong(text(general, 184, 8),
                "number of bytes in header record (bytes 184-191)");
        long recordCount = parseLong(text(general, 236, 8), "number of data records (bytes 236-243)");
        double recordDuration = parseDouble(text(general, 244, 8), "duration of a data record (bytes 244-251)");
        long signalCount = parseLong(text(general, 252, 4), "number of signals (bytes 252-255)");

        if (signalCount <= 0) {
            throw new EegFormatException(file, "the number of signals (bytes 252-255) is " + signalCount
                    + ", but it must be at least 1.");
        }
        long expectedHeaderBytes = GENERAL_HEADER_BYTES * (signalCount + 1);
        if (declaredHeaderBytes != expectedHeaderBytes) {
            throw new EegFormatException(file, "the number of bytes in the header record (bytes 184-191) is "
                    + declaredHeaderBytes + ", but " + signalCount + " signals need " + expectedHeaderBytes
                    + " bytes. The header is damaged.");
        }
        // The 4-character signal count is at most 9999, so the header size fits an int.
        int headerBytes = (int) declaredHeaderBytes;
        if (fileBytes < headerBytes) {
            throw new EegFormatException(file, "the file has " + fileBytes + " bytes, fewer than the " + headerBytes
                    + "-byte header it declares. The file is truncated.");
        }
        if (recordDuration < 0 || Double.isNaN(recordDuration)) {
            throw new EegFormatException(file, "the duration of a data record (bytes 244-251) is " + recordDuration
                    + " s, but it must not be negative.");
        }

        byte[] signalBytes = readBytes(channel, GENERAL_HEADER_BYTES, headerBytes - GENERAL_HEADER_BYTES);
        List<EdfSignal> signals = parseSignals(signalBytes, (int) signalCount, bdf);

        boolean hasSignalChannels = signals.stream().anyMatch(signal -> !signal.annotation());
        if (recordDuration == 0 && hasSignalChannels) {
            throw new EegFormatException(file, "the duration of a data record (bytes 244-251) is 0 s, which only "
                    + "annotation-only files may use, but this file has signal channels.");
        }

        EdfHeader header = new EdfHeader(bdf, plusVariant, patient, recordingId, start, headerBytes, recordCount,
                recordDuration, signals);
        long checkedRecordCount = checkFileSize(header, fileBytes);
        if (checkedRecordCount != recordCount) {
            header = new EdfHeader(bdf, plusVariant, patient, recordingId, start, headerBytes, checkedRecordCount,
                    recordDuration, signals);
        }
        return header;
    }

    private boolean detectBdf(byte[] general) throws EegFormatException {
        if ((general[0] & 0xFF) == 0xFF && text(general, 1, 7).equals("BIOSEMI")) {
            return true;
        }
        if (new String(general, 0, 8, StandardCharsets.US_ASCII).equals("0       ")) {
            return false;
        }
        throw new EegFormatException(file, "the version field (bytes 0-7) is '" + text(general, 0, 8)
                + "', but EDF files start with '0' and BDF files with byte 0xFF and 'BIOSEMI'. "
                + "This is not an EDF or BDF file.");
    }

    /** Returns "C" or "D" from an EDF+/BDF+ marker in the reserved field, or "" for plain EDF/BDF. */
    private static String plusVariant(String reserved) {
        // Some BDF+ writers use the EDF+ marker, so both are accepted for both sample sizes.
        if (reserved.startsWith("EDF+C") || reserved.startsWith("BDF+C")) {
            return "C";
        }
        if (reserved.startsWith("EDF+D") || reserved.startsWith("BDF+D")) {
            return "D";
        }
        return "";
    }

    private List<EdfSignal> parseSignals(byte[] bytes, int count, boolean bdf) throws EegFormatException {
        // Each field is stored for all signals before the next field starts.
        int[] widths = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};
        int[] fieldStarts = new int[widths.length];
        int offset = 0;
        for (int field = 0; field < widths.length; field++) {
            fieldStarts[field] = offset;
            offset += widths[field] * count;
        }
        long digitalLimit = bdf ? (1L << 23) : (1L << 15);

        List<EdfSignal> signals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = text(bytes, fieldStarts[0] + i * 16, 16);
            String where = "signal " + (i + 1) + " '" + label + "'";
            boolean annotation = label.equals("EDF Annotations") || label.equals("BDF Annotations");
            String transducer = text(bytes, fieldStarts[1] + i * 80, 80);
            String unit = text(bytes, fieldStarts[2] + i * 8, 8);
            String prefiltering = text(bytes, fieldStarts[7] + i * 80, 80);
            long samplesPerRecord = parseLong(text(bytes, fieldStarts[8] + i * 8, 8),
                    where + ": number of samples in each data record");
            if (samplesPerRecord <= 0) {
                throw new EegFormatException(file, where + ": the number of samples in each data record is "
                        + samplesPerRecord + ", but it must be at least 1.");
            }
            if (samplesPerRecord > Integer.MAX_VALUE / 3) {
                throw new EegFormatException(file, where + ": the number of samples in each data record is "
                        + samplesPerRecord + ", more than this reader supports (" + Integer.MAX_VALUE / 3 + ").");
            }
            double physicalMinimum;
            double physicalMaximum;
            double digitalMinimum;
            double digitalMaximum;
            if (annotation) {
                // Annotation channels hold text, so their ranges are not used and often filled loosely.
                physicalMinimum = -1;
                physicalMaximum = 1;
                digitalMinimum = -digitalLimit;
                digitalMaximum = digitalLimit - 1;
            } else {
                physicalMinimum = parseDouble(text(bytes, fieldStarts[3] + i * 8, 8), where + ": physical minimum");
                physicalMaximum = parseDouble(text(bytes, fieldStarts[4] + i * 8, 8), where + ": physical maximum");
                digitalMinimum = parseLong(text(bytes, fieldStarts[5] + i * 8, 8), where + ": digital minimum");
                digitalMaximum = parseLong(text(bytes, fieldStarts[6] + i * 8, 8), where + ": digital maximum");
                validateRanges(where, physicalMinimum, physicalMaximum, digitalMinimum, digitalMaximum, digitalLimit);
            }
            signals.add(new EdfSignal(label, transducer, unit, physicalMinimum, physicalMaximum, digitalMinimum,
                    digitalMaximum, prefiltering, (int) samplesPerRecord, annotation));
        }
        return signals;
    }

    private void validateRanges(String where, double physicalMinimum, double physicalMaximum, double digitalMinimum,
            double digitalMaximum, long digitalLimit) throws EegFormatException {
        if (physicalMinimum == physicalMaximum) {
            throw new EegFormatException(file, where + ": the physical minimum and maximum are both "
                    + physicalMinimum + ", so digital values cannot be scaled. They must differ.");
        }
        if (digitalMinimum >= digitalMaximum) {
            throw new EegFormatException(file, where + ": the digital minimum " + (long) digitalMinimum
                    + " is not below the digital maximum " + (long) digitalMaximum + ". It must be smaller.");
        }
        if (digitalMinimum < -digitalLimit || digitalMaximum > digitalLimit - 1) {
            LOG.warn("{}: {}: the digital range {}..{} exceeds the {}-bit sample range.", file, where,
                    (long) digitalMinimum, (long) digitalMaximum, digitalLimit == (1L << 23) ? 24 : 16);
        }
    }

    /** Checks the file size and returns the record count, derived from the size if the header gives -1. */
    private long checkFileSize(EdfHeader header, long fileBytes) throws EegFormatException {
        long recordBytes = header.recordBytes();
        long dataBytes = fileBytes - header.headerBytes();
        long recordCount = header.recordCount();
        if (recordCount == -1) {
            if (dataBytes % recordBytes != 0) {
                throw new EegFormatException(file, "the number of data records (bytes 236-243) is -1 (unknown), "
                        + "and the " + dataBytes + " data bytes are not a whole number of " + recordBytes
                        + "-byte records. The last data record is truncated.");
            }
            LOG.warn("{}: the number of data records is -1 (unknown); using {} from the file size.", file,
                    dataBytes / recordBytes);
            return dataBytes / recordBytes;
        }
        if (recordCount < 0) {
            throw new EegFormatException(file, "the number of data records (bytes 236-243) is " + recordCount
                    + ", but it must be -1 (unknown) or at least 0.");
        }
        long expectedBytes = header.headerBytes() + recordCount * recordBytes;
        if (fileBytes < expectedBytes) {
            throw new EegFormatException(file, "the file has " + fileBytes + " bytes, but the header declares "
                    + recordCount + " data records of " + recordBytes + " bytes (" + expectedBytes + " bytes in all). "
                    + "The file is truncated after " + dataBytes / recordBytes + " complete data records"
                    + (dataBytes % recordBytes == 0 ? "." : " and a partial one."));
        }
        if (fileBytes > expectedBytes) {
            throw new EegFormatException(file, "the file has " + fileBytes + " bytes, more than the " + expectedBytes
                    + " bytes that the header declares (" + recordCount + " data records of " + recordBytes
                    + " bytes). The number of data records or the samples per record in the header are wrong.");
        }
        return recordCount;
    }

    private LocalDateTime startDateTime(String date, String time, String recordingId) {
        Matcher dateParts = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{2})").matcher(date);
        Matcher timeParts = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{2})").matcher(time);
        if (!dateParts.matches() || !timeParts.matches()) {
            LOG.warn("{}: the start date '{}' or time '{}' is not dd.mm.yy / hh.mm.ss; the start is unknown.", file,
                    date, time);
            return null;
        }
        int twoDigitYear = Integer.parseInt(dateParts.group(3));
        // EDF+ maps the two-digit years 85-99 to 1985-1999 and 00-84 to 2000-2084.
        int year = twoDigitYear >= 85 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
        Matcher fullYear = STARTDATE_YEAR.matcher(recordingId);
        if (fullYear.find()) {
            year = Integer.parseInt(fullYear.group(1));
        }
        try {
            return LocalDateTime.of(year, Integer.parseInt(dateParts.group(2)), Integer.parseInt(dateParts.group(1)),
                    Integer.parseInt(timeParts.group(1)), Integer.parseInt(timeParts.group(2)),
                    Integer.parseInt(timeParts.group(3)));
        } catch (DateTimeException e) {
            LOG.warn("{}: the start date '{}' and time '{}' are not a valid date; the start is unknown.", file, date,
                    time);
            return null;
        }
    }

    private long parseLong(String value, String field) throws EegFormatException {
        try {
            return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new EegFormatException(file, "the " + field + " is '" + value + "', which is not an integer.");
        }
    }

    private double parseDouble(String value, String field) throws EegFormatException {
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isInfinite(parsed) || Double.isNaN(parsed)) {
                throw new NumberFormatException(value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new EegFormatException(file, "the " + field + " is '" + value + "', which is not a number.");
        }
    }

    private static String text(byte[] bytes, int offset, int length) {
        // Header text must be ASCII, and Latin-1 keeps any stray byte readable.
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1).trim();
    }

    private byte[] readBytes(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new EegFormatException(file, "the file ends at byte " + (position + buffer.position())
                        + " inside the header. The file is truncated.");
            }
        }
        return buffer.array();
    }
}

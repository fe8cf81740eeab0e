package org.researchml.core.eeg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.researchml.core.eeg.brainvision.BrainVisionReader;
import org.researchml.core.eeg.edf.EdfReader;
import org.researchml.core.eeg.gal.GraspAndLiftReader;

/**
 * Opens EEG files of any supported format and loads channel subsets and time ranges into memory.
 *
 * <p>Supported formats: EDF, EDF+ (C and D), BDF, BDF+ (recognised by their first bytes, whatever the
 * extension), BrainVision ({@code .vhdr} header with {@code .vmrk} markers and binary data) and the
 * grasp-and-lift CSV layout ({@code subjN_seriesM_data.csv} with an optional {@code _events.csv}).
 */
public final class EegFiles {

    /** Human-readable list of the supported formats, used in error messages. */
    public static final String SUPPORTED_FORMATS = "EDF/EDF+ (first bytes '0       '), BDF/BDF+ (first bytes "
            + "0xFF 'BIOSEMI'), BrainVision (.vhdr) and grasp-and-lift CSV (*_data.csv)";

    private static final byte[] BDF_MAGIC = {(byte) 0xFF, 'B', 'I', 'O', 'S', 'E', 'M', 'I'};
    private static final byte[] EDF_MAGIC = "0       ".getBytes(StandardCharsets.US_ASCII);

    private EegFiles() {
    }

    /**
     * Opens a file with the reader for its format, chosen from its extension and first bytes.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws EegFormatException if the format is not supported or the file is damaged
     */
    public static EegSource open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "EEG file not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".vhdr")) {
            return BrainVisionReader.open(file);
        }
        if (name.endsWith("_data.csv")) {
            return GraspAndLiftReader.open(file);
        }
        byte[] start = firstBytes(file, 8);
        boolean edfExtension = name.endsWith(".edf") || name.endsWith(".bdf");
        if (edfExtension || Arrays.equals(start, EDF_MAGIC) || Arrays.equals(start, BDF_MAGIC)) {
            // A damaged .edf or .bdf file gets the EDF reader's message, which names the wrong field.
            return EdfReader.open(file);
        }
        throw new EegFormatException(file, "the format is not recognised from the file name or the first bytes. "
                + "Supported formats: " + SUPPORTED_FORMATS + ".");
    }

    /**
     * Loads channels and a time range of a file into memory.
     *
     * @param file the EEG file
     * @param channelLabels labels of the channels to load, in the requested order, or {@code null} for all signal
     *     channels
     * @param startSeconds start of the range in recording time (seconds after the recording start)
     * @param endSeconds end of the range (exclusive), or {@link Double#POSITIVE_INFINITY} for the end of the data
     * @return the samples in physical units, with the segments and the annotations that overlap the range
     * @throws IllegalArgumentException if a label is unknown, the range is invalid, or the channels have
     *     different sampling rates
     */
    public static Recording load(Path file, List<String> channelLabels, double startSeconds, double endSeconds)
            throws IOException {
        try (EegSource source = open(file)) {
            return RangeLoader.load(file, source, channelLabels, startSeconds, endSeconds);
        }
    }

    private static byte[] firstBytes(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }
}

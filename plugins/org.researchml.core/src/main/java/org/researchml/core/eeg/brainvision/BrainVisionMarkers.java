package org.researchml.core.eeg.brainvision;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.researchml.core.eeg.Annotation;
import org.researchml.core.eeg.EegFormatException;

/**
 * Markers of a BrainVision marker file ({@code .vmrk}) as annotations.
 *
 * <p>Each {@code Mk<n>=<type>,<description>,<position>,<points>,<channel>[,<date>]} line becomes one
 * annotation. Positions count data points from 1, so the onset is {@code (position - 1) / rate}
 * seconds and the duration {@code points / rate} seconds. The text is {@code type/description},
 * for example {@code Stimulus/S253}, or only the type when the description is empty
 * ({@code New Segment}). A {@code \1} in type or description stands for a comma.
 *
 * @param annotations markers sorted by onset
 * @param startDateTime date of the first {@code New Segment} marker that has one, or {@code null}
 */
record BrainVisionMarkers(List<Annotation> annotations, LocalDateTime startDateTime) {

    private static final Pattern MARKER_KEY = Pattern.compile("Mk(\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{6})");

    BrainVisionMarkers {
        annotations = List.copyOf(annotations);
    }

    static BrainVisionMarkers read(Path markerFile, double samplingRateHz) throws IOException {
        IniSections ini = IniSections.read(markerFile);
        if (!ini.firstLine().matches("Brain ?Vision (Data Exchange|Core Data Format) Marker File,? Version.*")) {
            throw new EegFormatException(markerFile, "the first line is '" + ini.firstLine()
                    + "', but a BrainVision marker file starts with 'Brain Vision Data Exchange Marker File'.");
        }
        List<Annotation> annotations = new ArrayList<>();
        LocalDateTime start = null;
        for (Map.Entry<String, String> entry : ini.section("Marker Infos").entrySet()) {
            Matcher key = MARKER_KEY.matcher(entry.getKey());
            if (!key.matches()) {
                continue;
            }
            String[] fields = entry.getValue().split(",", -1);
            if (fields.length < 4) {
                throw new EegFormatException(markerFile, "marker " + entry.getKey() + "='" + entry.getValue()
                        + "' has " + fields.length + " fields, but needs at least type, description, position "
                        + "and number of points.");
            }
            String type = fields[0].replace("\\1", ",").strip();
            String description = fields[1].replace("\\1", ",").strip();
            long position = parsePoints(markerFile, entry.getKey(), "position", fields[2]);
            long points = fields[3].isBlank() ? 0 : parsePoints(markerFile, entry.getKey(), "number of points",
                    fields[3]);
            String text = description.isEmpty() ? type : type + "/" + description;
            annotations.add(new Annotation((position - 1) / samplingRateHz, points / samplingRateHz, text));
            if (start == null && type.equals("New Segment") && fields.length > 5) {
                start = parseDate(fields[5].strip());
            }
        }
        annotations.sort(Comparator.comparingDouble(Annotation::onsetSeconds));
        return new BrainVisionMarkers(annotations, start);
    }

    private static long parsePoints(Path file, String key, String field, String value) throws EegFormatException {
        try {
            long points = Long.parseLong(value.strip());
            if (points < 0 || (field.equals("position") && points < 1)) {
                throw new NumberFormatException(value);
            }
            return points;
        } catch (NumberFormatException e) {
            throw new EegFormatException(file, "marker " + key + " has the " + field + " '" + value
                    + "', which is not a " + (field.equals("position") ? "positive" : "non-negative")
                    + " integer number of data points.");
        }
    }

    private static LocalDateTime parseDate(String value) {
        Matcher date = DATE.matcher(value);
        if (!date.matches()) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)), Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
                    Integer.parseInt(date.group(6)), Integer.parseInt(date.group(7)) * 1000);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package org.researchml.core.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.researchml.core.eeg.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks channels of a recording by label. Matching is exact and case-sensitive; labels are compared as the
 * recording stores them (EDF labels keep their dots, for example {@code C3..}).
 */
public final class ChannelSelection {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelSelection.class);

    /** Pattern syntax for {@link #byPattern(Recording, String, Syntax)}. */
    public enum Syntax {
        /** {@code *} matches any run of characters, {@code ?} one character, {@code [..]} a character class. */
        GLOB,
        /** A {@link java.util.regex.Pattern} regular expression that must match the whole label. */
        REGEX
    }

    private ChannelSelection() {
    }

    /**
     * Returns a recording with the listed channels, in the listed order; samples are copied.
     *
     * @throws IllegalArgumentException if the list is empty, repeats a label, or names a label the recording lacks
     */
    public static Recording byLabels(Recording recording, List<String> labels) {
        int[] indices = indicesOf(recording, labels, "channel selection");
        LOG.info("Selected {} of {} channels by label: {}", indices.length, recording.channelCount(), labels);
        return select(recording, indices);
    }

    /** Returns a recording with the channels whose labels match a glob pattern such as {@code C*}, in recording order. */
    public static Recording byPattern(Recording recording, String pattern) {
        return byPattern(recording, pattern, Syntax.GLOB);
    }

    /**
     * Returns a recording with the channels whose whole label matches the pattern, in recording order.
     *
     * @throws IllegalArgumentException if the pattern is invalid or matches no channel
     */
    public static Recording byPattern(Recording recording, String pattern, Syntax syntax) {
        Pattern compiled = compile(pattern, syntax);
        List<Integer> matches = new ArrayList<>();
        for (int c = 0; c < recording.channelCount(); c++) {
            if (compiled.matcher(recording.channelLabels().get(c)).matches()) {
                matches.add(c);
            }
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("Channel pattern '" + pattern + "' (" + syntax.name().toLowerCase(Locale.ROOT)
                    + ") matches no channel. Available channels: " + recording.channelLabels());
        }
        int[] indices = matches.stream().mapToInt(Integer::intValue).toArray();
        LOG.info("Selected {} of {} channels by {} pattern '{}'", indices.length, recording.channelCount(),
                syntax.name().toLowerCase(Locale.ROOT), pattern);
        return select(recording, indices);
    }

    /** Converts a glob pattern to an equivalent regular expression. */
    static Pattern compile(String pattern, Syntax syntax) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("Channel pattern is empty; give a glob such as 'C*' or a regular "
                    + "expression.");
        }
        String regex = syntax == Syntax.REGEX ? pattern : globToRegex(pattern);
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Channel pattern '" + pattern + "' is not a valid "
                    + syntax.name().toLowerCase(Locale.ROOT) + ": " + e.getDescription() + " near index " + e.getIndex() + ".", e);
        }
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char ch : glob.toCharArray()) {
            if (inClass) {
                if (ch == ']') {
                    inClass = false;
                    regex.append(']');
                } else if (ch == '\\' || ch == '[' || ch == '&') {
                    regex.append('\\').append(ch);
                } else {
                    regex.append(ch);
                }
            } else if (ch == '*') {
                regex.append(".*");
            } else if (ch == '?') {
                regex.append('.');
            } else if (ch == '[') {
                inClass = true;
                regex.append('[');
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        if (inClass) {
            throw new IllegalArgumentException("Channel pattern '" + glob + "' is not a valid glob: the character "
                    + "class '[' is not closed with ']'.");
        }
        return regex.toString();
    }

    /**
     * Returns the channel indices of the labels, in the given order.
     *
     * @param purpose what the labels are for, used in messages, for example {@code reference channels}
     */
    static int[] indicesOf(Recording recording, List<String> labels, String purpose) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("No channel labels given for the " + purpose + ". Available channels: "
                    + recording.channelLabels());
        }
        Set<String> seen = new HashSet<>();
        int[] indices = new int[labels.size()];
        for (int i = 0; i < indices.length; i++) {
            String label = labels.get(i);
            indices[i] = recording.indexOfChannel(label);
            if (indices[i] < 0) {
                throw new IllegalArgumentException("Channel '" + label + "' for the " + purpose
                        + " not found. Available channels: " + recording.channelLabels());
            }
            if (!seen.add(label)) {
                throw new IllegalArgumentException("Channel '" + label + "' is listed twice for the " + purpose
                        + "; list each channel once.");
            }
        }
        return indices;
    }

    private static Recording select(Recording recording, int[] indices) {
        List<String> labels = new ArrayList<>();
        List<String> units = new ArrayList<>();
        double[][] samples = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            labels.add(recording.channelLabels().get(indices[i]));
            units.add(recording.physicalUnits().get(indices[i]));
            samples[i] = recording.channel(indices[i]).clone();
        }
        return recording.withSamples(labels, units, samples);
    }
}

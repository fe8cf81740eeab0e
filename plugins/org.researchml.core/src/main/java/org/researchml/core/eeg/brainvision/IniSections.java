package org.researchml.core.eeg.brainvision;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key-value sections of a BrainVision header ({@code .vhdr}) or marker ({@code .vmrk}) file.
 *
 * <p>Lines starting with {@code ;} are comments. The free-text {@code [Comment]} section ends the
 * parsing, because its lines are not key-value pairs. The text is decoded as UTF-8 when the
 * {@code Codepage} key is UTF-8 and as Latin-1 (the {@code ANSI} code page) otherwise.
 */
final class IniSections {

    private static final Pattern CODEPAGE = Pattern.compile("(?m)^Codepage=(\\S+)");

    private final String firstLine;
    private final Map<String, Map<String, String>> sections;

    private IniSections(String firstLine, Map<String, Map<String, String>> sections) {
        this.firstLine = firstLine;
        this.sections = sections;
    }

    static IniSections read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher codepage = CODEPAGE.matcher(latin1);
        Charset charset = codepage.find() && codepage.group(1).equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1;
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }

        List<String> lines = text.lines().toList();
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                if (name.equalsIgnoreCase("Comment")) {
                    break;
                }
                current = sections.computeIfAbsent(name, key -> new LinkedHashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (current != null && equals > 0) {
                current.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return new IniSections(lines.isEmpty() ? "" : lines.get(0).strip(), sections);
    }

    /** Returns the first line, which names the file type and version. */
    String firstLine() {
        return firstLine;
    }

    /** Returns the keys and values of a section, empty if the section is absent. */
    Map<String, String> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }
}

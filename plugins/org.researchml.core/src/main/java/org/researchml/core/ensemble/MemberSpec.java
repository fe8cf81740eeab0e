package org.researchml.core.ensemble;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ensemble member: its kind and the value of every option of that kind.
 *
 * <p>The constructor fills in defaults for options not given and rejects unknown options and values outside the
 * allowed range, so a spec read back from a model file is valid and complete.
 *
 * @param kind classifier type
 * @param options option name to value ({@link Integer}, {@link Double} or {@link Boolean}), in the kind's order
 */
public record MemberSpec(MemberKind kind, Map<String, Object> options) {

    public MemberSpec {
        if (kind == null) {
            throw new IllegalArgumentException("Member kind is missing; use one of "
                    + Arrays.toString(MemberKind.values()) + ".");
        }
        Map<String, Object> given = options == null ? Map.of() : options;
        for (String name : given.keySet()) {
            kind.option(name);
        }
        Map<String, Object> complete = new LinkedHashMap<>();
        for (MemberOption option : kind.options()) {
            Object value = given.containsKey(option.name()) ? given.get(option.name()) : option.defaultValue();
            complete.put(option.name(), option.normalize(value, kind.displayName()));
        }
        options = Collections.unmodifiableMap(complete);
    }

    /** Returns a member of the given kind with default options. */
    public static MemberSpec of(MemberKind kind) {
        return new MemberSpec(kind, Map.of());
    }

    /**
     * Returns a copy with one option changed.
     *
     * @throws IllegalArgumentException naming the option and the allowed range when the value is invalid
     */
    public MemberSpec with(String optionName, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(options);
        kind.option(optionName);
        changed.put(optionName, value);
        return new MemberSpec(kind, changed);
    }

    int intOption(String name) {
        return (Integer) options.get(name);
    }

    double doubleOption(String name) {
        return (Double) options.get(name);
    }

    boolean booleanOption(String name) {
        return (Boolean) options.get(name);
    }

    /** Returns the kind and options as one line, for example {@code Random forest {numberOfTrees=100, ...}}. */
    public String describe() {
        return kind.displayName() + " " + options;
    }
}

package org.researchml.core.ensemble;

/**
 * Definition of one typed option of an ensemble member: its name, type, default and allowed range.
 *
 * @param name option name as shown to the user and stored in the model file, for example {@code maxDepth}
 * @param type value type
 * @param defaultValue value used when the user sets none ({@link Integer}, {@link Double} or {@link Boolean})
 * @param min smallest allowed value (inclusive) for numeric options
 * @param max largest allowed value (inclusive) for numeric options
 * @param description one sentence for help text, with the unit or the meaning of special values
 */
public record MemberOption(String name, Type type, Object defaultValue, double min, double max, String description) {

    /** Value type of an option. */
    public enum Type {
        INTEGER, DECIMAL, BOOLEAN
    }

    static MemberOption integer(String name, int defaultValue, int min, int max, String description) {
        return new MemberOption(name, Type.INTEGER, defaultValue, min, max, description);
    }

    static MemberOption decimal(String name, double defaultValue, double min, double max, String description) {
        return new MemberOption(name, Type.DECIMAL, defaultValue, min, max, description);
    }

    static MemberOption bool(String name, boolean defaultValue, String description) {
        return new MemberOption(name, Type.BOOLEAN, defaultValue, 0, 1, description);
    }

    /**
     * Converts a value to this option's type and checks its range.
     *
     * @param memberLabel member name used in the error message
     * @throws IllegalArgumentException naming the option and the allowed range when the value is invalid
     */
    Object normalize(Object value, String memberLabel) {
        if (value == null) {
            throw invalid(memberLabel, "null");
        }
        switch (type) {
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                    return Boolean.parseBoolean(text);
                }
                throw invalid(memberLabel, value);
            case INTEGER: {
                double number = toNumber(value, memberLabel);
                if (number != Math.rint(number) || number < min || number > max) {
                    throw invalid(memberLabel, value);
                }
                return (int) number;
            }
            default: {
                double number = toNumber(value, memberLabel);
                if (Double.isNaN(number) || number < min || number > max) {
                    throw invalid(memberLabel, value);
                }
                return number;
            }
        }
    }

    private double toNumber(Object value, String memberLabel) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw invalid(memberLabel, value);
            }
        }
        throw invalid(memberLabel, value);
    }

    /** Returns the allowed values as text, for example {@code an integer from 1 to 10000}. */
    public String allowedRange() {
        switch (type) {
            case BOOLEAN:
                return "true or false";
            case INTEGER:
                return "an integer from " + (long) min + " to " + (long) max;
            default:
                return "a number from " + min + " to " + max;
        }
    }

    private IllegalArgumentException invalid(String memberLabel, Object value) {
        return new IllegalArgumentException("Invalid value " + value + " for option '" + name + "' of member "
                + memberLabel + ": expected " + allowedRange() + " (" + description + ").");
    }
}

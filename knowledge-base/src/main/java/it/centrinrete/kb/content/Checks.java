package it.centrinrete.kb.content;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The validations entries share; each failure names the field in the native content format. */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}", Pattern.CASE_INSENSITIVE);

    private Checks() {
    }

    public static String id(String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new InvalidEntryException("id",
                "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit, not '" + value + "'");
        }
        return value;
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEntryException(field, "is required and must not be empty");
        }
        return value.strip();
    }

    /** Optional text: null and blank become the empty string, so callers never meet null. */
    public static String optionalText(String value) {
        return value == null ? "" : value.strip();
    }

    public static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null || value instanceof String s && s.isBlank()) {
                throw new InvalidEntryException(field, "must not contain empty items");
            }
        }
        return List.copyOf(values);
    }

    public static <T> List<T> nonEmptyList(String field, List<T> values) {
        List<T> copy = list(field, values);
        if (copy.isEmpty()) {
            throw new InvalidEntryException(field, "needs at least one item");
        }
        return copy;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidEntryException(field, "is required");
        }
        return value;
    }

    public static List<String> strippedStrings(String field, List<String> values) {
        return list(field, values).stream().map(String::strip).map(Objects::requireNonNull).toList();
    }
}

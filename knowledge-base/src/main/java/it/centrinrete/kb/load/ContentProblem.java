package it.centrinrete.kb.load;

import java.util.Objects;

/**
 * Something wrong in a content file.
 *
 * @param file the file as the operator knows it (relative to the content folder)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param field the field path ("openingHours.mon", "phones[1]"), empty when none applies
 * @param severity an {@code ERROR} drops the entry (or the value, for HSDS), a {@code WARNING} keeps it
 */
public record ContentProblem(String file, int line, String field, String message, Severity severity) {
    public enum Severity { ERROR, WARNING }

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** "services/pasti.yaml:12: field 'cost': must not be empty" — the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
        if (!field.isEmpty()) {
            text.append("field '").append(field).append("': ");
        }
        return text.append(message).toString();
    }
}

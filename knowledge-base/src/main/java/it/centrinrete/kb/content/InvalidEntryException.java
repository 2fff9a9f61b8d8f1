package it.centrinrete.kb.content;

/**
 * An entry field holds a value the model refuses. {@code field} is the name the field has in the native
 * content format, so that a loader can point at the line where the value was written.
 */
public final class InvalidEntryException extends IllegalArgumentException {
    private final String field;

    public InvalidEntryException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field name in front. */
    public String reason() {
        String full = getMessage();
        return full.substring(field.length() + 2);
    }
}

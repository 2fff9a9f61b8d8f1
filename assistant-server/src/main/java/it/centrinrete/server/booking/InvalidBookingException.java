package it.centrinrete.server.booking;

/**
 * A booking input that cannot be accepted. The message is plain English for API clients and names the field; it
 * quotes at most the offending value, never other personal data.
 */
public final class InvalidBookingException extends RuntimeException {
    private static final int MAX_QUOTED = 40;

    private final String field;

    /** The message is prefixed with the field, as in "phone: '12345' is not an Italian phone number". */
    public InvalidBookingException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The input field at fault, such as "phone", "name", "card" or "code". */
    public String field() {
        return field;
    }

    /** The value in quotes, cut short so that a pasted essay does not end up whole in an error or a log. */
    static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.codePointCount(0, value.length()) <= MAX_QUOTED
            ? value
            : value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED)) + "…";
        return "'" + shown + "'";
    }
}

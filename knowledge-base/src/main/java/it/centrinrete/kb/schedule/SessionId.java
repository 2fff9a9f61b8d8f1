package it.centrinrete.kb.schedule;

import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The id of one session, {@code <activity id>@<YYYY-MM-DDTHH:MM>} in Milan local time: readable in logs and
 * stable across restarts, so bookings can keep referring to it.
 */
public record SessionId(String activityId, LocalDateTime start) {
    private static final String FIELD = "activitySessionId";
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
        .withResolverStyle(ResolverStyle.STRICT);

    public SessionId {
        try {
            Checks.id(activityId);
        } catch (InvalidEntryException e) {
            throw new InvalidEntryException(FIELD, "the activity id " + e.reason());
        }
        if (start == null) {
            throw new InvalidEntryException(FIELD, "needs a start date and time");
        }
        if (start.getSecond() != 0 || start.getNano() != 0) {
            throw new InvalidEntryException(FIELD, "a session starts on a whole minute, not at '" + start + "'");
        }
    }

    /** Reads an id such as "ginnastica-dolce-zante@2026-09-15T10:00". */
    public static SessionId parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at < 0) {
            throw malformed(text);
        }
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(text.substring(at + 1), START);
        } catch (DateTimeParseException e) {
            throw malformed(text);
        }
        try {
            return new SessionId(text.substring(0, at), start);
        } catch (InvalidEntryException e) {
            throw malformed(text);
        }
    }

    private static InvalidEntryException malformed(String text) {
        return new InvalidEntryException(FIELD,
            "'" + text + "' is not a session id like ginnastica-dolce-zante@2026-09-15T10:00");
    }

    @Override
    public String toString() {
        return activityId + "@" + START.format(start);
    }
}

package it.centrinrete.server.admin;

import it.centrinrete.server.http.ApiException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The body of {@code POST /api/v1/admin/sessions}: a session an operator adds by hand.
 *
 * @param start Milan local time, as in session ids: "2026-12-01T10:00"
 * @param capacity seats; null for the activity's
 * @param durationMinutes null for the activity's
 */
public record NewSession(String activityId, String start, Integer capacity, Integer durationMinutes) {
    public NewSession {
        if (activityId == null || activityId.isBlank()) {
            throw ApiException.badRequest("invalid_session", "activityId: required, such as ginnastica-dolce-zante.");
        }
        activityId = activityId.strip();
        parseStart(start);
    }

    LocalDateTime startTime() {
        return parseStart(start);
    }

    /** A start as operators send it: Milan local time to the minute, like the end of a session id. */
    static LocalDateTime parseStart(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("invalid_session", "start: required, a Milan local time such as 2026-12-01T10:00.");
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw ApiException.badRequest("invalid_session", "start: '" + shown + "' is not a Milan local time such as 2026-12-01T10:00.");
        }
    }
}

package it.centrinrete.kb.schedule;

import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.hours.MilanTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * One dated, bookable occurrence of an activity. Start and end are kept in Milan time so that the id, which
 * is made of the local start, always agrees with them.
 *
 * @param id {@code <activityId>@<YYYY-MM-DDTHH:MM>}, see {@link SessionId}
 * @param capacity seats, 1 to 500
 */
public record ActivitySession(String id, String activityId, ZonedDateTime start, ZonedDateTime end, int capacity) {
    private static final int MOST_SEATS = 500;

    public ActivitySession {
        Checks.id(activityId);
        Checks.required("start", start);
        Checks.required("end", end);
        start = start.withZoneSameInstant(MilanTime.ZONE);
        end = end.withZoneSameInstant(MilanTime.ZONE);
        if (!end.isAfter(start)) {
            throw new InvalidEntryException("schedule.durationMinutes",
                "a session must end after it starts, not start at '" + start + "' and end at '" + end + "'");
        }
        if (capacity < 1 || capacity > MOST_SEATS) {
            throw new InvalidEntryException("capacity", "must be from 1 to 500 seats, not '" + capacity + "'");
        }
        String expected = idFor(activityId, start.toLocalDateTime());
        if (!expected.equals(id)) {
            throw new InvalidEntryException("activitySessionId",
                "'" + id + "' does not match the activity and start, which give '" + expected + "'");
        }
    }

    public static String idFor(String activityId, LocalDateTime start) {
        return new SessionId(activityId, start).toString();
    }

    /**
     * The session starting at a Milan local time. The duration is real elapsed time, so a session that spans the
     * autumn clock change ends an hour earlier on the clock; a start in the spring gap moves forward by an hour,
     * and the id follows the moved start.
     */
    public static ActivitySession of(String activityId, LocalDateTime start, Duration d, int capacity) {
        Checks.id(activityId);
        Checks.required("start", start);
        Checks.required("schedule.durationMinutes", d);
        ZonedDateTime begins = ZonedDateTime.of(start, MilanTime.ZONE);
        return new ActivitySession(idFor(activityId, begins.toLocalDateTime()), activityId, begins, begins.plus(d), capacity);
    }

    public SessionId sessionId() {
        return new SessionId(activityId, start.toLocalDateTime());
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}

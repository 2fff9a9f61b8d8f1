package it.centrinrete.server.booking;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.schedule.ActivitySession;
import it.centrinrete.kb.schedule.SessionId;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sessions of every activity: the occurrences of the weekly schedules in the content, overlaid with what the
 * database holds — seats taken, sessions operators added, moved or cancelled. A session gets its row the first time
 * something happens to it, so the calendar never has to copy months of schedule into the database.
 */
public final class SessionCalendar {
    static final String COLUMNS = "id, activity_id, centre_id, starts_at, ends_at, capacity, confirmed, waitlisted, waitlist, "
        + "status, origin, moved_to";

    private final Database database;
    private final Supplier<Content> content;
    private final HolidayCalendar holidays;
    private final Clock clock;

    public SessionCalendar(Database database, Supplier<Content> content, HolidayCalendar holidays, Clock clock) {
        this.database = database;
        this.content = content;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** The session with this id: its row if it has one, else the occurrence of its activity's schedule. */
    public Optional<SessionView> find(String sessionId) {
        return find(sessionId, false);
    }

    /**
     * The session with this id, given its row first if it only exists in the schedule, so that it can be locked.
     * Two servers may do this at once: the loser's duplicate key is harmless, the row is the same.
     */
    Optional<SessionView> withRow(String sessionId) {
        return find(sessionId, true);
    }

    private Optional<SessionView> find(String sessionId, boolean store) {
        SessionId id;
        try {
            id = SessionId.parse(sessionId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Content now = content.get();
        try (Connection connection = database.connection()) {
            Optional<SessionView> stored = read(connection, id.toString(), now, false);
            if (stored.isPresent()) {
                return stored;
            }
            Optional<SessionView> scheduled = scheduled(id, now);
            if (store && scheduled.isPresent()) {
                insert(connection, scheduled.get());
            }
            return scheduled;
        } catch (SQLException e) {
            throw new PersistenceException("reading session " + sessionId + " failed", e);
        }
    }

    /** The occurrence of the activity's schedule with this id, if the schedule has one then. */
    private Optional<SessionView> scheduled(SessionId id, Content now) {
        LocalDate day = id.start().toLocalDate();
        return now.find(id.activityId(), Activity.class).flatMap(activity -> activity.sessions(day, day, holidays).stream()
            .filter(session -> session.id().equals(id.toString()))
            .findFirst()
            .map(session -> fromSchedule(activity, session)));
    }

    /**
     * Sessions starting on the days from {@code from} to {@code to} (inclusive), in the order they start, at one
     * centre or (null) at all; with {@code all} false only those that take place (not cancelled, not moved away).
     */
    public List<SessionView> between(LocalDate from, LocalDate to, String centreId, boolean all) {
        Content now = content.get();
        Map<String, SessionView> sessions = new LinkedHashMap<>();
        now.stream(Activity.class)
            .filter(activity -> centreId == null || activity.centre().equals(centreId))
            .forEach(activity -> activity.sessions(from, to, holidays)
                .forEach(session -> sessions.put(session.id(), fromSchedule(activity, session))));
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                 + " FROM activity_session WHERE starts_at >= ? AND starts_at < ?" + (centreId == null ? "" : " AND centre_id = ?"))) {
            select.setObject(1, from.atStartOfDay(MilanTime.ZONE).toOffsetDateTime());
            select.setObject(2, to.plusDays(1).atStartOfDay(MilanTime.ZONE).toOffsetDateTime());
            if (centreId != null) {
                select.setString(3, centreId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SessionView stored = fromRow(rows, now);
                    sessions.put(stored.id(), stored);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the sessions from " + from + " to " + to + " failed", e);
        }
        List<SessionView> result = new ArrayList<>(sessions.values());
        if (!all) {
            result.removeIf(session -> session.status() != SessionStatus.SCHEDULED);
        }
        result.sort(Comparator.comparing(SessionView::start).thenComparing(SessionView::title));
        return List.copyOf(result);
    }

    private void insert(Connection connection, SessionView session) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO activity_session (" + COLUMNS
                 + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.id());
            insert.setString(2, session.activityId());
            insert.setString(3, session.centreId());
            insert.setObject(4, session.start().toOffsetDateTime());
            insert.setObject(5, session.end().toOffsetDateTime());
            insert.setInt(6, session.capacity());
            insert.setBoolean(7, session.waitlist());
            insert.setString(8, session.status().name());
            insert.setString(9, session.operatorAdded() ? "OPERATOR" : "SCHEDULE");
            insert.setString(10, session.movedTo());
            insert.setObject(11, OffsetDateTime.now(clock));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!Database.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** The session's row, locked until the transaction ends (so seats are counted by one booking at a time). */
    Optional<SessionView> lock(Connection connection, String sessionId) throws SQLException {
        return read(connection, sessionId, content.get(), true);
    }

    private Optional<SessionView> read(Connection connection, String sessionId, Content now, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM activity_session WHERE id = ?"
            + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(fromRow(row, now)) : Optional.empty();
            }
        }
    }

    private static SessionView fromSchedule(Activity activity, ActivitySession session) {
        return new SessionView(session.id(), activity.id(), activity.title(), activity.centre(), session.start(), session.end(),
            session.capacity(), 0, 0, activity.waitlist(), SessionStatus.SCHEDULED, null, false);
    }

    static SessionView fromRow(ResultSet row, Content now) throws SQLException {
        String activityId = row.getString("activity_id");
        String title = now.find(activityId, Activity.class).map(Activity::title).orElse(activityId);
        return new SessionView(row.getString("id"), activityId, title, row.getString("centre_id"),
            zoned(row.getObject("starts_at", OffsetDateTime.class)), zoned(row.getObject("ends_at", OffsetDateTime.class)),
            row.getInt("capacity"), row.getInt("confirmed"), row.getInt("waitlisted"), row.getBoolean("waitlist"),
            SessionStatus.valueOf(row.getString("status")), row.getString("moved_to"), "OPERATOR".equals(row.getString("origin")));
    }

    private static ZonedDateTime zoned(OffsetDateTime time) {
        return time.atZoneSameInstant(MilanTime.ZONE);
    }

    /** The activity's title, or its id when it has left the content (its bookings still need a name). */
    public String titleOf(String activityId) {
        return content.get().find(activityId, Activity.class).map(Activity::title).orElse(activityId);
    }

    /** The content the sessions come from, for their centres' names and addresses. */
    public Content content() {
        return content.get();
    }
}

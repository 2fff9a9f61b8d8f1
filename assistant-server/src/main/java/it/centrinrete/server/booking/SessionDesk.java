package it.centrinrete.server.booking;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.schedule.ActivitySession;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What operators do at the centre's desk: add, move and cancel sessions, change their capacity, and look after the
 * bookings in them — attendance, phone calls, seats from the waiting list, cancellations. Every change runs in one
 * transaction holding the session's row lock, like {@link BookingLedger}, so it never races a kiosk's booking.
 *
 * <p>Sessions that still exist only in the schedule get their row first ({@link SessionCalendar#withRow}).
 * Refusals are {@link DeskRefusal}s; wrong arguments are {@link InvalidBookingException}s naming the field.
 */
public final class SessionDesk {
    private static final int MOST_SEATS = 500;
    private static final Duration SHORTEST = Duration.ofMinutes(5);
    private static final Duration LONGEST = Duration.ofHours(12);
    /** A booking moved to another session between reading it and locking its session is read again, this often. */
    private static final int ATTEMPTS = 3;
    private static final String ACTIVE = "('CONFIRMED', 'WAITLISTED')";

    private final Database database;
    private final SessionCalendar calendar;
    private final BookingLedger ledger;
    private final Clock clock;

    public SessionDesk(Database database, SessionCalendar calendar, BookingLedger ledger, Clock clock) {
        this.database = database;
        this.calendar = calendar;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A session moved: where it was (now MOVED), where it is, and how many bookings went along. */
    public record Moved(SessionView from, SessionView to, int bookings) {
    }

    /** A session cancelled, and how many bookings were cancelled with it (all of them to be phoned). */
    public record Cancelled(SessionView session, int bookings) {
    }

    /** A booking an operator cancelled, and the booking that got its seat from the waiting list, if one did. */
    public record Released(OperatorBooking booking, String promoted) {
    }

    /**
     * Adds a session by hand, such as an extra lesson. The capacity and the duration are the activity's unless given.
     *
     * <p>A session at that time that takes place already is refused. One that was cancelled or moved away is
     * reinstated with the new capacity and duration: that is how an operator undoes a cancellation. The bookings
     * cancelled with it stay cancelled — those people were phoned and told so — and book again if they wish.
     */
    public SessionView add(String activityId, LocalDateTime start, Integer capacity, Integer durationMinutes) {
        Activity activity = calendar.content().find(activityId, Activity.class)
            .orElseThrow(() -> DeskRefusal.unknownActivity(activityId));
        int seats = capacity == null ? activity.capacity() : seats(capacity);
        Duration length = durationMinutes == null ? activity.schedule().duration() : duration(durationMinutes);
        ActivitySession wanted = ActivitySession.of(activity.id(), wholeMinute(start), length, seats);
        Instant now = clock.instant();
        requireFuture(wanted, now);
        // an occurrence of the schedule without a row takes place already: there is nothing to add
        if (calendar.find(wanted.id()).filter(session -> session.status() == SessionStatus.SCHEDULED).isPresent()) {
            throw DeskRefusal.sessionExists(wanted.id());
        }
        try {
            return database.inTransaction("adding session " + wanted.id(), connection -> {
                Optional<SessionView> existing = calendar.lock(connection, wanted.id());
                if (existing.isPresent() && existing.get().status() == SessionStatus.SCHEDULED) {
                    throw DeskRefusal.sessionExists(wanted.id());
                }
                occupy(connection, wanted, activity.centre(), activity.waitlist(), 0, 0, existing.isPresent(), now);
                return calendar.lock(connection, wanted.id()).orElseThrow();
            });
        } catch (PersistenceException e) {
            if (Database.isDuplicateKey(e)) {
                // another operator or a kiosk made the row in the meantime
                throw DeskRefusal.sessionExists(wanted.id());
            }
            throw e;
        }
    }

    /**
     * Moves a session to another start, keeping its duration, capacity and waiting list. The old row stays as MOVED
     * pointing at the new one, so a kiosk that still shows the old time can say where it went; every active booking
     * follows in its place in the queue and is marked to be phoned (SESSION_MOVED).
     *
     * <p>The new time may be a session that was cancelled or moved away, or one that takes place with no bookings
     * yet (the moved session takes it over); one that already holds bookings is refused, as two groups of people
     * would end up in one room.
     */
    public Moved move(String sessionId, LocalDateTime newStart) {
        SessionView known = known(sessionId);
        ActivitySession wanted = ActivitySession.of(known.activityId(), wholeMinute(newStart),
            Duration.between(known.start(), known.end()), known.capacity());
        if (wanted.id().equals(known.id())) {
            throw new InvalidBookingException("start", "the session starts at " + wanted.start().toLocalDateTime() + " already");
        }
        Instant now = clock.instant();
        requireFuture(wanted, now);
        calendar.withRow(known.id());
        // an occurrence of the schedule at the new time gets its row too, so it can be locked and checked for bookings
        calendar.withRow(wanted.id());
        try {
            return database.inTransaction("moving session " + sessionId, connection -> {
                // both rows locked in the order of their ids, so that moves in opposite directions cannot deadlock
                boolean sourceFirst = known.id().compareTo(wanted.id()) < 0;
                Optional<SessionView> first = calendar.lock(connection, sourceFirst ? known.id() : wanted.id());
                Optional<SessionView> second = calendar.lock(connection, sourceFirst ? wanted.id() : known.id());
                SessionView from = (sourceFirst ? first : second).orElseThrow();
                Optional<SessionView> to = sourceFirst ? second : first;
                requireChangeable(from, now);
                if (to.isPresent() && to.get().status() == SessionStatus.SCHEDULED && to.get().confirmed() + to.get().waitlisted() > 0) {
                    throw DeskRefusal.targetHasBookings(wanted.id(), to.get().confirmed() + to.get().waitlisted());
                }
                ActivitySession target = ActivitySession.of(from.activityId(), wanted.start().toLocalDateTime(),
                    Duration.between(from.start(), from.end()), from.capacity());
                occupy(connection, target, from.centreId(), from.waitlist(), from.confirmed(), from.waitlisted(), to.isPresent(), now);
                int moved;
                try (PreparedStatement update = connection.prepareStatement("UPDATE booking SET session_id = ?, "
                    + "call_reason = 'SESSION_MOVED', updated_at = ? WHERE session_id = ? AND status IN " + ACTIVE)) {
                    update.setString(1, target.id());
                    update.setObject(2, utc(now));
                    update.setString(3, from.id());
                    moved = update.executeUpdate();
                }
                try (PreparedStatement update = connection.prepareStatement("UPDATE activity_session SET status = 'MOVED', "
                    + "moved_to = ?, confirmed = 0, waitlisted = 0, updated_at = ? WHERE id = ?")) {
                    update.setString(1, target.id());
                    update.setObject(2, utc(now));
                    update.setString(3, from.id());
                    update.executeUpdate();
                }
                return new Moved(calendar.lock(connection, from.id()).orElseThrow(), calendar.lock(connection, target.id()).orElseThrow(),
                    moved);
            });
        } catch (PersistenceException e) {
            if (Database.isDuplicateKey(e)) {
                throw DeskRefusal.sessionExists(wanted.id());
            }
            throw e;
        }
    }

    /**
     * Cancels a session: every active booking is cancelled (SESSION_CANCELLED) and marked to be phoned, waiting ones
     * too, since they were hoping for a seat. Cancelling twice is harmless.
     */
    public Cancelled cancel(String sessionId) {
        SessionView known = knownWithRow(sessionId);
        return database.inTransaction("cancelling session " + sessionId, connection -> {
            SessionView session = calendar.lock(connection, known.id()).orElseThrow();
            if (session.status() == SessionStatus.CANCELLED) {
                return new Cancelled(session, 0);
            }
            Instant now = clock.instant();
            requireChangeable(session, now);
            int cancelled;
            try (PreparedStatement update = connection.prepareStatement("UPDATE booking SET status = 'CANCELLED', "
                + "cancel_reason = 'SESSION_CANCELLED', call_reason = 'SESSION_CANCELLED', updated_at = ? "
                + "WHERE session_id = ? AND status IN " + ACTIVE)) {
                update.setObject(1, utc(now));
                update.setString(2, session.id());
                cancelled = update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE activity_session SET status = 'CANCELLED', "
                + "confirmed = 0, waitlisted = 0, updated_at = ? WHERE id = ?")) {
                update.setObject(1, utc(now));
                update.setString(2, session.id());
                update.executeUpdate();
            }
            return new Cancelled(calendar.lock(connection, session.id()).orElseThrow(), cancelled);
        });
    }

    /**
     * Changes how many seats a session has; never below the confirmed bookings. Raising it confirms nobody by
     * itself: the operator chooses whom to confirm from the waiting list ({@link #confirmFromWaitlist}).
     */
    public SessionView setCapacity(String sessionId, int capacity) {
        int seats = seats(capacity);
        SessionView known = knownWithRow(sessionId);
        return database.inTransaction("changing the capacity of " + sessionId, connection -> {
            SessionView session = calendar.lock(connection, known.id()).orElseThrow();
            Instant now = clock.instant();
            requireChangeable(session, now);
            if (seats < session.confirmed()) {
                throw DeskRefusal.belowConfirmed(seats, session.confirmed());
            }
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE activity_session SET capacity = ?, updated_at = ? WHERE id = ?")) {
                update.setInt(1, seats);
                update.setObject(2, utc(now));
                update.setString(3, session.id());
                update.executeUpdate();
            }
            return calendar.lock(connection, session.id()).orElseThrow();
        });
    }

    /**
     * The bookings of a session, for the register: confirmed, then waiting in queue order, then cancelled, each in
     * the order they were made. Empty for a session that only exists in the schedule.
     */
    public List<OperatorBooking> bookings(String sessionId) {
        SessionView session = known(sessionId);
        return list("reading the bookings of " + sessionId, "b.session_id = ? ORDER BY CASE b.status WHEN 'CONFIRMED' THEN 0 "
            + "WHEN 'WAITLISTED' THEN 1 ELSE 2 END, b.queue_no, b.code", session.id());
    }

    /**
     * The bookings whose holders an operator should phone, for sessions not yet over, soonest first, at one centre
     * or (null) all. A cancelled booking is in only when its session was cancelled: someone who cancelled at the
     * kiosk after being promoted or moved needs no call.
     */
    public List<OperatorBooking> calls(String centreId) {
        String where = "b.call_reason IS NOT NULL AND (b.status <> 'CANCELLED' OR b.cancel_reason = 'SESSION_CANCELLED') "
            + "AND s.ends_at > ?" + (centreId == null ? "" : " AND s.centre_id = ?") + " ORDER BY s.starts_at, b.created_at, b.code";
        return centreId == null ? list("reading the calls to make", where, utc(clock.instant()))
            : list("reading the calls to make", where, utc(clock.instant()), centreId);
    }

    /**
     * Records whether the person came (true), did not (false) or clears it (null). Waiting bookings too: someone on
     * the list may come anyway and take the seat of someone who did not; only cancelled bookings are refused.
     */
    public OperatorBooking markAttendance(BookingCode code, Boolean attended) {
        return withBooking("recording attendance", code, (connection, session, booking) -> {
            if (booking.status() == BookingStatus.CANCELLED) {
                throw DeskRefusal.bookingCancelled(booking.code());
            }
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE booking SET attended = ?, updated_at = ? WHERE code = ?")) {
                if (attended == null) {
                    update.setNull(1, Types.BOOLEAN);
                } else {
                    update.setBoolean(1, attended);
                }
                update.setObject(2, utc(clock.instant()));
                update.setString(3, booking.code());
                update.executeUpdate();
            }
            return reread(connection, booking);
        });
    }

    /** The person has been phoned: the booking leaves the list of calls. Harmless when nobody needed a call. */
    public OperatorBooking markCalled(BookingCode code) {
        return withBooking("recording a call", code, (connection, session, booking) -> {
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE booking SET call_reason = NULL, updated_at = ? WHERE code = ?")) {
                update.setObject(1, utc(clock.instant()));
                update.setString(2, booking.code());
                update.executeUpdate();
            }
            return reread(connection, booking);
        });
    }

    /**
     * Gives a free seat to this booking from the waiting list, whatever its place in the queue (the operator may know
     * why); refused when there is no free seat, so nothing is ever oversold. The booking is marked to be phoned
     * (PROMOTED), like one promoted by a cancellation, until the operator records the call.
     */
    public OperatorBooking confirmFromWaitlist(BookingCode code) {
        return withBooking("confirming from the waiting list", code, (connection, session, booking) -> {
            if (booking.status() != BookingStatus.WAITLISTED) {
                throw DeskRefusal.of(BookingRefusal.NOT_WAITLISTED);
            }
            Instant now = clock.instant();
            requireScheduled(session);
            // up to the end, not the start: at the door, a waiting person may take the seat of someone who did not come
            if (!now.isBefore(session.end().toInstant())) {
                throw DeskRefusal.of(BookingRefusal.SESSION_OVER);
            }
            if (session.confirmed() >= session.capacity()) {
                throw DeskRefusal.of(BookingRefusal.NO_SEAT);
            }
            BookingLedger.confirm(connection, booking.code(), session.id(), now);
            return reread(connection, booking);
        });
    }

    /**
     * Cancels a booking for the person (cancel reason OPERATOR): like a cancellation at the kiosk, a freed seat goes
     * to the first on the waiting list, who is marked to be phoned. The cancelled booking needs no call — the
     * operator is talking to the person — so its call reason is cleared. Cancelling twice is harmless.
     */
    public Released cancelByOperator(BookingCode code) {
        return withBooking("cancelling a booking", code, (connection, session, booking) -> {
            if (booking.status() == BookingStatus.CANCELLED) {
                return new Released(OperatorBooking.of(booking), null);
            }
            Instant now = clock.instant();
            if (!now.isBefore(session.start().toInstant())) {
                throw DeskRefusal.of(BookingRefusal.SESSION_OVER);
            }
            BookingLedger.release(connection, booking, "OPERATOR", now);
            try (PreparedStatement update = connection.prepareStatement("UPDATE booking SET call_reason = NULL WHERE code = ?")) {
                update.setString(1, booking.code());
                update.executeUpdate();
            }
            String promoted = null;
            if (booking.status() == BookingStatus.CONFIRMED && session.status() == SessionStatus.SCHEDULED) {
                promoted = BookingLedger.promoteFirst(connection, session.id(), now).orElse(null);
            }
            return new Released(reread(connection, booking), promoted);
        });
    }

    /** Work on one booking while its session is locked. */
    private interface BookingWork<T> {
        T run(Connection connection, SessionView session, Booking booking) throws SQLException;
    }

    private <T> T withBooking(String what, BookingCode code, BookingWork<T> work) {
        return database.inTransaction(what + " " + code, connection -> {
            for (int attempt = 1; ; attempt++) {
                String sessionId;
                try {
                    sessionId = BookingLedger.sessionOf(connection, code.value());
                } catch (BookingRefusal.Refused refused) {
                    throw DeskRefusal.of(refused.reason());
                }
                SessionView session = calendar.lock(connection, sessionId).orElseThrow();
                Booking booking = ledger.read(connection, code.value()).orElseThrow();
                // a move may have carried the booking to another session while we waited for the lock: lock that one
                if (booking.sessionId().equals(sessionId)) {
                    return work.run(connection, session, booking);
                }
                if (attempt == ATTEMPTS) {
                    throw new DeskRefusal(409, "conflict", "Booking " + code + " keeps moving between sessions; try again.");
                }
            }
        });
    }

    private OperatorBooking reread(Connection connection, Booking booking) throws SQLException {
        return OperatorBooking.of(ledger.read(connection, booking.code()).orElseThrow());
    }

    private List<OperatorBooking> list(String what, String where, Object... parameters) {
        List<OperatorBooking> bookings = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + BookingLedger.BOOKING_COLUMNS
                 + " FROM booking b JOIN activity_session s ON s.id = b.session_id WHERE " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    bookings.add(OperatorBooking.of(ledger.fromRow(connection, rows)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(what + " failed", e);
        }
        return List.copyOf(bookings);
    }

    private SessionView known(String sessionId) {
        return calendar.find(sessionId).orElseThrow(() -> DeskRefusal.of(BookingRefusal.UNKNOWN_SESSION));
    }

    /** A session about to be changed, given its row first if it only exists in the schedule. */
    private SessionView knownWithRow(String sessionId) {
        return calendar.withRow(sessionId).orElseThrow(() -> DeskRefusal.of(BookingRefusal.UNKNOWN_SESSION));
    }

    /**
     * Makes the row of {@code session} a session an operator placed there, taking place with these counts: a new
     * row, or (when {@code exists}) one that was cancelled, moved away, or takes place with no bookings yet.
     */
    private static void occupy(Connection connection, ActivitySession session, String centreId, boolean waitlist, int confirmed,
                               int waitlisted, boolean exists, Instant now) throws SQLException {
        String sql = exists
            ? "UPDATE activity_session SET centre_id = ?, starts_at = ?, ends_at = ?, capacity = ?, confirmed = ?, waitlisted = ?, "
                + "waitlist = ?, status = 'SCHEDULED', origin = 'OPERATOR', moved_to = NULL, updated_at = ? WHERE id = ?"
            : "INSERT INTO activity_session (centre_id, starts_at, ends_at, capacity, confirmed, waitlisted, waitlist, updated_at, "
                + "id, activity_id, status, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', 'OPERATOR')";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, centreId);
            statement.setObject(2, session.start().toOffsetDateTime());
            statement.setObject(3, session.end().toOffsetDateTime());
            statement.setInt(4, session.capacity());
            statement.setInt(5, confirmed);
            statement.setInt(6, waitlisted);
            statement.setBoolean(7, waitlist);
            statement.setObject(8, utc(now));
            statement.setString(9, session.id());
            if (!exists) {
                statement.setString(10, session.activityId());
            }
            statement.executeUpdate();
        }
    }

    /** Only a session that takes place and has not started can be moved, cancelled or resized. */
    private static void requireChangeable(SessionView session, Instant now) {
        requireScheduled(session);
        if (!now.isBefore(session.start().toInstant())) {
            throw DeskRefusal.of(BookingRefusal.SESSION_OVER);
        }
    }

    private static void requireScheduled(SessionView session) {
        switch (session.status()) {
            case CANCELLED -> throw DeskRefusal.of(BookingRefusal.SESSION_CANCELLED);
            case MOVED -> throw DeskRefusal.of(BookingRefusal.SESSION_MOVED);
            default -> { }
        }
    }

    private static void requireFuture(ActivitySession session, Instant now) {
        if (!session.start().toInstant().isAfter(now)) {
            throw new InvalidBookingException("start", session.start().toLocalDateTime() + " is in the past");
        }
    }

    private static LocalDateTime wholeMinute(LocalDateTime start) {
        if (start == null) {
            throw new InvalidBookingException("start", "a start date and time is required");
        }
        if (start.getSecond() != 0 || start.getNano() != 0) {
            throw new InvalidBookingException("start", "a session starts on a whole minute, not at " + start);
        }
        return start;
    }

    private static int seats(int capacity) {
        if (capacity < 1 || capacity > MOST_SEATS) {
            throw new InvalidBookingException("capacity", "must be from 1 to " + MOST_SEATS + " seats, not " + capacity);
        }
        return capacity;
    }

    private static Duration duration(int minutes) {
        Duration length = Duration.ofMinutes(minutes);
        if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw new InvalidBookingException("durationMinutes", "must be from " + SHORTEST.toMinutes() + " to " + LONGEST.toMinutes()
                + " minutes, not " + minutes);
        }
        return length;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

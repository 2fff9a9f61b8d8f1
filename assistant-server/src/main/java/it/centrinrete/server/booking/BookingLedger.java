package it.centrinrete.server.booking;

import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Books, finds and cancels. Every change runs in one transaction that first locks the session's row, so bookings for
 * one session are counted one at a time — by one server or by several sharing a PostgreSQL database — and the
 * {@code confirmed <= capacity} check in the schema refuses anything that would still oversell.
 */
public final class BookingLedger {
    private static final int ATTEMPTS = 4;
    static final String BOOKING_COLUMNS = "b.code, b.session_id, b.status, b.queue_no, b.name, b.phone, b.card, b.created_at, b.attended, "
        + "b.call_reason, b.cancel_reason, s.activity_id, s.starts_at, s.ends_at, s.centre_id";

    private final Database database;
    private final SessionCalendar calendar;
    private final BookingRules rules;
    private final Clock clock;
    private final RandomGenerator random;

    public BookingLedger(Database database, SessionCalendar calendar, BookingRules rules, Clock clock, RandomGenerator random) {
        this.database = database;
        this.calendar = calendar;
        this.rules = rules;
        this.clock = clock;
        this.random = random;
    }

    public BookingRules rules() {
        return rules;
    }

    /** The response to a booking request: fresh, or the one first given to the same idempotency key. */
    public record Response(int status, String body, boolean replayed, Booking booking) {
    }

    /** A request whose idempotency key was used before for a different request. */
    public static final class KeyReused extends RuntimeException {
        KeyReused() {
            super("This Idempotency-Key was already used for a different booking request.", null, false, false);
        }
    }

    /**
     * Books a seat (or a place on the waiting list) for a person; throws {@link BookingRefusal.Refused} saying why not.
     * For the dialogue, which keeps its own state and never retries blindly.
     */
    public Booking book(String sessionId, Holder holder, String kiosk) {
        Response response = book(sessionId, holder, kiosk, null);
        return response.booking();
    }

    /**
     * Books for an HTTP request. With an idempotency key, the outcome — a booking, or a refusal such as "full" — is
     * stored in the same transaction, and the same key with the same request gets the stored response again; with a
     * different request, {@link KeyReused}.
     */
    public Response book(String sessionId, Holder holder, String kiosk, String idempotencyKey) {
        IdempotencyKeys.Key key = idempotencyKey == null ? null
            : new IdempotencyKeys.Key(kiosk, idempotencyKey, IdempotencyKeys.digest(sessionId + "\n" + holder.key() + "\n"
                + (holder.name() == null ? "" : holder.name())));
        if (key != null) {
            Optional<Response> earlier = replay(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        SessionView session = calendar.withRow(sessionId)
            .orElseThrow(() -> new BookingRefusal.Refused(BookingRefusal.UNKNOWN_SESSION));
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction("booking " + sessionId,
                    connection -> bookLocked(connection, session.id(), holder, kiosk, key));
            } catch (PersistenceException e) {
                // a concurrent request with the same key, or (once in millions) a code drawn twice: the next attempt sees why
                if (!Database.isDuplicateKey(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Optional<Response> replay(IdempotencyKeys.Key key) {
        try (Connection connection = database.connection()) {
            return replay(connection, key);
        } catch (SQLException e) {
            throw new PersistenceException("reading an idempotency key failed", e);
        }
    }

    private static Optional<Response> replay(Connection connection, IdempotencyKeys.Key key) throws SQLException {
        Optional<IdempotencyKeys.Stored> stored = IdempotencyKeys.find(connection, key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().requestHash().equals(key.requestHash())) {
            throw new KeyReused();
        }
        return Optional.of(new Response(stored.get().status(), stored.get().body(), true, null));
    }

    private Response bookLocked(Connection connection, String sessionId, Holder holder, String kiosk, IdempotencyKeys.Key key)
        throws SQLException {
        if (key != null) {
            Optional<Response> earlier = replay(connection, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        try {
            Booking booking = seat(connection, sessionId, holder, kiosk);
            String body = Json.write(Receipts.of(booking, calendar.content()));
            if (key != null) {
                IdempotencyKeys.store(connection, key, 201, body, now);
            }
            return new Response(201, body, false, booking);
        } catch (BookingRefusal.Refused refused) {
            if (key == null) {
                throw refused;
            }
            String body = Json.write(refusalBody(refused));
            IdempotencyKeys.store(connection, key, refused.reason().status(), body, now);
            return new Response(refused.reason().status(), body, false, null);
        }
    }

    /** The decision, under the session's lock. */
    private Booking seat(Connection connection, String sessionId, Holder holder, String kiosk) throws SQLException {
        SessionView session = calendar.lock(connection, sessionId)
            .orElseThrow(() -> new BookingRefusal.Refused(BookingRefusal.UNKNOWN_SESSION));
        Instant now = clock.instant();
        checkBookable(session, now);
        Optional<String> existing = existingCode(connection, sessionId, holder.key());
        if (existing.isPresent()) {
            throw new BookingRefusal.Refused(BookingRefusal.ALREADY_BOOKED, existing.get());
        }
        if (activeCount(connection, holder.key(), now) >= rules.maxActivePerPerson()) {
            throw new BookingRefusal.Refused(BookingRefusal.TOO_MANY);
        }
        BookingStatus status;
        // a free seat goes to a newcomer only when nobody is waiting for one: no jumping the queue after a capacity raise
        if (session.confirmed() < session.capacity() && session.waitlisted() == 0) {
            status = BookingStatus.CONFIRMED;
        } else if (session.waitlist()) {
            status = BookingStatus.WAITLISTED;
        } else {
            throw new BookingRefusal.Refused(BookingRefusal.FULL);
        }
        adjustCounts(connection, sessionId, status == BookingStatus.CONFIRMED ? 1 : 0, status == BookingStatus.WAITLISTED ? 1 : 0, now);
        String code = newCode(connection);
        int queueNo = nextQueueNo(connection, sessionId);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO booking (code, session_id, status, holder_key, "
            + "name, phone, card, kiosk_name, created_at, updated_at, queue_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            insert.setString(1, code);
            insert.setString(2, sessionId);
            insert.setString(3, status.name());
            insert.setString(4, holder.key());
            insert.setString(5, holder.name());
            insert.setString(6, holder.phone() == null ? null : holder.phone().normalised());
            insert.setString(7, holder.card());
            insert.setString(8, kiosk);
            insert.setObject(9, at);
            insert.setObject(10, at);
            insert.setInt(11, queueNo);
            insert.executeUpdate();
        }
        return read(connection, code).orElseThrow();
    }

    /**
     * The next number in the session's queue. Counted under the session's lock, so two bookings never share one and
     * the waiting list follows the order bookings were made in, whatever the clocks of several servers say.
     */
    private static int nextQueueNo(Connection connection, String sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT COALESCE(MAX(queue_no), 0) + 1 FROM booking WHERE session_id = ?")) {
            select.setString(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void checkBookable(SessionView session, Instant now) {
        switch (session.status()) {
            case CANCELLED -> throw new BookingRefusal.Refused(BookingRefusal.SESSION_CANCELLED);
            case MOVED -> throw new BookingRefusal.Refused(BookingRefusal.SESSION_MOVED);
            default -> { }
        }
        Instant start = session.start().toInstant();
        if (!now.isBefore(start)) {
            throw new BookingRefusal.Refused(BookingRefusal.SESSION_OVER);
        }
        if (!now.isBefore(start.minus(rules.closeBefore()))) {
            throw new BookingRefusal.Refused(BookingRefusal.CLOSED);
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            throw new BookingRefusal.Refused(BookingRefusal.TOO_FAR);
        }
    }

    /** Whether a session can be booked now (for listings; the booking itself decides again under the lock). */
    public boolean isBookable(SessionView session) {
        try {
            checkBookable(session, clock.instant());
            return true;
        } catch (BookingRefusal.Refused refused) {
            return false;
        }
    }

    private static Optional<String> existingCode(Connection connection, String sessionId, String holderKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT code FROM booking WHERE session_id = ? AND holder_key = ? AND status IN ('CONFIRMED', 'WAITLISTED')")) {
            select.setString(1, sessionId);
            select.setString(2, holderKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static int activeCount(Connection connection, String holderKey, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM booking b JOIN activity_session s "
            + "ON s.id = b.session_id WHERE b.holder_key = ? AND b.status IN ('CONFIRMED', 'WAITLISTED') AND s.ends_at > ?")) {
            select.setString(1, holderKey);
            select.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static void adjustCounts(Connection connection, String sessionId, int confirmed, int waitlisted, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE activity_session SET confirmed = confirmed + ?, "
            + "waitlisted = waitlisted + ?, updated_at = ? WHERE id = ?")) {
            update.setInt(1, confirmed);
            update.setInt(2, waitlisted);
            update.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setString(4, sessionId);
            update.executeUpdate();
        }
    }

    private String newCode(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM booking WHERE code = ?")) {
            while (true) {
                String code = BookingCode.random(random).value();
                exists.setString(1, code);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        return code;
                    }
                }
            }
        }
    }

    /** The booking with this code, if there is one. */
    public Optional<Booking> find(BookingCode code) {
        try (Connection connection = database.connection()) {
            return read(connection, code.value());
        } catch (SQLException e) {
            throw new PersistenceException("reading a booking failed", e);
        }
    }

    /**
     * Cancels a booking at the person's request. The seat it held goes to the first on the waiting list, who is
     * marked to be phoned. Cancelling twice is harmless: the second time returns the cancelled booking.
     */
    public Booking cancel(BookingCode code) {
        for (int attempt = 1; ; attempt++) {
            Optional<Booking> cancelled = tryCancel(code);
            if (cancelled.isPresent()) {
                return cancelled.get();
            }
            if (attempt == ATTEMPTS) {
                throw new PersistenceException("cancelling " + code + " failed: its session kept moving", null);
            }
        }
    }

    /** Empty when an operator moved the booking to another session between reading it and locking its session. */
    private Optional<Booking> tryCancel(BookingCode code) {
        return database.inTransaction("cancelling a booking", connection -> {
            String sessionId = sessionOf(connection, code.value());
            SessionView session = calendar.lock(connection, sessionId).orElseThrow();
            Booking booking = read(connection, code.value()).orElseThrow();
            if (!booking.sessionId().equals(sessionId)) {
                return Optional.empty();
            }
            if (booking.status() == BookingStatus.CANCELLED) {
                return Optional.of(booking);
            }
            Instant now = clock.instant();
            if (!now.isBefore(session.start().toInstant())) {
                throw new BookingRefusal.Refused(BookingRefusal.SESSION_OVER);
            }
            release(connection, booking, "PERSON", now);
            if (booking.status() == BookingStatus.CONFIRMED && session.status() == SessionStatus.SCHEDULED) {
                promoteFirst(connection, sessionId, now);
            }
            return read(connection, code.value());
        });
    }

    static String sessionOf(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT session_id FROM booking WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new BookingRefusal.Refused(BookingRefusal.UNKNOWN_BOOKING);
                }
                return row.getString(1);
            }
        }
    }

    /** Marks a booking cancelled and gives back what it held; the caller holds the session's lock. */
    static void release(Connection connection, Booking booking, String reason, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            // whoever cancels needs no call about it any more (a session cancelled by operators sets its own reason after)
            "UPDATE booking SET status = 'CANCELLED', cancel_reason = ?, call_reason = NULL, updated_at = ? WHERE code = ?")) {
            update.setString(1, reason);
            update.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setString(3, booking.code());
            update.executeUpdate();
        }
        adjustCounts(connection, booking.sessionId(), booking.status() == BookingStatus.CONFIRMED ? -1 : 0,
            booking.status() == BookingStatus.WAITLISTED ? -1 : 0, now);
    }

    /** Gives a freed seat to the first on the waiting list, marked to be phoned; the caller holds the session's lock. */
    static Optional<String> promoteFirst(Connection connection, String sessionId, Instant now) throws SQLException {
        String first;
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT code FROM booking WHERE session_id = ? AND status = 'WAITLISTED' ORDER BY queue_no, code")) {
            select.setMaxRows(1);
            select.setString(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                first = row.getString(1);
            }
        }
        confirm(connection, first, sessionId, now);
        return Optional.of(first);
    }

    /** Moves a waiting booking onto a seat; the caller holds the session's lock and has checked there is a seat. */
    static void confirm(Connection connection, String code, String sessionId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE booking SET status = 'CONFIRMED', call_reason = 'PROMOTED', updated_at = ? WHERE code = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setString(2, code);
            update.executeUpdate();
        }
        adjustCounts(connection, sessionId, 1, -1, now);
    }

    /** The bookings a person holds for sessions not yet over (confirmed or waiting), soonest first. */
    public List<Booking> activeFor(Holder holder) {
        return activeFor(holder.key());
    }

    /** The bookings held under a {@link Holder#key()}, for sessions not yet over, soonest first. */
    public List<Booking> activeFor(String holderKey) {
        List<Booking> bookings = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + BOOKING_COLUMNS + " FROM booking b JOIN "
                 + "activity_session s ON s.id = b.session_id WHERE b.holder_key = ? AND b.status IN ('CONFIRMED', 'WAITLISTED') "
                 + "AND s.ends_at > ? ORDER BY s.starts_at, b.code")) {
            select.setString(1, holderKey);
            select.setObject(2, OffsetDateTime.now(clock));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    bookings.add(fromRow(connection, rows));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading a person's bookings failed", e);
        }
        return List.copyOf(bookings);
    }

    Optional<Booking> read(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + BOOKING_COLUMNS
            + " FROM booking b JOIN activity_session s ON s.id = b.session_id WHERE b.code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(fromRow(connection, row)) : Optional.empty();
            }
        }
    }

    Booking fromRow(Connection connection, ResultSet row) throws SQLException {
        BookingStatus status = BookingStatus.valueOf(row.getString("status"));
        OffsetDateTime created = row.getObject("created_at", OffsetDateTime.class);
        String sessionId = row.getString("session_id");
        int position = status == BookingStatus.WAITLISTED
            ? waitlistPosition(connection, sessionId, row.getInt("queue_no"), row.getString("code")) : 0;
        Object attended = row.getObject("attended");
        String activityId = row.getString("activity_id");
        return new Booking(row.getString("code"), sessionId, activityId, calendar.titleOf(activityId), row.getString("centre_id"),
            row.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(MilanTime.ZONE),
            row.getObject("ends_at", OffsetDateTime.class).atZoneSameInstant(MilanTime.ZONE),
            status, position, row.getString("name"), row.getString("phone"), row.getString("card"), created.toInstant(),
            attended == null ? null : row.getBoolean("attended"), row.getString("call_reason"), row.getString("cancel_reason"));
    }

    private static int waitlistPosition(Connection connection, String sessionId, int queueNo, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM booking WHERE session_id = ? "
            + "AND status = 'WAITLISTED' AND (queue_no < ? OR (queue_no = ? AND code < ?))")) {
            select.setString(1, sessionId);
            select.setInt(2, queueNo);
            select.setInt(3, queueNo);
            select.setString(4, code);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) + 1;
            }
        }
    }

    /** api.md's error body for a refusal, with the code of the booking the person already has when that is why. */
    public static Map<String, Object> refusalBody(BookingRefusal.Refused refused) {
        Map<String, Object> body = new LinkedHashMap<>(Json.errorBody(refused.reason().code(), refused.reason().message()));
        if (refused.existingCode() != null) {
            body.put("code", refused.existingCode());
        }
        return body;
    }
}

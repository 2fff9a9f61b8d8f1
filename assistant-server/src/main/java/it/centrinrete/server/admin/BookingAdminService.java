package it.centrinrete.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.booking.Booking;
import it.centrinrete.server.booking.BookingCode;
import it.centrinrete.server.booking.BookingCsv;
import it.centrinrete.server.booking.BookingLedger;
import it.centrinrete.server.booking.DeskRefusal;
import it.centrinrete.server.booking.InvalidBookingException;
import it.centrinrete.server.booking.OperatorBooking;
import it.centrinrete.server.booking.SessionCalendar;
import it.centrinrete.server.booking.SessionDesk;
import it.centrinrete.server.booking.SessionView;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.DayRange;
import it.centrinrete.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /api/v1/admin}: the console's sessions and bookings — listing sessions, adding, moving and cancelling them,
 * changing their capacity, the register of a session (JSON or CSV), attendance, seats from the waiting list,
 * cancellations and the people to phone.
 *
 * <p>Admins act on every centre, operators on their own centre's sessions only (403 otherwise), tutors may read.
 * Every change needs the console's CSRF token, like the other console routes.
 */
public final class BookingAdminService implements HttpService {
    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.OPERATOR, Role.TUTOR);
    private static final Set<Role> OPERATORS = Set.of(Role.ADMIN, Role.OPERATOR);

    private final ConsoleGuard guard;
    private final SessionDesk desk;
    private final SessionCalendar calendar;
    private final BookingLedger ledger;
    private final Clock clock;
    private final AuditLog audit;

    public BookingAdminService(ConsoleSessions sessions, SessionDesk desk, SessionCalendar calendar, BookingLedger ledger, Clock clock,
                               AuditLog audit) {
        this.guard = new ConsoleGuard(sessions);
        this.desk = desk;
        this.calendar = calendar;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/sessions", this::sessions)
            .post("/sessions", this::addSession)
            .get("/sessions/{id}", this::oneSession)
            .post("/sessions/{id}/move", this::moveSession)
            .post("/sessions/{id}/cancel", this::cancelSession)
            .put("/sessions/{id}/capacity", this::capacity)
            .get("/sessions/{id}/bookings", this::bookings)
            .get("/sessions/{id}/bookings.csv", this::bookingsCsv)
            .put("/bookings/{code}/attendance", this::attendance)
            .post("/bookings/{code}/confirm", this::confirm)
            .post("/bookings/{code}/called", this::called)
            .post("/bookings/{code}/cancel", this::cancelBooking)
            .get("/calls", this::calls);
    }

    /** {@code GET /sessions?from=2026-12-01&to=2026-12-14&centre=csrc-zante}: every status, with the counts. */
    private void sessions(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        Parameters query = request.query();
        LocalDate today = LocalDate.now(clock.withZone(MilanTime.ZONE));
        DayRange days = DayRange.of(query, today);
        String centre = centre(account, query);
        Json.send(response, 200, calendar.between(days.from(), days.to(), centre, true).stream()
            .map(BookingAdminService::describe).toList());
    }

    /** {@code GET /sessions/{id}}: one session with its counts, as the listing has it. */
    private void oneSession(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        Json.send(response, 200, describe(session(request, account)));
    }

    /** {@code POST /sessions} {activityId, start, capacity?, durationMinutes?}: 201 with the session. */
    private void addSession(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        NewSession body = Json.read(request, NewSession.class);
        Activity activity = calendar.content().find(body.activityId(), Activity.class)
            .orElseThrow(() -> new ApiException(404, "unknown_activity", "There is no activity '" + body.activityId() + "'."));
        requireCentre(account, activity.centre());
        SessionView added = attempt(() -> desk.add(activity.id(), body.startTime(), body.capacity(), body.durationMinutes()));
        audit.record(account.username(), "session.add", added.id(), "");
        Json.send(response, 201, describe(added));
    }

    /** {@code POST /sessions/{id}/move} {start}: where it was, where it is, how many bookings followed. */
    private void moveSession(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        SessionView session = session(request, account);
        SessionMove body = Json.read(request, SessionMove.class);
        SessionDesk.Moved moved = attempt(() -> desk.move(session.id(), body.startTime()));
        audit.record(account.username(), "session.move", session.id(), "to " + moved.to().id());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", describe(moved.from()));
        result.put("to", describe(moved.to()));
        result.put("bookingsMoved", moved.bookings());
        Json.send(response, 200, result);
    }

    /** {@code POST /sessions/{id}/cancel}: the session, and how many bookings were cancelled (to be phoned). */
    private void cancelSession(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        SessionView session = session(request, account);
        SessionDesk.Cancelled cancelled = attempt(() -> desk.cancel(session.id()));
        audit.record(account.username(), "session.cancel", session.id(), cancelled.bookings() + " bookings cancelled");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("session", describe(cancelled.session()));
        result.put("bookingsCancelled", cancelled.bookings());
        Json.send(response, 200, result);
    }

    /** {@code PUT /sessions/{id}/capacity} {capacity}: the session; 409 below the confirmed bookings. */
    private void capacity(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        SessionView session = session(request, account);
        CapacityChange body = Json.read(request, CapacityChange.class);
        SessionView changed = attempt(() -> desk.setCapacity(session.id(), body.capacity()));
        audit.record(account.username(), "session.capacity", session.id(), "capacity " + body.capacity());
        Json.send(response, 200, describe(changed));
    }

    private void bookings(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        SessionView session = session(request, account);
        // names and phones: no copy in any cache between the console and the server
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        Json.send(response, 200, attempt(() -> desk.bookings(session.id())));
    }

    private void bookingsCsv(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        SessionView session = session(request, account);
        String csv = BookingCsv.write(attempt(() -> desk.bookings(session.id())));
        response.status(Status.OK_200)
            .header(HeaderNames.CONTENT_TYPE, BookingCsv.CONTENT_TYPE)
            .header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + BookingCsv.fileName(session.id()) + "\"")
            .header(HeaderNames.CACHE_CONTROL, "no-store")
            .send(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code PUT /bookings/{code}/attendance} {attended: true | false | null}; null clears what was recorded. */
    private void attendance(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        BookingCode code = booking(request, account);
        JsonNode body = Json.read(request, JsonNode.class);
        JsonNode attended = body.isObject() && body.size() == 1 ? body.get("attended") : null;
        if (attended == null || !attended.isBoolean() && !attended.isNull()) {
            throw ApiException.badRequest("invalid_attendance", "attended: required, true (came), false (did not) or null (not known).");
        }
        Boolean value = attended.isNull() ? null : attended.booleanValue();
        OperatorBooking marked = attempt(() -> desk.markAttendance(code, value));
        audit.record(account.username(), "booking.attendance", "booking:" + code.value(), String.valueOf(value));
        Json.send(response, 200, marked);
    }

    /** {@code POST /bookings/{code}/confirm}: a waiting booking onto a free seat; 409 "full" when there is none. */
    private void confirm(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        BookingCode code = booking(request, account);
        OperatorBooking confirmed = attempt(() -> desk.confirmFromWaitlist(code));
        audit.record(account.username(), "booking.confirm", "booking:" + code.value(), "");
        Json.send(response, 200, confirmed);
    }

    /** {@code POST /bookings/{code}/called}: the person has been phoned. */
    private void called(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        BookingCode code = booking(request, account);
        OperatorBooking called = attempt(() -> desk.markCalled(code));
        audit.record(account.username(), "booking.called", "booking:" + code.value(), "");
        Json.send(response, 200, called);
    }

    /** {@code POST /bookings/{code}/cancel}: the booking, and the code of whoever got its seat from the waiting list. */
    private void cancelBooking(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        BookingCode code = booking(request, account);
        SessionDesk.Released released = attempt(() -> desk.cancelByOperator(code));
        audit.record(account.username(), "booking.cancel", "booking:" + code.value(), "");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("booking", released.booking());
        result.put("promoted", released.promoted());
        Json.send(response, 200, result);
    }

    /** {@code GET /calls?centre=}: bookings whose holders should be phoned, for sessions not yet over. */
    private void calls(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        String centre = centre(account, request.query());
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        Json.send(response, 200, desk.calls(centre));
    }

    /** The session in the path, if it exists and the account may see it. */
    private SessionView session(ServerRequest request, Account account) {
        String id = request.path().pathParameters().get("id");
        SessionView session = calendar.find(id).orElseThrow(() -> new ApiException(404, "unknown_session",
            "There is no session '" + abbreviate(id) + "'; ids look like ginnastica-dolce-zante@2026-12-01T10:00."));
        requireCentre(account, session.centreId());
        return session;
    }

    /** The booking in the path, if it exists and the account may see it. */
    private BookingCode booking(ServerRequest request, Account account) {
        String text = request.path().pathParameters().get("code");
        Optional<Booking> booking = BookingCode.parse(text).flatMap(ledger::find);
        if (booking.isEmpty()) {
            throw new ApiException(404, "unknown_booking", "There is no booking with code '" + abbreviate(text) + "'.");
        }
        requireCentre(account, booking.get().centreId());
        return new BookingCode(booking.get().code());
    }

    /** An operator works for one centre; admins and (read-only) tutors for all. */
    private static void requireCentre(Account account, String centreId) {
        if (account.role() == Role.OPERATOR && !centreId.equals(account.centreId())) {
            throw new ApiException(403, "forbidden", "This belongs to another centre: an operator acts only on their own centre's.");
        }
    }

    /** The centre a listing covers: the operator's own; for others the one asked for, or every centre. */
    private String centre(Account account, Parameters query) {
        String asked = query.first("centre").map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
        if (account.role() == Role.OPERATOR) {
            if (account.centreId() == null) {
                throw new ApiException(403, "forbidden", "This operator account has no centre.");
            }
            if (asked != null) {
                requireCentre(account, asked);
            }
            return account.centreId();
        }
        if (asked != null && calendar.content().find(asked, Centre.class).isEmpty()) {
            throw new ApiException(404, "unknown_centre", "There is no centre with id '" + abbreviate(asked) + "'.");
        }
        return asked;
    }

    /** Runs a desk operation, turning its refusals into api.md's errors. */
    private static <T> T attempt(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (DeskRefusal refusal) {
            throw new ApiException(refusal.status(), refusal.code(), refusal.getMessage());
        } catch (InvalidBookingException e) {
            throw ApiException.badRequest("invalid_session", e.getMessage());
        }
    }

    private static Map<String, Object> describe(SessionView session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", session.id());
        body.put("activityId", session.activityId());
        body.put("title", session.title());
        body.put("centre", session.centreId());
        body.put("start", session.start().toOffsetDateTime());
        body.put("end", session.end().toOffsetDateTime());
        body.put("status", session.status().name());
        body.put("origin", session.operatorAdded() ? "OPERATOR" : "SCHEDULE");
        body.put("movedTo", session.movedTo());
        body.put("capacity", session.capacity());
        body.put("confirmed", session.confirmed());
        body.put("waitlisted", session.waitlisted());
        body.put("seatsLeft", session.seatsLeft());
        body.put("waitlist", session.waitlist());
        return body;
    }


    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

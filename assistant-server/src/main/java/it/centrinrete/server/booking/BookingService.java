package it.centrinrete.server.booking;

import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.DayRange;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.security.Kiosk;
import it.centrinrete.server.security.KioskGate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's booking endpoints: sessions to book, booking, looking a booking up, cancelling it, and a person's own
 * bookings. Every refusal is api.md's error JSON with the reason's code.
 */
public final class BookingService implements HttpService {

    private final BookingLedger ledger;
    private final SessionCalendar calendar;
    private final KioskGate gate;
    private final Clock clock;

    public BookingService(BookingLedger ledger, SessionCalendar calendar, KioskGate gate, Clock clock) {
        this.ledger = ledger;
        this.calendar = calendar;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/activities", this::activities)
            .post("/bookings", this::book)
            .post("/bookings/search", this::search)
            .get("/bookings/{code}", this::find)
            .get("/bookings/{code}/ticket", this::ticket)
            .delete("/bookings/{code}", this::cancel);
    }

    private void activities(ServerRequest request, ServerResponse response) {
        gate.admit(request);
        Parameters query = request.query();
        LocalDate today = LocalDate.now(clock.withZone(MilanTime.ZONE));
        DayRange days = DayRange.of(query, today);
        String centre = query.first("centre").map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
        if (centre != null && calendar.content().find(centre, Centre.class).isEmpty()) {
            throw new ApiException(404, "unknown_centre", "There is no centre with id '" + centre + "'.");
        }
        List<Map<String, Object>> sessions = calendar.between(days.from(), days.to(), centre, false).stream()
            .filter(session -> session.start().toInstant().isAfter(clock.instant()))
            .map(this::describe)
            .toList();
        Json.send(response, 200, sessions);
    }

    private Map<String, Object> describe(SessionView session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", session.id());
        body.put("activityId", session.activityId());
        body.put("title", session.title());
        body.put("centre", session.centreId());
        body.put("centreName", calendar.content().find(session.centreId(), Centre.class).map(Centre::name).orElse(session.centreId()));
        body.put("start", session.start().toOffsetDateTime());
        body.put("end", session.end().toOffsetDateTime());
        body.put("capacity", session.capacity());
        body.put("seatsLeft", session.seatsLeft());
        body.put("waitlist", session.waitlist());
        body.put("bookable", ledger.isBookable(session));
        return body;
    }


    private void book(ServerRequest request, ServerResponse response) {
        Kiosk kiosk = gate.admit(request);
        String key = request.headers().first(HeaderNames.create("Idempotency-Key")).map(String::strip).orElse(null);
        if (key != null && !IdempotencyKeys.isWellFormed(key)) {
            throw ApiException.badRequest("invalid_idempotency_key",
                "Idempotency-Key must be 1 to 100 letters, digits or . _ : - (a UUID), not '" + abbreviate(key) + "'.");
        }
        BookingRequest body = Json.read(request, BookingRequest.class);
        if (body.activitySessionId() == null || body.activitySessionId().isBlank()) {
            throw ApiException.badRequest("invalid_booking", "activitySessionId: required.");
        }
        Holder holder = holder(body.name(), body.phone(), body.card());
        try {
            BookingLedger.Response booked = ledger.book(body.activitySessionId().strip(), holder, kiosk.name(), key);
            if (booked.replayed()) {
                response.header(HeaderNames.create("Idempotent-Replayed"), "true");
            }
            Json.sendText(response, booked.status(), booked.body());
        } catch (BookingLedger.KeyReused e) {
            throw new ApiException(422, "idempotency_key_reused", e.getMessage());
        } catch (BookingRefusal.Refused refused) {
            Json.send(response, refused.reason().status(), BookingLedger.refusalBody(refused));
        }
    }

    private void search(ServerRequest request, ServerResponse response) {
        gate.admit(request);
        HolderLookup lookup = Json.read(request, HolderLookup.class);
        String key;
        try {
            if (lookup.card() != null && !lookup.card().isBlank()) {
                key = Holder.cardKey(lookup.card());
            } else if (lookup.phone() != null && !lookup.phone().isBlank()) {
                key = Holder.phoneKey(PhoneNumber.parse(lookup.phone()));
            } else {
                throw new InvalidBookingException("phone", "give a phone number or a membership card to look bookings up");
            }
        } catch (InvalidBookingException e) {
            throw ApiException.badRequest("invalid_lookup", e.getMessage());
        }
        Json.send(response, 200, ledger.activeFor(key).stream().map(this::receipt).toList());
    }

    private void find(ServerRequest request, ServerResponse response) {
        gate.admit(request);
        Booking booking = ledger.find(code(request)).orElseThrow(() -> refusal(new BookingRefusal.Refused(BookingRefusal.UNKNOWN_BOOKING)));
        Json.send(response, 200, receipt(booking));
    }

    /** What the kiosk's printer prints for a booking; its QR code is the booking code alone (see {@link Ticket}). */
    private void ticket(ServerRequest request, ServerResponse response) {
        gate.admit(request);
        Booking booking = ledger.find(code(request)).orElseThrow(() -> refusal(new BookingRefusal.Refused(BookingRefusal.UNKNOWN_BOOKING)));
        Json.send(response, 200, Tickets.of(booking, calendar.content()));
    }

    private void cancel(ServerRequest request, ServerResponse response) {
        gate.admit(request);
        try {
            Json.send(response, 200, receipt(ledger.cancel(code(request))));
        } catch (BookingRefusal.Refused refused) {
            throw refusal(refused);
        }
    }

    private Map<String, Object> receipt(Booking booking) {
        return Receipts.of(booking, calendar.content());
    }

    private static BookingCode code(ServerRequest request) {
        String text = request.path().pathParameters().get("code");
        return BookingCode.parse(text).orElseThrow(() -> new ApiException(404, "unknown_booking",
            "'" + abbreviate(text) + "' is not a booking code: six letters and digits such as " + "HM4D7Z" + "."));
    }

    static Holder holder(String name, String phone, String card) {
        try {
            return Holder.of(name, phone, card);
        } catch (InvalidBookingException e) {
            throw ApiException.badRequest("invalid_booking", e.getMessage());
        }
    }

    static ApiException refusal(BookingRefusal.Refused refused) {
        BookingRefusal reason = refused.reason();
        String message = reason.message() + (refused.existingCode() == null ? "" : " Its code is " + refused.existingCode() + ".");
        return new ApiException(reason.status(), reason.code(), message);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

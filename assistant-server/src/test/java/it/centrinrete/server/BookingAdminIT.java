package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kb.hours.MilanTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's sessions and bookings over HTTP, against a server on the sample content: what operators do to
 * sessions and what happens to the bookings in them, who may do it, and the CSV and the ticket. Each test adds its
 * own sessions of "ginnastica-dolce-zante" (CSRC Zante, 20 seats, waiting list) on a day of its own, so the tests
 * neither meet each other nor depend on the weekly schedule's dates; people book through the kiosk API.
 */
class BookingAdminIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ACTIVITY = "ginnastica-dolce-zante";
    private static final AtomicInteger DAYS = new AtomicInteger(3);
    private static final AtomicLong PHONES = new AtomicLong(3_400_000_000L);

    @TempDir
    static Path indexDir;
    static AssistantServer server;
    static Login admin;
    static Login operator;
    static Login elsewhere;
    static Login tutor;

    record Login(String cookie, String csrf) {
    }

    record Reply(int status, String text, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        String error() {
            return json().path("error").asText();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(indexDir, Map.of("security.kiosk-rate-limit", "0"));
        admin = login("admin", TestServers.ADMIN_PASSWORD);
        createAccount("desk-zante", "operator", "csrc-zante");
        createAccount("desk-ritrovo", "operator", "csrc-ritrovo-15");
        createAccount("desk-tutor", "tutor", null);
        operator = login("desk-zante", "password-desk-zante");
        elsewhere = login("desk-ritrovo", "password-desk-ritrovo");
        tutor = login("desk-tutor", "password-desk-tutor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- adding ----

    @Test
    void anOperatorAddsASessionThatKiosksCanBook() {
        // given
        LocalDate day = nextDay();

        // when
        Reply added = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T15:30", "capacity", 5,
            "durationMinutes", 90), operator);

        // then
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonNode session = added.json();
        assertThat(session.path("id").asText()).isEqualTo(ACTIVITY + "@" + day + "T15:30");
        assertThat(session.path("origin").asText()).isEqualTo("OPERATOR");
        assertThat(session.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(session.path("capacity").asInt()).isEqualTo(5);
        assertThat(milan(session.path("end"))).isEqualTo(day.atTime(17, 0));
        assertThat(ids(call("GET", "/api/v1/admin/sessions?from=" + day + "&to=" + day, null, operator).json()))
            .contains(session.path("id").asText());
        assertThat(book(session.path("id").asText(), "Maria Rossi").path("status").asText()).isEqualTo("CONFIRMED");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T15:30"), operator),
            409, "session_exists");
    }

    @Test
    void anAddedSessionTakesTheActivitysCapacityAndDurationUnlessGiven() {
        LocalDate day = nextDay();

        JsonNode session = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T08:00"), operator)
            .json();

        assertThat(session.path("capacity").asInt()).isEqualTo(20);
        assertThat(session.path("waitlist").asBoolean()).isTrue();
        assertThat(milan(session.path("end"))).isEqualTo(day.atTime(9, 0));
    }

    @Test
    void badSessionsAreRefusedNamingTheField() {
        LocalDate day = nextDay();
        Reply past = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", "2020-01-07T10:00"), operator);
        assertError(past, 400, "invalid_session");
        assertThat(past.json().path("message").asText()).startsWith("start:");
        Reply noStart = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY), operator);
        assertError(noStart, 400, "invalid_session");
        assertThat(noStart.json().path("message").asText()).startsWith("start:");
        Reply badStart = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", "martedì"), operator);
        assertThat(badStart.json().path("message").asText()).startsWith("start:");
        Reply seats = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T15:00", "capacity", 0),
            operator);
        assertError(seats, 400, "invalid_session");
        assertThat(seats.json().path("message").asText()).startsWith("capacity:");
        Reply length = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T15:00",
            "durationMinutes", 1000), operator);
        assertThat(length.json().path("message").asText()).startsWith("durationMinutes:");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("start", day + "T15:00"), operator), 400, "invalid_session");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("activityId", "nessuna-attivita", "start", day + "T15:00"), operator),
            404, "unknown_activity");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T15:00", "colour", "red"),
            operator), 400, "invalid_json");
    }

    @Test
    void aSessionOfTheScheduleGetsItsRowWhenAnOperatorChangesIt() {
        // given: an occurrence of the weekly schedule nobody has booked or changed (none outside the activity's season)
        LocalDate today = LocalDate.now(MilanTime.ZONE);
        JsonNode scheduled = null;
        for (JsonNode session : call("GET", "/api/v1/admin/sessions?from=" + today.plusDays(2) + "&to=" + today.plusDays(40), null,
            operator).json()) {
            if (session.path("activityId").asText().equals(ACTIVITY) && session.path("origin").asText().equals("SCHEDULE")) {
                scheduled = session;
                break;
            }
        }
        assumeTrue(scheduled != null, "the sample schedule has a session in the coming weeks");
        String id = scheduled.path("id").asText();

        // when
        Reply resized = call("PUT", "/api/v1/admin/sessions/" + id + "/capacity", Map.of("capacity", 25), operator);

        // then
        assertThat(resized.status()).as(resized.text()).isEqualTo(200);
        assertThat(resized.json().path("capacity").asInt()).isEqualTo(25);
        assertThat(resized.json().path("origin").asText()).isEqualTo("SCHEDULE");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", id.substring(id.indexOf('@') + 1)),
            operator), 409, "session_exists");
    }

    // ---- moving ----

    @Test
    void movingASessionTakesItsBookingsAlongAndMarksThemToBePhoned() {
        // given
        String session = newSession(2);
        String first = book(session, "Maria Rossi").path("code").asText();
        String second = book(session, "Giuseppe Verdi").path("code").asText();
        String waiting = book(session, "Anna Bianchi").path("code").asText();
        LocalDate day = day(session);

        // when
        Reply moved = call("POST", "/api/v1/admin/sessions/" + session + "/move", Map.of("start", day + "T17:00"), operator);

        // then
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        String target = ACTIVITY + "@" + day + "T17:00";
        assertThat(moved.json().path("bookingsMoved").asInt()).isEqualTo(3);
        assertThat(moved.json().path("from").path("status").asText()).isEqualTo("MOVED");
        assertThat(moved.json().path("from").path("movedTo").asText()).isEqualTo(target);
        assertThat(moved.json().path("from").path("confirmed").asInt()).isZero();
        JsonNode to = moved.json().path("to");
        assertThat(to.path("id").asText()).isEqualTo(target);
        assertThat(to.path("origin").asText()).isEqualTo("OPERATOR");
        assertThat(to.path("capacity").asInt()).isEqualTo(2);
        assertThat(to.path("confirmed").asInt()).isEqualTo(2);
        assertThat(to.path("waitlisted").asInt()).isEqualTo(1);
        assertThat(milan(to.path("end"))).isEqualTo(day.atTime(18, 0));

        JsonNode bookings = call("GET", "/api/v1/admin/sessions/" + target + "/bookings", null, operator).json();
        assertThat(codes(bookings)).containsExactly(first, second, waiting);
        assertThat(bookings).allSatisfy(booking -> assertThat(booking.path("callReason").asText()).isEqualTo("SESSION_MOVED"));
        assertThat(bookings.get(2).path("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, operator).json()).isEmpty();
        assertThat(kiosk("GET", "/api/v1/bookings/" + first, null).json().path("activitySessionId").asText()).isEqualTo(target);
        assertError(kiosk("POST", "/api/v1/bookings", Map.of("activitySessionId", session, "name", "Luca Neri", "phone", newPhone())),
            409, "session_moved");
        assertThat(codes(call("GET", "/api/v1/admin/calls", null, operator).json())).contains(first, second, waiting);
    }

    @Test
    void aSessionIsNotMovedOntoOneThatHoldsBookings() {
        // given
        String busy = newSession(20);
        book(busy, "Maria Rossi");
        LocalDate day = day(busy);
        String other = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day + "T11:00"), operator)
            .json().path("id").asText();
        book(other, "Giuseppe Verdi");

        // when
        Reply refused = call("POST", "/api/v1/admin/sessions/" + other + "/move", Map.of("start", day + "T15:00"), operator);

        // then
        assertError(refused, 409, "target_has_bookings");
        assertThat(call("GET", "/api/v1/admin/sessions/" + other + "/bookings", null, operator).json()).hasSize(1);
        assertError(call("POST", "/api/v1/admin/sessions/" + other + "/move", Map.of("start", day + "T11:00"), operator), 400,
            "invalid_session");
        assertError(call("POST", "/api/v1/admin/sessions/" + other + "/move", Map.of(), operator), 400, "invalid_session");
    }

    @Test
    void aMovedSessionCanBeMovedBackButNotMovedAgainFromItsOldTime() {
        // given
        String session = newSession(20);
        String code = book(session, "Maria Rossi").path("code").asText();
        LocalDate day = day(session);
        String later = call("POST", "/api/v1/admin/sessions/" + session + "/move", Map.of("start", day + "T18:00"), operator).json()
            .path("to").path("id").asText();

        // then
        assertError(call("POST", "/api/v1/admin/sessions/" + session + "/move", Map.of("start", day + "T19:00"), operator), 409,
            "session_moved");
        Reply back = call("POST", "/api/v1/admin/sessions/" + later + "/move", Map.of("start", day + "T15:00"), operator);
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(back.json().path("to").path("id").asText()).isEqualTo(session);
        assertThat(back.json().path("to").path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(back.json().path("to").path("movedTo").isNull()).isTrue();
        assertThat(kiosk("GET", "/api/v1/bookings/" + code, null).json().path("activitySessionId").asText()).isEqualTo(session);
    }

    // ---- cancelling ----

    @Test
    void cancellingASessionCancelsEveryBookingAndListsThemToPhone() {
        // given
        String session = newSession(1);
        String confirmed = book(session, "Maria Rossi").path("code").asText();
        JsonNode waiting = book(session, "Giuseppe Verdi");
        assertThat(waiting.path("status").asText()).isEqualTo("WAITLISTED");

        // when
        Reply cancelled = call("POST", "/api/v1/admin/sessions/" + session + "/cancel", null, operator);

        // then
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().path("bookingsCancelled").asInt()).isEqualTo(2);
        assertThat(cancelled.json().path("session").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("session").path("confirmed").asInt()).isZero();
        assertThat(cancelled.json().path("session").path("waitlisted").asInt()).isZero();
        JsonNode bookings = call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, operator).json();
        assertThat(bookings).hasSize(2).allSatisfy(booking -> {
            assertThat(booking.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(booking.path("cancelReason").asText()).isEqualTo("SESSION_CANCELLED");
            assertThat(booking.path("callReason").asText()).isEqualTo("SESSION_CANCELLED");
        });
        assertError(kiosk("POST", "/api/v1/bookings", Map.of("activitySessionId", session, "name", "Luca Neri", "phone", newPhone())),
            409, "session_cancelled");
        JsonNode listed = find(call("GET", "/api/v1/admin/sessions?from=" + day(session) + "&to=" + day(session), null, operator)
            .json(), session);
        assertThat(listed.path("status").asText()).isEqualTo("CANCELLED");

        // and the calls list has both until they are phoned
        assertThat(codes(call("GET", "/api/v1/admin/calls", null, operator).json())).contains(confirmed, waiting.path("code").asText());
        Reply called = call("POST", "/api/v1/admin/bookings/" + confirmed + "/called", null, operator);
        assertThat(called.status()).as(called.text()).isEqualTo(200);
        assertThat(called.json().path("callReason").isNull()).isTrue();
        assertThat(codes(call("GET", "/api/v1/admin/calls", null, operator).json())).doesNotContain(confirmed)
            .contains(waiting.path("code").asText());
        assertThat(call("POST", "/api/v1/admin/sessions/" + session + "/cancel", null, operator).json().path("bookingsCancelled")
            .asInt()).isZero();
    }

    @Test
    void addingACancelledSessionAgainReinstatesItWithoutItsOldBookings() {
        // given
        String session = newSession(20);
        String code = book(session, "Maria Rossi").path("code").asText();
        call("POST", "/api/v1/admin/sessions/" + session + "/cancel", null, operator);

        // when
        Reply again = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day(session) + "T15:00",
            "capacity", 10), operator);

        // then
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.json().path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(again.json().path("capacity").asInt()).isEqualTo(10);
        assertThat(again.json().path("confirmed").asInt()).isZero();
        assertThat(kiosk("GET", "/api/v1/bookings/" + code, null).json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(book(session, "Giuseppe Verdi").path("status").asText()).isEqualTo("CONFIRMED");
    }

    // ---- capacity and the waiting list ----

    @Test
    void theCapacityCannotGoBelowTheConfirmedBookings() {
        // given
        String session = newSession(20);
        book(session, "Maria Rossi");
        book(session, "Giuseppe Verdi");

        // when
        Reply refused = call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", 1), operator);

        // then
        assertError(refused, 409, "capacity_below_confirmed");
        assertThat(refused.json().path("message").asText()).contains("2 people hold a confirmed seat");
        Reply lowered = call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", 2), operator);
        assertThat(lowered.status()).as(lowered.text()).isEqualTo(200);
        assertThat(lowered.json().path("capacity").asInt()).isEqualTo(2);
        assertThat(lowered.json().path("seatsLeft").asInt()).isZero();
        assertThat(book(session, "Anna Bianchi").path("status").asText()).isEqualTo("WAITLISTED");
        Reply zero = call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", 0), operator);
        assertError(zero, 400, "invalid_session");
        assertThat(zero.json().path("message").asText()).startsWith("capacity:");
        assertError(call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of(), operator), 400, "invalid_session");
        assertError(call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", "molti"), operator), 400,
            "invalid_json");
    }

    @Test
    void aWaitingBookingIsConfirmedOnlyOntoAFreeSeat() {
        // given
        String session = newSession(1);
        String confirmed = book(session, "Maria Rossi").path("code").asText();
        String waiting = book(session, "Giuseppe Verdi").path("code").asText();

        // then: full, so nothing is oversold
        assertError(call("POST", "/api/v1/admin/bookings/" + waiting + "/confirm", null, operator), 409, "full");
        assertError(call("POST", "/api/v1/admin/bookings/" + confirmed + "/confirm", null, operator), 409, "not_waitlisted");

        // when a seat is added
        assertThat(call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", 2), operator).status())
            .isEqualTo(200);
        Reply promoted = call("POST", "/api/v1/admin/bookings/" + waiting + "/confirm", null, operator);

        // then
        assertThat(promoted.status()).as(promoted.text()).isEqualTo(200);
        assertThat(promoted.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(promoted.json().path("callReason").asText()).isEqualTo("PROMOTED");
        assertThat(promoted.json().path("waitlistPosition").isNull()).isTrue();
        JsonNode listed = find(call("GET", "/api/v1/admin/sessions?from=" + day(session) + "&to=" + day(session), null, operator)
            .json(), session);
        assertThat(listed.path("confirmed").asInt()).isEqualTo(2);
        assertThat(listed.path("waitlisted").asInt()).isZero();
    }

    @Test
    void anOperatorCancelsABookingAndTheSeatGoesToTheFirstWaiting() {
        // given
        String session = newSession(1);
        String confirmed = book(session, "Maria Rossi").path("code").asText();
        String first = book(session, "Giuseppe Verdi").path("code").asText();
        String second = book(session, "Anna Bianchi").path("code").asText();

        // when
        Reply cancelled = call("POST", "/api/v1/admin/bookings/" + confirmed + "/cancel", null, operator);

        // then
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().path("booking").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("booking").path("cancelReason").asText()).isEqualTo("OPERATOR");
        assertThat(cancelled.json().path("promoted").asText()).isEqualTo(first);
        JsonNode bookings = call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, operator).json();
        assertThat(codes(bookings)).containsExactly(first, second, confirmed);
        assertThat(bookings.get(0).path("callReason").asText()).isEqualTo("PROMOTED");
        assertThat(bookings.get(1).path("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(codes(call("GET", "/api/v1/admin/calls", null, operator).json())).contains(first).doesNotContain(confirmed);
        Reply again = call("POST", "/api/v1/admin/bookings/" + confirmed + "/cancel", null, operator);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("promoted").isNull()).isTrue();
    }

    // ---- attendance ----

    @Test
    void attendanceIsRecordedAndCleared() {
        // given
        String session = newSession(20);
        String code = book(session, "Maria Rossi").path("code").asText();
        String path = "/api/v1/admin/bookings/" + code + "/attendance";

        // then
        Reply present = call("PUT", path, Map.of("attended", true), operator);
        assertThat(present.status()).as(present.text()).isEqualTo(200);
        assertThat(present.json().path("attended").asBoolean()).isTrue();
        assertThat(call("PUT", path, Map.of("attended", false), operator).json().path("attended").asBoolean()).isFalse();
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("attended", null);
        assertThat(call("PUT", path, unknown, operator).json().path("attended").isNull()).isTrue();
        assertError(call("PUT", path, Map.of(), operator), 400, "invalid_attendance");
        assertError(call("PUT", path, Map.of("attended", "sì"), operator), 400, "invalid_attendance");
        assertError(call("PUT", "/api/v1/admin/bookings/ZZZZZZ/attendance", Map.of("attended", true), operator), 404,
            "unknown_booking");
        assertError(call("PUT", "/api/v1/admin/bookings/not-a-code/attendance", Map.of("attended", true), operator), 404,
            "unknown_booking");
    }

    // ---- the register ----

    @Test
    void theRegisterListsNamesAndPhonesForOperators() {
        // given
        String session = newSession(1);
        String phone = newPhone();
        String code = kiosk("POST", "/api/v1/bookings", Map.of("activitySessionId", session, "name", "Maria Rossi", "phone", phone))
            .json().path("code").asText();
        book(session, "Giuseppe Verdi");

        // when
        Reply register = call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, operator);

        // then
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.raw().headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode first = register.json().get(0);
        assertThat(first.path("code").asText()).isEqualTo(code);
        assertThat(first.path("name").asText()).isEqualTo("Maria Rossi");
        assertThat(first.path("phone").asText()).isEqualTo(phone.substring(0, 3) + " " + phone.substring(3, 6) + " " + phone.substring(6));
        assertThat(first.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(first.path("waitlistPosition").isNull()).isTrue();
        assertThat(first.path("createdAt").asText()).isNotEmpty();
        assertThat(register.json().get(1).path("waitlistPosition").asInt()).isEqualTo(1);
        assertError(call("GET", "/api/v1/admin/sessions/" + ACTIVITY + "@2020-01-07T10:00/bookings", null, operator), 404,
            "unknown_session");
        assertError(call("GET", "/api/v1/admin/sessions/nonsense/bookings", null, operator), 404, "unknown_session");
    }

    @Test
    void theCsvOpensInItalianExcelWithFormulasDefused() {
        // given
        String session = newSession(1);
        String first = book(session, "Maria D'Angelo").path("code").asText();
        String second = kiosk("POST", "/api/v1/bookings", Map.of("activitySessionId", session, "name", "-Mario Rossi",
            "card", "-2024-0815")).json().path("code").asText();
        call("PUT", "/api/v1/admin/bookings/" + first + "/attendance", Map.of("attended", true), operator);

        // when
        Reply csv = call("GET", "/api/v1/admin/sessions/" + session + "/bookings.csv", null, operator);

        // then
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type")).contains("text/csv; charset=UTF-8");
        assertThat(csv.raw().headers().firstValue("Content-Disposition"))
            .contains("attachment; filename=\"prenotazioni-" + session.replace("@", "-").replace("T", "-").replace(":", "") + ".csv\"");
        assertThat(csv.raw().body()).startsWith(0xEF, 0xBB, 0xBF);
        List<String> rows = csv.text().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo("\uFEFFCodice;Stato;Nome;Telefono;Tessera;Posizione in lista;Presente;Da chiamare;Prenotato il");
        assertThat(rows.get(1)).startsWith(first + ";Confermata;Maria D'Angelo;3").contains(";;;sì;;");
        assertThat(rows.get(2)).startsWith(second + ";In lista d'attesa;'-Mario Rossi;;'-2024-0815;1;;;");
        assertThat(csv.text()).contains("\r\n");
    }

    // ---- who may do what ----

    @Test
    void anOperatorOfAnotherCentreIsRefused() {
        // given
        String session = newSession(1);
        String code = book(session, "Maria Rossi").path("code").asText();
        String waiting = book(session, "Giuseppe Verdi").path("code").asText();

        // then
        assertError(call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, elsewhere), 403, "forbidden");
        assertError(call("GET", "/api/v1/admin/sessions/" + session + "/bookings.csv", null, elsewhere), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/sessions/" + session + "/cancel", null, elsewhere), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/sessions/" + session + "/move", Map.of("start", day(session) + "T18:00"), elsewhere),
            403, "forbidden");
        assertError(call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", 5), elsewhere), 403, "forbidden");
        assertError(call("PUT", "/api/v1/admin/bookings/" + code + "/attendance", Map.of("attended", true), elsewhere), 403,
            "forbidden");
        assertError(call("POST", "/api/v1/admin/bookings/" + waiting + "/confirm", null, elsewhere), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/bookings/" + code + "/called", null, elsewhere), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/bookings/" + code + "/cancel", null, elsewhere), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day(session) + "T18:00"),
            elsewhere), 403, "forbidden");
        assertError(call("GET", "/api/v1/admin/sessions?centre=csrc-zante", null, elsewhere), 403, "forbidden");
        JsonNode own = call("GET", "/api/v1/admin/sessions", null, elsewhere).json();
        assertThat(own).allSatisfy(listed -> assertThat(listed.path("centre").asText()).isEqualTo("csrc-ritrovo-15"));
        assertThat(codes(call("GET", "/api/v1/admin/calls", null, elsewhere).json())).doesNotContain(code);
        assertThat(call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, operator).json()).hasSize(2);
        assertThat(call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, admin).json()).hasSize(2);
    }

    @Test
    void aTutorReadsTheBookingsButChangesNothing() {
        // given
        String session = newSession(20);
        String code = book(session, "Maria Rossi").path("code").asText();

        // then
        assertThat(call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, tutor).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/admin/sessions?centre=csrc-zante", null, tutor).status()).isEqualTo(200);
        assertError(call("POST", "/api/v1/admin/sessions/" + session + "/cancel", null, tutor), 403, "forbidden");
        assertError(call("PUT", "/api/v1/admin/sessions/" + session + "/capacity", Map.of("capacity", 5), tutor), 403, "forbidden");
        assertError(call("PUT", "/api/v1/admin/bookings/" + code + "/attendance", Map.of("attended", true), tutor), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/bookings/" + code + "/cancel", null, tutor), 403, "forbidden");
        assertError(call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", day(session) + "T18:00"), tutor),
            403, "forbidden");
        assertThat(kiosk("GET", "/api/v1/bookings/" + code, null).json().path("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void changesNeedALoginAndTheCsrfToken() {
        String session = newSession(20);
        assertError(call("POST", "/api/v1/admin/sessions/" + session + "/cancel", null, new Login(operator.cookie(), null)), 403, "csrf");
        assertError(call("GET", "/api/v1/admin/sessions/" + session + "/bookings", null, null), 401, "not_logged_in");
        assertError(call("GET", "/api/v1/admin/calls", null, null), 401, "not_logged_in");
        assertThat(find(call("GET", "/api/v1/admin/sessions?from=" + day(session) + "&to=" + day(session), null, operator).json(),
            session).path("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void theSessionListingRefusesBadRanges() {
        LocalDate today = LocalDate.now(MilanTime.ZONE);
        assertError(call("GET", "/api/v1/admin/sessions?from=ieri", null, admin), 400, "invalid_date");
        assertError(call("GET", "/api/v1/admin/sessions?from=" + today + "&to=" + today.minusDays(1), null, admin), 400,
            "invalid_range");
        assertError(call("GET", "/api/v1/admin/sessions?from=" + today + "&to=" + today.plusDays(100), null, admin), 400,
            "invalid_range");
        assertError(call("GET", "/api/v1/admin/sessions?centre=nessun-centro", null, admin), 404, "unknown_centre");
    }

    // ---- the kiosk's ticket ----

    @Test
    void theKioskPrintsATicketWithoutPersonalData() {
        // given
        String session = newSession(20);
        String code = book(session, "Maria Rossi").path("code").asText();

        // when
        Reply ticket = kiosk("GET", "/api/v1/bookings/" + code + "/ticket", null);

        // then
        assertThat(ticket.status()).as(ticket.text()).isEqualTo(200);
        JsonNode body = ticket.json();
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("qrPayload").asText()).isEqualTo(code);
        assertThat(body.path("time").asText()).isEqualTo("dalle 15:00 alle 16:00");
        List<String> lines = new ArrayList<>();
        body.path("lines").forEach(line -> lines.add(line.asText()));
        assertThat(lines).contains("Ginnastica dolce", "CSRC Zante", "Via Zante 14, 20138 Milano", "Sala: Salone",
            "Prenotazione: Confermata", "Codice: " + code);
        assertThat(ticket.text()).doesNotContain("Maria");
        assertThat(call("GET", "/api/v1/bookings/" + code + "/ticket", null, null).status()).isEqualTo(401);
        assertError(kiosk("GET", "/api/v1/bookings/ZZZZZZ/ticket", null), 404, "unknown_booking");
    }

    // ---- helpers ----

    /** A session of its own, added by the Zante operator at 15:00 on a day no other test uses. */
    private static String newSession(int capacity) {
        Reply added = call("POST", "/api/v1/admin/sessions", Map.of("activityId", ACTIVITY, "start", nextDay() + "T15:00",
            "capacity", capacity), operator);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().path("id").asText();
    }

    private static LocalDate nextDay() {
        return LocalDate.now(MilanTime.ZONE).plusDays(DAYS.getAndIncrement());
    }

    private static LocalDate day(String sessionId) {
        return LocalDate.parse(sessionId.substring(sessionId.indexOf('@') + 1, sessionId.indexOf('T', sessionId.indexOf('@'))));
    }

    private static JsonNode book(String sessionId, String name) {
        Reply booked = kiosk("POST", "/api/v1/bookings", Map.of("activitySessionId", sessionId, "name", name, "phone", newPhone()));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        return booked.json();
    }

    private static String newPhone() {
        return Long.toString(PHONES.incrementAndGet());
    }

    private static LocalDateTime milan(JsonNode time) {
        return OffsetDateTime.parse(time.asText()).atZoneSameInstant(MilanTime.ZONE).toLocalDateTime();
    }

    private static List<String> ids(JsonNode sessions) {
        List<String> ids = new ArrayList<>();
        sessions.forEach(session -> ids.add(session.path("id").asText()));
        return ids;
    }

    private static List<String> codes(JsonNode bookings) {
        List<String> codes = new ArrayList<>();
        bookings.forEach(booking -> codes.add(booking.path("code").asText()));
        return codes;
    }

    private static JsonNode find(JsonNode sessions, String id) {
        for (JsonNode session : sessions) {
            if (session.path("id").asText().equals(id)) {
                return session;
            }
        }
        throw new AssertionError("no session " + id + " in " + sessions);
    }

    private static void assertError(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.error()).as(reply.text()).isEqualTo(code);
    }

    private static void createAccount(String username, String role, String centreId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "password-" + username);
        body.put("role", role);
        if (centreId != null) {
            body.put("centreId", centreId);
        }
        Reply created = call("POST", "/api/v1/admin/accounts", body, admin);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private static Login login(String user, String password) {
        Reply reply = call("POST", "/api/v1/admin/login", Map.of("username", user, "password", password), null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        String setCookie = reply.raw().headers().firstValue("Set-Cookie").orElseThrow();
        return new Login(setCookie.substring(0, setCookie.indexOf(';')), reply.json().path("csrfToken").asText());
    }

    private static Reply call(String method, String path, Object body, Login login) {
        HttpRequest.Builder request = request(method, path, body);
        if (login != null) {
            request.header("Cookie", login.cookie());
            if (login.csrf() != null) {
                request.header("X-CSRF-Token", login.csrf());
            }
        }
        return send(request);
    }

    private static Reply kiosk(String method, String path, Object body) {
        return send(request(method, path, body).header("Authorization", "Bearer " + TestServers.TOKEN));
    }

    private static HttpRequest.Builder request(String method, String path, Object body) {
        try {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

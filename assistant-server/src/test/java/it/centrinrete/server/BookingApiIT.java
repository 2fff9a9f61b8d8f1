package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.server.booking.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The booking endpoints as api.md and our additions describe them, over HTTP against one server on its own content:
 * the sample plus a few daily test activities with tiny capacities. The server closes bookings two days before a
 * session and takes them twenty days ahead, so sessions 3 to 19 days away are bookable, tomorrow's are closed and
 * those 25 days away are too far; each test books its own sessions and its own phone numbers. Everything runs once
 * on H2 and once on a fresh PostgreSQL schema (skipped, saying so, when no PostgreSQL answers).
 */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {"h2", "postgresql"})
class BookingApiIT {
    static final String SECOND_TOKEN = "second-kiosk-token-0123456789";
    /** Capacity 2, waiting list. */
    private static final String SMALL = "prova-piccola";
    /** Capacity 1, no waiting list. */
    private static final String SINGLE = "prova-singola";
    /** Capacity 20, waiting list: for tests that need a seat and no contention. */
    private static final String ROOMY = "prova-ampia";
    /** Capacity 20 at another centre. */
    private static final String ELSEWHERE = "prova-altrove";

    /** The database the class runs on this time: {@code h2} or {@code postgresql}. */
    @Parameter
    String kind;

    @TempDir
    static Path work;
    static AssistantServer server;
    static Api kiosk;
    static Api secondKiosk;
    private static final AtomicLong PHONES = new AtomicLong(3_200_000_000L);

    @BeforeParameterizedClassInvocation
    static void start(String kind) {
        Path content = bookingContent(work.resolve(kind + "-content"), List.of(
            activity(SMALL, "10:00", 2, true, "csrc-zante"),
            activity(SINGLE, "10:00", 1, false, "csrc-zante"),
            activity(ROOMY, "10:00", 20, true, "csrc-zante"),
            activity(ELSEWHERE, "10:00", 20, false, "csrc-ritrovo-15")));
        String url = TestDatabases.freshUrl(kind);
        server = TestServers.start(work.resolve(kind + "-index"), Map.of(
            "db.url", url,
            "db.user", TestDatabases.user(url),
            "kb.content-dir", content.toString(),
            "security.kiosk-tokens", TestServers.TOKEN + "," + SECOND_TOKEN,
            "security.kiosk-rate-limit", "0",
            "bookings.close-minutes-before", "2880",
            "bookings.horizon-days", "20",
            "bookings.max-active-per-person", "3"));
        kiosk = new Api(server, TestServers.TOKEN);
        secondKiosk = new Api(server, SECOND_TOKEN);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    // ---- listing ----

    @Test
    void theListingShowsUpcomingSessionsWithTheFieldsApiMdLists() {
        // when
        Reply reply = kiosk.get("/api/v1/activities");

        // then
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().isArray()).isTrue();
        assertThat(reply.json()).isNotEmpty();
        OffsetDateTime now = OffsetDateTime.now();
        for (JsonNode session : reply.json()) {
            assertThat(session.has("id") && session.has("activityId") && session.has("title") && session.has("centre")
                && session.has("start") && session.has("end") && session.has("capacity") && session.has("seatsLeft")
                && session.has("waitlist")).as(session.toString()).isTrue();
            assertThat(OffsetDateTime.parse(session.get("start").asText())).isAfter(now);
        }
        JsonNode roomy = find(reply.json(), sessionId(ROOMY, 5));
        assertThat(roomy.get("activityId").asText()).isEqualTo(ROOMY);
        assertThat(roomy.get("centre").asText()).isEqualTo("csrc-zante");
        assertThat(roomy.get("capacity").asInt()).isEqualTo(20);
        assertThat(roomy.get("waitlist").asBoolean()).isTrue();
        assertThat(roomy.get("bookable").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(roomy.get("end").asText())).isAfter(OffsetDateTime.parse(roomy.get("start").asText()));
    }

    @Test
    void theListingKeepsToItsDaysAndCentre() {
        // given
        LocalDate day = today().plusDays(6);

        // when
        Reply oneDay = kiosk.get("/api/v1/activities?from=" + day + "&to=" + day + "&centre=csrc-ritrovo-15");

        // then
        assertThat(oneDay.status()).as(oneDay.text()).isEqualTo(200);
        assertThat(oneDay.json()).isNotEmpty();
        assertThat(oneDay.json()).allSatisfy(session -> {
            assertThat(session.get("centre").asText()).isEqualTo("csrc-ritrovo-15");
            assertThat(OffsetDateTime.parse(session.get("start").asText()).atZoneSameInstant(MilanTime.ZONE).toLocalDate())
                .isEqualTo(day);
        });
        assertThat(ids(oneDay.json())).contains(sessionId(ELSEWHERE, 6)).doesNotContain(sessionId(ROOMY, 6));
    }

    @Test
    void theListingRefusesBadDatesRangesAndCentres() {
        LocalDate today = today();
        assertError(kiosk.get("/api/v1/activities?from=tomorrow"), 400, "invalid_date");
        assertError(kiosk.get("/api/v1/activities?to=2026-02-30"), 400, "invalid_date");
        assertError(kiosk.get("/api/v1/activities?from=" + today.plusDays(3) + "&to=" + today), 400, "invalid_range");
        assertError(kiosk.get("/api/v1/activities?from=" + today + "&to=" + today.plusDays(90)), 400, "invalid_range");
        assertError(kiosk.get("/api/v1/activities?centre=nessun-centro"), 404, "unknown_centre");
    }

    @Test
    void theListingSaysWhichSessionsCannotBeBookedNow() {
        // when
        Reply reply = kiosk.get("/api/v1/activities?from=" + today().plusDays(1) + "&to=" + today().plusDays(25));

        // then: tomorrow's is inside the two days before it, the 25th day beyond the twenty days ahead
        assertThat(find(reply.json(), sessionId(ROOMY, 1)).get("bookable").asBoolean()).isFalse();
        assertThat(find(reply.json(), sessionId(ROOMY, 10)).get("bookable").asBoolean()).isTrue();
        assertThat(find(reply.json(), sessionId(ROOMY, 25)).get("bookable").asBoolean()).isFalse();
    }

    // ---- booking ----

    @Test
    void aBookingIsCreatedWithTheFieldsApiMdListsAndNoPersonalData() {
        // given
        String session = sessionId(ROOMY, 3);
        String phone = newPhone();

        // when
        Reply reply = kiosk.book(session, "Maria Rossi", phone, UUID.randomUUID().toString());

        // then
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode booking = reply.json();
        assertThat(booking.get("code").asText()).matches("[23456789ACDEFGHMNPRSTUVZ]{6}");
        assertThat(booking.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(booking.get("activitySessionId").asText()).isEqualTo(session);
        assertThat(OffsetDateTime.parse(booking.get("start").asText()).atZoneSameInstant(MilanTime.ZONE).toLocalDateTime())
            .isEqualTo(today().plusDays(3).atTime(10, 0));
        assertThat(booking.get("title").asText()).isEqualTo("Prova " + ROOMY);
        assertThat(booking.get("centre").asText()).isEqualTo("csrc-zante");
        assertThat(booking.get("centreName").asText()).isEqualTo("CSRC Zante");
        assertThat(booking.has("waitlistPosition")).isFalse();
        assertThat(reply.text()).doesNotContain("Maria").doesNotContain(phone.substring(3));
        assertThat(reply.headers().firstValue("Idempotent-Replayed")).isEmpty();

        Reply found = kiosk.get("/api/v1/bookings/" + booking.get("code").asText());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).isEqualTo(booking);
        assertThat(find(kiosk.get("/api/v1/activities?from=" + today().plusDays(3) + "&to=" + today().plusDays(3)).json(), session)
            .get("seatsLeft").asInt()).isEqualTo(19);
    }

    @Test
    void aMembershipCardAloneIsEnoughToBook() {
        // when
        Reply reply = kiosk.post("/api/v1/bookings", Map.of("activitySessionId", sessionId(ROOMY, 4), "card", "zante-" + newPhone()
            .substring(5)), null);

        // then
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void badInputIsA400NamingTheField() {
        String session = sessionId(ROOMY, 7);
        Reply badPhone = kiosk.book(session, "Maria Rossi", "12345", null);
        assertError(badPhone, 400, "invalid_booking");
        assertThat(badPhone.json().get("message").asText()).startsWith("phone:");

        Reply foreignPhone = kiosk.book(session, "Maria Rossi", "+44 20 7946 0958", null);
        assertError(foreignPhone, 400, "invalid_booking");
        assertThat(foreignPhone.json().get("message").asText()).startsWith("phone:");

        Reply noName = kiosk.post("/api/v1/bookings", Map.of("activitySessionId", session, "phone", newPhone()), null);
        assertError(noName, 400, "invalid_booking");
        assertThat(noName.json().get("message").asText()).startsWith("name:");

        Reply badName = kiosk.book(session, "<script>", newPhone(), null);
        assertError(badName, 400, "invalid_booking");
        assertThat(badName.json().get("message").asText()).startsWith("name:");

        Reply nobody = kiosk.post("/api/v1/bookings", Map.of("activitySessionId", session, "name", "Maria Rossi"), null);
        assertError(nobody, 400, "invalid_booking");
        assertThat(nobody.json().get("message").asText()).startsWith("phone:").contains("card");

        Reply noSession = kiosk.post("/api/v1/bookings", Map.of("name", "Maria Rossi", "phone", newPhone()), null);
        assertError(noSession, 400, "invalid_booking");
        assertThat(noSession.json().get("message").asText()).startsWith("activitySessionId:");

        Reply unknownProperty = kiosk.post("/api/v1/bookings", Map.of("activitySessionId", session, "name", "Maria Rossi",
            "phone", newPhone(), "email", "maria@example.org"), null);
        assertError(unknownProperty, 400, "invalid_json");
        assertThat(unknownProperty.json().get("message").asText()).contains("email");

        assertError(kiosk.post("/api/v1/bookings", "{\"activitySessionId\": ", null), 400, "invalid_json");
        assertError(kiosk.post("/api/v1/bookings", "", null), 400, "empty_body");
        assertError(kiosk.book(session, "Maria Rossi", newPhone(), "not a key!"), 400, "invalid_idempotency_key");
        assertError(kiosk.book(session, "Maria Rossi", newPhone(), "k".repeat(101)), 400, "invalid_idempotency_key");
        // nothing was booked by all this
        assertThat(find(kiosk.get("/api/v1/activities?from=" + today().plusDays(7) + "&to=" + today().plusDays(7)).json(), session)
            .get("seatsLeft").asInt()).isEqualTo(20);
    }

    @Test
    void aSessionThatDoesNotExistIsA404() {
        assertError(kiosk.book("not-a-session", "Maria Rossi", newPhone(), null), 404, "unknown_session");
        assertError(kiosk.book("nessuna-attivita@" + today().plusDays(5) + "T10:00", "Maria Rossi", newPhone(), null), 404,
            "unknown_session");
        // the activity exists, but not at that time
        assertError(kiosk.book(ROOMY + "@" + today().plusDays(5) + "T09:00", "Maria Rossi", newPhone(), null), 404,
            "unknown_session");
        assertError(kiosk.book(ROOMY + "@" + today().plusDays(5) + "T25:00", "Maria Rossi", newPhone(), UUID.randomUUID().toString()),
            404, "unknown_session");
    }

    // ---- idempotency ----

    @Test
    void theSameKeyWithTheSameRequestGetsTheSameResponseAndOneBooking() {
        // given
        String key = UUID.randomUUID().toString();
        String phone = newPhone();
        Reply first = kiosk.book(sessionId(ROOMY, 8), "Luigi Bianchi", phone, key);

        // when
        Reply again = kiosk.book(sessionId(ROOMY, 8), "Luigi Bianchi", phone, key);

        // then
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(kiosk.search(Map.of("phone", phone)).json()).hasSize(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsA422() {
        // given
        String key = UUID.randomUUID().toString();
        String phone = newPhone();
        assertThat(kiosk.book(sessionId(ROOMY, 9), "Luigi Bianchi", phone, key).status()).isEqualTo(201);

        // when
        Reply otherSession = kiosk.book(sessionId(ROOMY, 10), "Luigi Bianchi", phone, key);
        Reply otherPerson = kiosk.book(sessionId(ROOMY, 9), "Anna Verdi", newPhone(), key);

        // then
        assertError(otherSession, 422, "idempotency_key_reused");
        assertError(otherPerson, 422, "idempotency_key_reused");
        assertThat(kiosk.search(Map.of("phone", phone)).json()).hasSize(1);
    }

    @Test
    void aRefusalIsRepliedForTheSameKeyToo() {
        // given: the only seat is taken
        String session = sessionId(SINGLE, 9);
        assertThat(kiosk.book(session, "Primo Arrivato", newPhone(), null).status()).isEqualTo(201);
        String key = UUID.randomUUID().toString();
        String phone = newPhone();
        Reply first = kiosk.book(session, "Secondo Arrivato", phone, key);

        // when
        Reply again = kiosk.book(session, "Secondo Arrivato", phone, key);

        // then
        assertError(first, 409, "full");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    @Test
    void keysBelongToOneKiosk() {
        // given
        String key = UUID.randomUUID().toString();
        String phone = newPhone();
        Reply first = kiosk.book(sessionId(ROOMY, 11), "Luigi Bianchi", phone, key);

        // when: another kiosk happens to pick the same key, for another request
        Reply other = secondKiosk.book(sessionId(ROOMY, 12), "Luigi Bianchi", phone, key);

        // then: neither replayed nor refused as reused
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(other.status()).as(other.text()).isEqualTo(201);
        assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(other.json().get("code").asText()).isNotEqualTo(first.json().get("code").asText());
        // and each kiosk replays its own
        Reply firstAgain = kiosk.book(sessionId(ROOMY, 11), "Luigi Bianchi", phone, key);
        Reply otherAgain = secondKiosk.book(sessionId(ROOMY, 12), "Luigi Bianchi", phone, key);
        assertThat(firstAgain.replayed()).isTrue();
        assertThat(firstAgain.text()).isEqualTo(first.text());
        assertThat(otherAgain.replayed()).isTrue();
        assertThat(otherAgain.text()).isEqualTo(other.text());
        assertThat(kiosk.search(Map.of("phone", phone)).json()).hasSize(2);
    }

    // ---- seats ----

    @Test
    void aFullSessionWithAWaitingListQueuesAndACancellationPromotesTheFirst() {
        // given: two seats taken
        String session = sessionId(SMALL, 5);
        String first = code(kiosk.book(session, "Prima Persona", newPhone(), null));
        code(kiosk.book(session, "Seconda Persona", newPhone(), null));

        // when
        Reply third = kiosk.book(session, "Terza Persona", newPhone(), UUID.randomUUID().toString());
        Reply fourth = kiosk.book(session, "Quarta Persona", newPhone(), null);

        // then
        assertThat(third.status()).as(third.text()).isEqualTo(201);
        assertThat(third.json().get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(third.json().get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(fourth.json().get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(fourth.json().get("waitlistPosition").asInt()).isEqualTo(2);
        assertThat(seatsLeft(session, 5)).isZero();

        // when the first cancels
        Reply cancelled = kiosk.delete("/api/v1/bookings/" + first);

        // then the first waiting gets the seat, the second moves up
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        JsonNode promoted = kiosk.get("/api/v1/bookings/" + third.json().get("code").asText()).json();
        assertThat(promoted.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(promoted.has("waitlistPosition")).isFalse();
        JsonNode waiting = kiosk.get("/api/v1/bookings/" + fourth.json().get("code").asText()).json();
        assertThat(waiting.get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(seatsLeft(session, 5)).isZero();

        // and a waiting person who cancels frees no seat
        kiosk.delete("/api/v1/bookings/" + fourth.json().get("code").asText());
        assertThat(seatsLeft(session, 5)).isZero();
    }

    @Test
    void aFullSessionWithoutAWaitingListIsA409Full() {
        // given
        String session = sessionId(SINGLE, 5);
        assertThat(kiosk.book(session, "Prima Persona", newPhone(), null).status()).isEqualTo(201);

        // when
        Reply refused = kiosk.book(session, "Seconda Persona", newPhone(), UUID.randomUUID().toString());

        // then
        assertError(refused, 409, "full");
        assertThat(seatsLeft(session, 5)).isZero();
    }

    @Test
    void bookingTheSameSessionTwiceIsA409WithTheExistingCode() {
        // given
        String session = sessionId(ROOMY, 13);
        String phone = newPhone();
        String code = code(kiosk.book(session, "Carla Neri", phone, null));

        // when: the same phone written another way, from another kiosk
        Reply again = secondKiosk.book(session, "Carla Neri", "+39 " + phone.substring(0, 3) + " " + phone.substring(3), null);

        // then
        assertError(again, 409, "already_booked");
        assertThat(again.json().get("code").asText()).isEqualTo(code);
    }

    @Test
    void aPersonMayHoldOnlyTheConfiguredNumberOfBookings() {
        // given: the limit is 3
        String phone = newPhone();
        String firstCode = code(kiosk.book(sessionId(ROOMY, 14), "Franco Gialli", phone, null));
        code(kiosk.book(sessionId(ROOMY, 15), "Franco Gialli", phone, null));
        code(kiosk.book(sessionId(ROOMY, 16), "Franco Gialli", phone, null));

        // when
        Reply fourth = kiosk.book(sessionId(ROOMY, 17), "Franco Gialli", phone, null);

        // then
        assertError(fourth, 409, "too_many_bookings");

        // and after cancelling one, there is room again
        kiosk.delete("/api/v1/bookings/" + firstCode);
        assertThat(kiosk.book(sessionId(ROOMY, 17), "Franco Gialli", phone, null).status()).isEqualTo(201);
    }

    @Test
    void aSessionStartingTooSoonIsClosedAndOneTooFarAheadIsNotOpenYet() {
        assertError(kiosk.book(sessionId(ROOMY, 1), "Gino Blu", newPhone(), null), 409, "bookings_closed");
        assertError(kiosk.book(sessionId(ROOMY, 25), "Gino Blu", newPhone(), null), 409, "too_far_ahead");
        assertThat(kiosk.book(sessionId(ROOMY, 19), "Gino Blu", newPhone(), null).status()).isEqualTo(201);
    }

    // ---- finding, cancelling, searching ----

    @Test
    void anUnknownCodeIsA404() {
        assertError(kiosk.get("/api/v1/bookings/ZZZZZZ"), 404, "unknown_booking");
        assertError(kiosk.get("/api/v1/bookings/not-a-code"), 404, "unknown_booking");
        assertError(kiosk.delete("/api/v1/bookings/ZZZZZZ"), 404, "unknown_booking");
    }

    @Test
    void aCodeIsFoundAsAPersonTypesIt() {
        // given
        String code = code(kiosk.book(sessionId(ROOMY, 18), "Elsa Viola", newPhone(), null));

        // when
        Reply found = kiosk.get("/api/v1/bookings/" + code.toLowerCase().substring(0, 3) + "-" + code.toLowerCase().substring(3));

        // then
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("code").asText()).isEqualTo(code);
    }

    @Test
    void cancellingTwiceIsHarmless() {
        // given
        String session = sessionId(SMALL, 6);
        String code = code(kiosk.book(session, "Elsa Viola", newPhone(), null));

        // when
        Reply first = kiosk.delete("/api/v1/bookings/" + code);
        Reply second = kiosk.delete("/api/v1/bookings/" + code);

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(first.json().get("centreName").asText()).isEqualTo("CSRC Zante");
        assertThat(second.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(kiosk.get("/api/v1/bookings/" + code).json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(seatsLeft(session, 6)).isEqualTo(2);
        // the seat is counted once: two people still fit, a third waits
        assertThat(kiosk.book(session, "Uno Due", newPhone(), null).json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(kiosk.book(session, "Tre Quattro", newPhone(), null).json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(kiosk.book(session, "Cinque Sei", newPhone(), null).json().get("status").asText()).isEqualTo("WAITLISTED");
    }

    @Test
    void aPersonFindsTheirBookingsByPhoneOrByCard() {
        // given
        String phone = newPhone();
        String card = "CARD-" + phone.substring(4);
        String byPhone = code(kiosk.book(sessionId(ELSEWHERE, 3), "Rita Grigi", phone, null));
        String cancelled = code(kiosk.book(sessionId(ELSEWHERE, 4), "Rita Grigi", phone, null));
        kiosk.delete("/api/v1/bookings/" + cancelled);
        Reply withCard = kiosk.post("/api/v1/bookings", Map.of("activitySessionId", sessionId(ELSEWHERE, 5), "card", card), null);
        assertThat(withCard.status()).as(withCard.text()).isEqualTo(201);

        // when
        Reply phoneSearch = kiosk.search(Map.of("phone", "0039 " + phone));
        Reply cardSearch = secondKiosk.search(Map.of("card", card.toLowerCase()));
        Reply nobody = kiosk.search(Map.of("phone", newPhone()));

        // then
        assertThat(phoneSearch.status()).as(phoneSearch.text()).isEqualTo(200);
        assertThat(codes(phoneSearch.json())).containsExactly(byPhone);
        assertThat(phoneSearch.json().get(0).get("centreName").asText()).isEqualTo("CSRC Ritrovo 15");
        assertThat(phoneSearch.text()).doesNotContain("Rita").doesNotContain(phone.substring(3));
        assertThat(cardSearch.status()).as(cardSearch.text()).isEqualTo(200);
        assertThat(codes(cardSearch.json())).containsExactly(withCard.json().get("code").asText());
        assertThat(nobody.json()).isEmpty();
        Reply badPhone = kiosk.search(Map.of("phone", "123"));
        assertThat(badPhone.status()).as(badPhone.text()).isEqualTo(400);
        assertThat(badPhone.json().path("message").asText()).startsWith("phone:");
        Reply empty = kiosk.search(Map.of());
        assertThat(empty.status()).as(empty.text()).isEqualTo(400);
        assertThat(empty.json().path("error").asText()).isNotBlank();
        assertError(kiosk.search(Map.of("phone", phone, "email", "x@example.org")), 400, "invalid_json");
    }

    @Test
    void everyBookingEndpointNeedsAKioskToken() {
        Api stranger = new Api(server, null);
        Api wrong = new Api(server, "not-a-registered-token-0123456789");
        String body = "{\"activitySessionId\":\"" + sessionId(ROOMY, 5) + "\",\"name\":\"Maria Rossi\",\"phone\":\"3331234567\"}";
        for (Api api : List.of(stranger, wrong)) {
            assertError(api.get("/api/v1/activities"), 401, "unauthorized");
            assertError(api.post("/api/v1/bookings", body, UUID.randomUUID().toString()), 401, "unauthorized");
            assertError(api.post("/api/v1/bookings/search", "{\"phone\":\"3331234567\"}", null), 401, "unauthorized");
            assertError(api.get("/api/v1/bookings/ZZZZZZ"), 401, "unauthorized");
            assertError(api.delete("/api/v1/bookings/ZZZZZZ"), 401, "unauthorized");
        }
    }

    // ---- helpers, also used by BookingConcurrencyIT ----

    private static int seatsLeft(String session, int daysAhead) {
        LocalDate day = today().plusDays(daysAhead);
        return find(kiosk.get("/api/v1/activities?from=" + day + "&to=" + day).json(), session).get("seatsLeft").asInt();
    }

    private String newPhone() {
        return Long.toString(PHONES.incrementAndGet());
    }

    static LocalDate today() {
        return LocalDate.now(MilanTime.ZONE);
    }

    /** The session of a daily test activity at 10:00, {@code daysAhead} days from today in Milan. */
    static String sessionId(String activityId, int daysAhead) {
        return activityId + "@" + today().plusDays(daysAhead) + "T10:00";
    }

    static JsonNode find(JsonNode sessions, String id) {
        for (JsonNode session : sessions) {
            if (session.path("id").asText().equals(id)) {
                return session;
            }
        }
        throw new AssertionError("no session " + id + " in the listing");
    }

    static List<String> ids(JsonNode sessions) {
        List<String> ids = new ArrayList<>();
        sessions.forEach(session -> ids.add(session.path("id").asText()));
        return ids;
    }

    static List<String> codes(JsonNode bookings) {
        List<String> codes = new ArrayList<>();
        bookings.forEach(booking -> codes.add(booking.path("code").asText()));
        return codes;
    }

    static String code(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("code").asText();
    }

    static void assertError(Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.json().path("error").asText()).as(reply.text()).isEqualTo(error);
        assertThat(reply.json().path("message").asText()).as(reply.text()).isNotBlank();
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    /** A content folder: the whole sample content, and the given activities in {@code activities/test/}. */
    static Path bookingContent(Path folder, List<String> activities) {
        return bookingContent(folder, activities, "");
    }

    /**
     * A content folder: the sample content under {@code part} of it (the whole of it for "", only the centres for
     * "centres", which starts a server faster), and the given activities in {@code activities/test/}.
     */
    static Path bookingContent(Path folder, List<String> activities, String part) {
        try {
            Path sample = SampleContent.folder();
            try (Stream<Path> files = Files.walk(part.isEmpty() ? sample : sample.resolve(part))) {
                for (Path file : files.toList()) {
                    Path target = folder.resolve(sample.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Path own = Files.createDirectories(folder.resolve("activities").resolve("test"));
            for (String activity : activities) {
                String id = activity.substring("id: ".length(), activity.indexOf('\n'));
                Files.writeString(own.resolve(id + ".yaml"), activity);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test activity taking place every day (holidays too) at {@code time}, titled "Prova " and its id. */
    static String activity(String id, String time, int capacity, boolean waitlist, String centre) {
        return "id: " + id + "\n"
            + "type: activity\n"
            + "title: Prova " + id + "\n"
            + "description: >-\n"
            + "  Attività di prova per i test delle prenotazioni: ogni giorno, anche nei festivi.\n"
            + "centre: " + centre + "\n"
            + "room: Salone\n"
            + "schedule:\n"
            + "  days: [mon, tue, wed, thu, fri, sat, sun]\n"
            + "  time: \"" + time + "\"\n"
            + "  durationMinutes: 60\n"
            + "  from: 2026-01-01\n"
            + "  skipHolidays: false\n"
            + "capacity: " + capacity + "\n"
            + "waitlist: " + waitlist + "\n"
            + "keywords: [prova, test]\n"
            + "lastReviewed: 2026-11-20\n"
            + "source: \"Test delle prenotazioni\"\n";
    }

    /** One HTTP reply: status, body as JSON (missing when it is not JSON), headers, and the phone a booking used. */
    record Reply(int status, String text, JsonNode json, HttpHeaders headers, String phone) {
        boolean replayed() {
            return headers.firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
        }
    }

    /** A kiosk talking to one server over HTTP/1.1; null token means no Authorization header. Thread-safe. */
    static final class Api {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

        private final String base;
        private final String token;

        Api(AssistantServer server, String token) {
            this.base = "http://127.0.0.1:" + server.port();
            this.token = token;
        }

        Reply get(String path) {
            return send(request(path).GET());
        }

        Reply delete(String path) {
            return send(request(path).DELETE());
        }

        /** POSTs a JSON string as it is, or a map written as JSON. */
        Reply post(String path, Object body, String idempotencyKey) {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request);
        }

        Reply book(String sessionId, String name, String phone, String idempotencyKey) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("activitySessionId", sessionId);
            body.put("name", name);
            body.put("phone", phone);
            Reply reply = post("/api/v1/bookings", body, idempotencyKey);
            return new Reply(reply.status(), reply.text(), reply.json(), reply.headers(), phone);
        }

        Reply search(Map<String, String> body) {
            return post("/api/v1/bookings/search", body, null);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request;
        }

        private static Reply send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                JsonNode json;
                try {
                    json = JSON.readTree(response.body());
                } catch (JsonProcessingException e) {
                    json = MissingNode.getInstance();
                }
                return new Reply(response.statusCode(), response.body(), json == null ? MissingNode.getInstance() : json,
                    response.headers(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String write(Object body) {
            try {
                return JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

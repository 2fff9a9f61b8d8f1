package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.centrinrete.server.ConsoleClient.Reply;
import it.centrinrete.server.audit.AuditEvent;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.booking.TestDatabases;
import it.centrinrete.server.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's second slice over HTTP: activities, one session, help calls (kiosk endpoint, the dialogue's call, the
 * live stream, taking a call), kiosks (last seen, online, practice mode), usage, and HSDS uploads that keep what is
 * valid — each with who may see and change what, CSRF and audit rows. Runs on H2 and on a fresh PostgreSQL schema
 * (skipped, saying so, when none answers). Each test uses kiosks and centres of its own where counts matter.
 */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {"h2", "postgresql"})
class ConsoleOperationsApiIT {
    private static final Path HSDS_EXAMPLES = Path.of("../../shared/data/hsds-examples");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Parameter
    String kind;

    @TempDir
    static Path work;
    static AssistantServer server;
    static String url;
    static ConsoleClient admin;
    static ConsoleClient zante;
    static ConsoleClient ritrovo;
    static ConsoleClient tutor;

    @BeforeParameterizedClassInvocation
    static void start(String kind) {
        ConsoleCast cast = ConsoleCast.start(work.resolve(kind + "-index"), kind, Map.of("console.events-heartbeat-seconds", "1"));
        server = cast.server();
        url = cast.url();
        admin = cast.admin();
        zante = cast.zante();
        ritrovo = cast.ritrovo();
        tutor = cast.tutor();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static List<AuditEvent> audit(String subject) {
        try (Database database = TestDatabases.open(url)) {
            return new AuditLog(database, Clock.systemUTC()).history(subject, 50);
        }
    }

    private static Reply asKiosk(String token, String method, String path, Object body) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"));
        if (path.equals("/api/v1/bookings")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return ConsoleClient.raw(server, method, path, body == null ? null : ConsoleClient.write(body), headers);
    }

    private static String newKiosk(String name, String centre) {
        Reply created = admin.send("POST", "/api/v1/admin/kiosks", Map.of("name", name, "centreId", centre));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    /** A field of each row, or each row itself when {@code field} is empty. */
    private static List<String> values(JsonNode rows, String field) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> (field.isEmpty() ? row : row.path(field)).asText()).toList();
    }

    /** A session of {@code activityId} a kiosk may book now, from the kiosk's own listing. */
    private static String bookableSession(String token, String centre, String activityId) {
        JsonNode sessions = asKiosk(token, "GET", "/api/v1/activities?centre=" + centre + "&from=" + LocalDate.now().plusDays(2)
            + "&to=" + LocalDate.now().plusDays(40), null).json();
        for (JsonNode session : sessions) {
            if (session.path("activityId").asText().equals(activityId) && session.path("bookable").asBoolean()
                && session.path("seatsLeft").asInt() > 2) {
                return session.path("id").asText();
            }
        }
        throw new AssertionError("no bookable session of " + activityId + " in " + sessions);
    }

    // ---- activities and sessions ----

    @Test
    void activitiesComeWithTheirWeeklyScheduleAndOperatorsSeeOnlyTheirCentre() {
        JsonNode zanteActivities = admin.get("/api/v1/admin/activities?centre=csrc-zante").json();
        JsonNode gym = StreamSupport.stream(zanteActivities.spliterator(), false)
            .filter(row -> row.path("id").asText().equals("ginnastica-dolce-zante")).findFirst().orElseThrow();
        assertThat(values(gym.path("days"), "")).containsExactly("tue", "thu");
        assertThat(gym.path("time").asText()).isEqualTo("10:00");
        assertThat(gym.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(gym.path("capacity").asInt()).isEqualTo(20);
        assertThat(gym.path("centreName").asText()).isEqualTo("CSRC Zante");

        assertThat(values(zante.get("/api/v1/admin/activities").json(), "centre")).isNotEmpty().containsOnly("csrc-zante");
        assertThat(zante.get("/api/v1/admin/activities?centre=csrc-ritrovo-15").status()).isEqualTo(403);
        assertThat(values(tutor.get("/api/v1/admin/activities").json(), "mayEdit")).containsOnly("false");
        assertThat(ConsoleClient.raw(server, "GET", "/api/v1/admin/activities", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void oneSessionIsShownWithItsCountsToWhoeverMaySeeIt() {
        // given
        String session = bookableSession(TestServers.TOKEN, "csrc-zante", "tombola-zante");
        Reply booked = asKiosk(TestServers.TOKEN, "POST", "/api/v1/bookings", Map.of("activitySessionId", session,
            "name", "Lucia Verdi", "phone", "333 765 43" + (kind.equals("h2") ? "21" : "22")));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String path = "/api/v1/admin/sessions/" + session.replace("@", "%40").replace(":", "%3A");

        // when
        Reply shown = zante.get(path);

        // then
        assertThat(shown.status()).as(shown.text()).isEqualTo(200);
        assertThat(shown.json().path("id").asText()).isEqualTo(session);
        assertThat(shown.json().path("confirmed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(tutor.get(path).status()).isEqualTo(200);
        assertThat(ritrovo.get(path).status()).isEqualTo(403);
        assertThat(ritrovo.get(path + "/bookings").status()).isEqualTo(403);
        String code = booked.json().path("code").asText();
        assertThat(ritrovo.send("PUT", "/api/v1/admin/bookings/" + code + "/attendance", Map.of("attended", true)).status())
            .isEqualTo(403);
        assertThat(zante.sendWithoutCsrf("PUT", "/api/v1/admin/bookings/" + code + "/attendance", Map.of("attended", true)).error())
            .isEqualTo("csrf");
        assertThat(zante.send("PUT", "/api/v1/admin/bookings/" + code + "/attendance", Map.of("attended", true)).status())
            .isEqualTo(200);
        assertThat(audit("booking:" + code)).extracting(AuditEvent::action).containsExactly("booking.attendance");
        assertThat(admin.get("/api/v1/admin/sessions/nothing%40here").status()).isEqualTo(404);
    }

    // ---- help calls ----

    @Test
    void aKioskCallsForHelpAndTheCallIsListedForItsCentreOnly() {
        // given
        String token = newKiosk("help-ritrovo-" + kind, "csrc-ritrovo-15");

        // when
        Reply called = asKiosk(token, "POST", "/api/v1/help-calls", Map.of("reason", "help_button", "sessionId", "abc"));
        Reply bare = asKiosk(token, "POST", "/api/v1/help-calls", null);

        // then
        assertThat(called.status()).as(called.text()).isEqualTo(201);
        assertThat(called.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(bare.status()).isEqualTo(201);
        JsonNode listed = ritrovo.get("/api/v1/admin/help-calls").json();
        JsonNode mine = StreamSupport.stream(listed.spliterator(), false)
            .filter(row -> row.path("id").asLong() == called.json().path("id").asLong()).findFirst().orElseThrow();
        assertThat(mine.path("kiosk").asText()).isEqualTo("help-ritrovo-" + kind);
        assertThat(mine.path("centreName").asText()).isNotEmpty().isNotEqualTo("csrc-ritrovo-15");
        assertThat(mine.path("centre").asText()).isEqualTo("csrc-ritrovo-15");
        assertThat(mine.path("reason").asText()).isEqualTo("help_button");
        assertThat(values(listed, "reason")).contains("kiosk");
        assertThat(values(zante.get("/api/v1/admin/help-calls").json(), "kiosk")).doesNotContain("help-ritrovo-" + kind);
        assertThat(values(admin.get("/api/v1/admin/help-calls?limit=200").json(), "kiosk")).contains("help-ritrovo-" + kind);
        assertThat(zante.get("/api/v1/admin/help-calls?centre=csrc-ritrovo-15").status()).isEqualTo(403);
        assertThat(tutor.get("/api/v1/admin/help-calls").status()).isEqualTo(403);
        assertThat(asKiosk("not-a-token-at-all-0000", "POST", "/api/v1/help-calls", null).status()).isEqualTo(401);
        assertThat(asKiosk(token, "POST", "/api/v1/help-calls", Map.of("reason", "x".repeat(201))).error()).isEqualTo("invalid_help_call");
        assertThat(asKiosk(token, "POST", "/api/v1/help-calls", Map.of("colour", "red")).error()).isEqualTo("invalid_json");
    }

    @Test
    void anOperatorTakesACallOfTheirCentreOnceAndItIsAudited() {
        // given
        long id = asKiosk(TestServers.TOKEN, "POST", "/api/v1/help-calls", Map.of("reason", "screen")).json().path("id").asLong();
        String path = "/api/v1/admin/help-calls/" + id + "/acknowledge";

        // then
        assertThat(ritrovo.send("POST", path, null).status()).isEqualTo(403);
        assertThat(zante.sendWithoutCsrf("POST", path, null).error()).isEqualTo("csrf");
        assertThat(tutor.send("POST", path, null).status()).isEqualTo(403);

        // when
        Reply taken = zante.send("POST", path, null);
        Reply again = admin.send("POST", path, null);

        // then
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.json().path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(taken.json().path("acknowledgedBy").asText()).isEqualTo("op-zante");
        assertThat(again.json().path("acknowledgedBy").asText()).isEqualTo("op-zante");
        assertThat(audit("help-call:" + id)).extracting(AuditEvent::action).containsExactly("helpcall.acknowledge");
        assertThat(admin.send("POST", "/api/v1/admin/help-calls/999999/acknowledge", null).error()).isEqualTo("unknown_help_call");
        assertThat(admin.send("POST", "/api/v1/admin/help-calls/abc/acknowledge", null).status()).isEqualTo(404);
    }

    @Test
    void askingTheAssistantForAnOperatorRecordsOneCallButBeingOfferedOneDoesNot() throws Exception {
        // given
        String token = newKiosk("voice-zante-" + kind, "csrc-zante");
        String kiosk = "voice-zante-" + kind;

        // when
        Reply asked = asKiosk(token, "POST", "/api/v1/ask", Map.of("text", "voglio parlare con un operatore"));
        Reply unknown = asKiosk(token, "POST", "/api/v1/ask", Map.of("text", "chi ha vinto il campionato di calcio nel 1982"));

        // then
        assertThat(asked.json().path("actions").toString()).contains("call_operator");
        assertThat(unknown.json().path("actions").toString()).contains("call_operator");
        List<JsonNode> calls = StreamSupport.stream(admin.get("/api/v1/admin/help-calls?limit=200").json().spliterator(), false)
            .filter(row -> row.path("kiosk").asText().equals(kiosk)).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).path("reason").asText()).isEqualTo("voice");
    }

    @Test
    void consolesHearTheirCentresCallsLiveAndLetGoOfClosedStreams() throws Exception {
        // given
        String ritrovoToken = newKiosk("live-ritrovo-" + kind, "csrc-ritrovo-15");
        int before = server.helpCallListeners();
        try (EventStream zanteStream = EventStream.open(server, zante); EventStream ritrovoStream = EventStream.open(server, ritrovo);
             EventStream adminStream = EventStream.open(server, admin)) {

            // when
            asKiosk(TestServers.TOKEN, "POST", "/api/v1/help-calls", Map.of("reason", "help_button"));
            asKiosk(ritrovoToken, "POST", "/api/v1/help-calls", Map.of("reason", "screen"));

            // then
            JsonNode heard = zanteStream.next(WAIT);
            assertThat(heard).isNotNull();
            assertThat(heard.path("centre").asText()).isEqualTo("csrc-zante");
            assertThat(heard.path("centreName").asText()).isEqualTo("CSRC Zante");
            assertThat(heard.path("status").asText()).isEqualTo("OPEN");
            JsonNode other = ritrovoStream.next(WAIT);
            assertThat(other.path("kiosk").asText()).isEqualTo("live-ritrovo-" + kind);
            assertThat(List.of(adminStream.next(WAIT).path("centre").asText(), adminStream.next(WAIT).path("centre").asText()))
                .containsExactlyInAnyOrder("csrc-zante", "csrc-ritrovo-15");
            zante.send("POST", "/api/v1/admin/help-calls/" + heard.path("id").asLong() + "/acknowledge", null);
            assertThat(zanteStream.next(WAIT).path("status").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(zanteStream.next(Duration.ofMillis(300))).isNull();
            assertThat(server.helpCallListeners()).isEqualTo(before + 3);
        }

        // then: the closed streams are noticed at the next heartbeat (one second here)
        long end = System.nanoTime() + WAIT.toNanos();
        while (server.helpCallListeners() > before && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(server.helpCallListeners()).isEqualTo(before);
        assertThat(tutor.get("/api/v1/admin/help-calls/events").status()).isEqualTo(403);
        assertThat(ConsoleClient.raw(server, "GET", "/api/v1/admin/help-calls/events", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aStreamEndsWhenItsConsoleLogsOut() throws Exception {
        ConsoleClient leaving = admin.createAndLogin("leaving-" + kind, "operator", "csrc-zante");
        try (EventStream stream = EventStream.open(server, leaving)) {
            leaving.send("POST", "/api/v1/admin/logout", null);

            assertThat(stream.endsWithin(WAIT)).isTrue();
        }
    }

    @Test
    void aServerWithConsolesListeningStopsAtOnce() throws Exception {
        assumeTrue(kind.equals("h2"), "the stream's shutdown does not depend on the database: run once, on H2");
        // given: a heartbeat far longer than the test, so only the shutdown can end the stream
        AssistantServer own = TestServers.start(work.resolve("shutdown-index"), Map.of("console.events-heartbeat-seconds", "600"));
        EventStream stream = EventStream.open(own, ConsoleClient.admin(own));
        long started = System.nanoTime();

        // when
        own.close();

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(stream.endsWithin(WAIT)).isTrue();
        assertThat(own.helpCallListeners()).isZero();
    }

    // ---- kiosks ----

    @Test
    void kiosksShowWhenTheyWereLastSeenAndTheirPracticeModeWhichTheKioskReads() {
        // given
        String name = "seen-ritrovo-" + kind;
        String token = newKiosk(name, "csrc-ritrovo-15");
        JsonNode before = row(admin.get("/api/v1/admin/kiosks").json(), name);
        assertThat(before.path("online").asBoolean()).isFalse();
        assertThat(before.path("lastSeen").isNull()).isTrue();

        // when
        assertThat(asKiosk(token, "POST", "/api/v1/ask", Map.of("text", "buongiorno")).status()).isEqualTo(200);

        // then
        JsonNode after = row(admin.get("/api/v1/admin/kiosks").json(), name);
        assertThat(after.path("online").asBoolean()).isTrue();
        assertThat(after.path("lastSeen").asText()).isNotEmpty();
        assertThat(after.path("centreName").asText()).isNotEmpty();
        assertThat(row(ritrovo.get("/api/v1/admin/kiosks").json(), name).path("name").asText()).isEqualTo(name);
        assertThat(values(zante.get("/api/v1/admin/kiosks").json(), "name")).doesNotContain(name);
        assertThat(zante.get("/api/v1/admin/kiosks?centre=csrc-ritrovo-15").status()).isEqualTo(403);

        String practice = "/api/v1/admin/kiosks/" + name + "/practice";
        assertThat(zante.send("PUT", practice, Map.of("practiceMode", true)).status()).isEqualTo(403);
        assertThat(ritrovo.sendWithoutCsrf("PUT", practice, Map.of("practiceMode", true)).error()).isEqualTo("csrf");
        assertThat(ritrovo.send("PUT", practice, Map.of()).error()).isEqualTo("invalid_practice");
        Reply on = tutor.send("PUT", practice, Map.of("practiceMode", true));
        assertThat(on.status()).as(on.text()).isEqualTo(200);
        assertThat(on.json().path("practiceMode").asBoolean()).isTrue();
        JsonNode self = asKiosk(token, "GET", "/api/v1/kiosk", null).json();
        assertThat(self.path("name").asText()).isEqualTo(name);
        assertThat(self.path("centreId").asText()).isEqualTo("csrc-ritrovo-15");
        assertThat(self.path("practiceMode").asBoolean()).isTrue();
        assertThat(ritrovo.send("PUT", practice, Map.of("practiceMode", false)).json().path("practiceMode").asBoolean()).isFalse();
        assertThat(asKiosk(token, "GET", "/api/v1/kiosk", null).json().path("practiceMode").asBoolean()).isFalse();
        assertThat(audit("kiosk:" + name)).extracting(AuditEvent::action)
            .containsExactly("kiosk.practice", "kiosk.practice", "kiosk.create");
        assertThat(tutor.send("POST", "/api/v1/admin/kiosks", Map.of("name", "nope", "centreId", "csrc-zante")).status()).isEqualTo(403);
        assertThat(zante.send("DELETE", "/api/v1/admin/kiosks/" + name, null).status()).isEqualTo(403);
    }

    private static JsonNode row(JsonNode rows, String name) {
        return StreamSupport.stream(rows.spliterator(), false).filter(row -> row.path("name").asText().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no kiosk " + name + " in " + rows));
    }

    // ---- usage ----

    @Test
    void usageCountsQuestionsAnswersAndBookingsPerCentreAndWeekWithoutPersonalData() {
        // given: a centre no other test asks at
        String token = newKiosk("usage-chiesa-rossa-" + kind, "cam-chiesa-rossa");
        asKiosk(token, "POST", "/api/v1/ask", Map.of("text", "a che ora apre il centro?"));
        asKiosk(token, "POST", "/api/v1/ask", Map.of("text", "chi mi porta la spesa a casa?"));
        asKiosk(token, "POST", "/api/v1/ask", Map.of("text", "quanto costa un biglietto per la luna"));
        String session = bookableSession(token, "cam-chiesa-rossa", "coro-chiesa-rossa");
        Reply booked = asKiosk(token, "POST", "/api/v1/bookings", Map.of("activitySessionId", session, "name", "Anna Neri",
            "phone", "333 111 22" + (kind.equals("h2") ? "33" : "44")));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);

        // when
        Reply usage = admin.get("/api/v1/admin/usage?centre=cam-chiesa-rossa&weeks=4");

        // then
        assertThat(usage.status()).as(usage.text()).isEqualTo(200);
        JsonNode weeks = usage.json().path("weeks");
        assertThat(weeks).hasSize(1);
        JsonNode week = weeks.get(0);
        assertThat(week.path("centre").asText()).isEqualTo("cam-chiesa-rossa");
        assertThat(week.path("week").asText()).matches("\\d{4}-W\\d{2}");
        assertThat(week.path("asked").asInt()).isEqualTo(3);
        assertThat(week.path("answered").asInt()).isEqualTo(2);
        assertThat(week.path("answeredShare").asDouble()).isCloseTo(2 / 3.0, Offset.offset(0.001));
        assertThat(week.path("bookings").asInt()).isEqualTo(1);
        assertThat(usage.text()).doesNotContain("Anna").doesNotContain("luna").doesNotContain("333");
        assertThat(zante.get("/api/v1/admin/usage?centre=cam-chiesa-rossa").status()).isEqualTo(403);
        assertThat(values(zante.get("/api/v1/admin/usage").json().path("weeks"), "centre")).doesNotContain("cam-chiesa-rossa");
        assertThat(tutor.get("/api/v1/admin/usage").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/usage?weeks=0").error()).isEqualTo("invalid_weeks");
    }

    // ---- uploads ----

    @Test
    void anHsdsUploadKeepsWhatIsValidAndReportsEachDroppedValueWithLineAndField() throws Exception {
        assumeTrue(Files.isDirectory(HSDS_EXAMPLES), "skipped: no HSDS examples at " + HSDS_EXAMPLES.toAbsolutePath());
        // given
        String text = Files.readString(HSDS_EXAMPLES.resolve("service_full.json"));

        // when
        Reply imported = zante.send("POST", "/api/v1/admin/import?name=" + kind + "-service_full.hsds.json", text);
        Reply asAdmin = admin.send("POST", "/api/v1/admin/import?name=" + kind + "-service_full.hsds.json", text);

        // then: the operator may not add a service for every centre, the admin may; the bad latitude alone is dropped
        assertThat(asAdmin.status()).as(asAdmin.text()).isEqualTo(200);
        assertThat(asAdmin.json().path("stored").asBoolean()).isTrue();
        assertThat(values(asAdmin.json().path("added"), "")).contains("ac148810-d857-441c-9679-408f346de14b");
        JsonNode dropped = StreamSupport.stream(asAdmin.json().path("problems").spliterator(), false)
            .filter(problem -> problem.path("severity").asText().equals("error")).findFirst().orElseThrow();
        assertThat(dropped.path("line").asInt()).isEqualTo(153);
        assertThat(dropped.path("field").asText()).isEqualTo("service_at_locations[1].location.latitude");
        assertThat(dropped.path("file").asText()).isEqualTo(kind + "-service_full.hsds.json");
        assertThat(admin.get("/api/v1/admin/entries/ac148810-d857-441c-9679-408f346de14b").status()).isEqualTo(200);
        assertThat(imported.status()).isEqualTo(422);
        assertThat(imported.text()).contains("not yours to change");
        Reply nothingValid = admin.send("POST", "/api/v1/admin/import?name=services/vuoto.yaml", "id: vuoto\nname: x\n");
        assertThat(nothingValid.status()).isEqualTo(422);
        assertThat(nothingValid.json().path("stored").asBoolean()).isFalse();
    }
}

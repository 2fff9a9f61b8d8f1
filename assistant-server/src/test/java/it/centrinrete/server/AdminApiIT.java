package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.server.accounts.AccountStore;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.persistence.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console API: login, session cookie, CSRF, roles, throttling, unanswered questions, index rebuild. */
class AdminApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DB = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @TempDir
    static Path indexDir;
    static AssistantServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(indexDir, Map.of("db.url", DB));
        try (Database database = Database.open(DB, "sa", "")) {
            new AccountStore(database, Clock.systemUTC()).createIfAbsent("tutor1", "tutor-password-0123", Role.TUTOR, null);
            new AccountStore(database, Clock.systemUTC()).createIfAbsent("op-zante", "operator-password-0123", Role.OPERATOR,
                "csrc-zante");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, String cookie, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    record Login(String cookie, String csrf, JsonNode body) {
    }

    private static Login login(String user, String password) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/admin/login",
            JSON.writeValueAsString(Map.of("username", user, "password", password)), null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        JsonNode body = JSON.readTree(response.body());
        return new Login(setCookie.substring(0, setCookie.indexOf(';')), body.path("csrfToken").asText(), body);
    }

    @Test
    void theFirstAdminLogsInWithAnHttpOnlySameSiteCookie() throws Exception {
        // when
        HttpResponse<String> response = send("POST", "/api/v1/admin/login",
            "{\"username\":\"admin\",\"password\":\"" + TestServers.ADMIN_PASSWORD + "\"}", null, null);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
            .startsWith("cir_session=").contains("HttpOnly").contains("SameSite=Strict");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("role").asText()).isEqualTo("admin");
        assertThat(body.path("csrfToken").asText()).hasSizeGreaterThan(20);
    }

    @Test
    void aWrongPasswordIsA401() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/admin/login", "{\"username\":\"admin\",\"password\":\"wrong\"}", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_credentials");
    }

    @Test
    void repeatedFailuresAreThrottled() throws Exception {
        // given
        for (int i = 0; i < 5; i++) {
            send("POST", "/api/v1/admin/login", "{\"username\":\"guesser\",\"password\":\"attempt-" + i + "\"}", null, null);
        }

        // when
        HttpResponse<String> response = send("POST", "/api/v1/admin/login",
            "{\"username\":\"guesser\",\"password\":\"attempt-6\"}", null, null);

        // then
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("too_many_attempts");
    }

    @Test
    void operatorsReadTheQuestionsKiosksCouldNotAnswer() throws Exception {
        // given
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/ask"))
            .header("Authorization", "Bearer " + TestServers.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"chi ha vinto il campionato di calcio\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);

        // when
        HttpResponse<String> response = send("GET", "/api/v1/admin/unanswered", null, admin.cookie(), null);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("chi ha vinto il campionato di calcio");
    }

    @Test
    void withoutASessionTheConsoleApiIsA401() throws Exception {
        assertThat(send("GET", "/api/v1/admin/unanswered", null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/admin/me", null, "cir_session=forged", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aStateChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);

        // then
        HttpResponse<String> refused = send("POST", "/api/v1/admin/index/rebuild", null, admin.cookie(), null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("csrf");
        HttpResponse<String> done = send("POST", "/api/v1/admin/index/rebuild", null, admin.cookie(), admin.csrf());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).path("entries").asInt()).isGreaterThan(100);
    }

    @Test
    void aTutorMayNotReadOperatorData() throws Exception {
        // given
        Login tutor = login("tutor1", "tutor-password-0123");

        // then
        assertThat(tutor.body().path("role").asText()).isEqualTo("tutor");
        assertThat(send("GET", "/api/v1/admin/unanswered", null, tutor.cookie(), null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/admin/index/rebuild", null, tutor.cookie(), tutor.csrf()).statusCode()).isEqualTo(403);
    }

    @Test
    void anImportedEntryIsAnsweredAtOnce() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);
        String yaml = String.join("\n",
            "id: scacchi-principianti",
            "name: Scacchi per principianti",
            "description: Un maestro insegna gli scacchi a chi non ha mai giocato, con scacchiere grandi.",
            "cost: Gratuito",
            "phones: [\"02 8846 1111\"]",
            "lastReviewed: 2026-11-25",
            "source: test",
            "");

        // when
        HttpResponse<String> response = send("POST", "/api/v1/admin/import?name=services/scacchi.yaml", yaml, admin.cookie(),
            admin.csrf());

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("added").get(0).asText()).isEqualTo("scacchi-principianti");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/ask"))
            .header("Authorization", "Bearer " + TestServers.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"scacchi per principianti\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(answer.body()).path("sources").get(0).path("id").asText()).isEqualTo("scacchi-principianti");
    }

    @Test
    void aFileWithAnErrorIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);
        String yaml = "id: rotto\nname: Servizio rotto\ndescription: Testo.\nphones: [\"chiamare Mario\"]\n"
            + "lastReviewed: 2026-11-25\nsource: t\n";

        // when
        HttpResponse<String> response = send("POST", "/api/v1/admin/import?name=services/rotto.yaml", yaml, admin.cookie(),
            admin.csrf());

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body()).path("problems").get(0);
        assertThat(problem.path("line").asInt()).isEqualTo(4);
        assertThat(problem.path("field").asText()).isEqualTo("phones[1]");
        assertThat(JSON.readTree(response.body()).path("stored").asBoolean()).isFalse();
    }

    private static int askStatus(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/ask"))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"buongiorno\"}")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void anAdminCreatesAKioskWhoseTokenWorksUntilRevoked() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);

        // when
        HttpResponse<String> created = send("POST", "/api/v1/admin/kiosks",
            "{\"name\":\"kiosk-ritrovo\",\"centreId\":\"csrc-ritrovo-15\"}", admin.cookie(), admin.csrf());

        // then
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = JSON.readTree(created.body()).path("token").asText();
        assertThat(askStatus(token)).isEqualTo(200);
        HttpResponse<String> listed = send("GET", "/api/v1/admin/kiosks", null, admin.cookie(), null);
        assertThat(listed.body()).contains("kiosk-ritrovo").doesNotContain(token);
        assertThat(send("POST", "/api/v1/admin/kiosks", "{\"name\":\"kiosk-ritrovo\",\"centreId\":\"csrc-ritrovo-15\"}",
            admin.cookie(), admin.csrf()).statusCode()).isEqualTo(409);
        assertThat(send("DELETE", "/api/v1/admin/kiosks/kiosk-ritrovo", null, admin.cookie(), admin.csrf()).statusCode())
            .isEqualTo(200);
        assertThat(askStatus(token)).isEqualTo(401);
    }

    @Test
    void accountsAreCreatedWithValidatedRoles() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);

        // then
        assertThat(send("POST", "/api/v1/admin/accounts",
            "{\"username\":\"op1\",\"password\":\"operator-password-1\",\"role\":\"operator\"}", admin.cookie(), admin.csrf())
            .statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/admin/accounts",
            "{\"username\":\"op1\",\"password\":\"operator-password-1\",\"role\":\"operator\",\"centreId\":\"csrc-zante\"}",
            admin.cookie(), admin.csrf()).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/admin/accounts",
            "{\"username\":\"op1\",\"password\":\"operator-password-1\",\"role\":\"tutor\"}", admin.cookie(), admin.csrf())
            .statusCode()).isEqualTo(409);
        assertThat(login("op1", "operator-password-1").body().path("centreId").asText()).isEqualTo("csrc-zante");
    }

    @Test
    void aDeletedEntryIsNoLongerAnswered() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);
        String yaml = "id: corso-bridge\nname: Corso di bridge\ndescription: Si impara il bridge, il gioco di carte.\n"
            + "lastReviewed: 2026-11-25\nsource: test\n";
        assertThat(send("POST", "/api/v1/admin/import?name=services/bridge.yaml", yaml, admin.cookie(), admin.csrf()).statusCode())
            .isEqualTo(200);

        // when
        HttpResponse<String> deleted = send("DELETE", "/api/v1/admin/entries/corso-bridge", null, admin.cookie(), admin.csrf());

        // then
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/admin/entries/corso-bridge", null, admin.cookie(), admin.csrf()).statusCode())
            .isEqualTo(404);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/ask"))
            .header("Authorization", "Bearer " + TestServers.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"corso di bridge\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).doesNotContain("corso-bridge");
    }

    @Test
    void anOperatorChangesOnlyTheirOwnCentresEntries() throws Exception {
        // given
        Login operator = login("op-zante", "operator-password-0123");
        String elsewhere = "id: sportello-ritrovo\nname: Sportello del Ritrovo\ndescription: Uno sportello.\n"
            + "centres: [csrc-ritrovo-15]\nlastReviewed: 2026-11-25\nsource: test\n";
        String here = elsewhere.replace("sportello-ritrovo", "sportello-zante").replace("csrc-ritrovo-15", "csrc-zante");

        // then
        HttpResponse<String> refused = send("POST", "/api/v1/admin/import?name=services/a.yaml", elsewhere, operator.cookie(),
            operator.csrf());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("not yours to change");
        assertThat(send("POST", "/api/v1/admin/import?name=services/b.yaml", here, operator.cookie(), operator.csrf()).statusCode())
            .isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/admin/entries/csrc-ritrovo-15", null, operator.cookie(), operator.csrf()).statusCode())
            .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/admin/entries/attivare-spid", null, operator.cookie(), operator.csrf()).statusCode())
            .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/admin/entries/sportello-zante", null, operator.cookie(), operator.csrf()).statusCode())
            .isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        // given
        Login admin = login("admin", TestServers.ADMIN_PASSWORD);

        // when
        assertThat(send("POST", "/api/v1/admin/logout", null, admin.cookie(), admin.csrf()).statusCode()).isEqualTo(200);

        // then
        assertThat(send("GET", "/api/v1/admin/me", null, admin.cookie(), null).statusCode()).isEqualTo(401);
    }
}

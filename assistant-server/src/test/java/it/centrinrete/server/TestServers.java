package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Servers for tests: a free port, a fresh in-memory H2 database, the index in a temporary folder. */
final class TestServers {
    static final String TOKEN = "test-kiosk-token-0123456789";
    static final String ADMIN_PASSWORD = "test-admin-password-0123";

    private TestServers() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Asks the server as the test kiosk, continuing {@code sessionId} if given; the answer must be a 200. */
    static JsonNode ask(AssistantServer server, String text, String sessionId) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", text);
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/ask"))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static AssistantServer start(Path indexDir, Map<String, String> overrides) {
        return start(indexDir, overrides, Clock.systemUTC());
    }

    /** A server on a fixed clock, so what its pages show is the same at every run. */
    static AssistantServer start(Path indexDir, Map<String, String> overrides, Clock clock) {
        Map<String, String> settings = new HashMap<>(Map.of(
            "server.port", "0",
            "server.host", "127.0.0.1",
            "server.max-payload-size", "65536",
            "db.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "db.user", "sa",
            "kb.index-dir", indexDir.toString(),
            "security.kiosk-tokens", TOKEN,
            "security.kiosk-centre", "csrc-zante",
            "security.admin-password", ADMIN_PASSWORD));
        settings.putAll(overrides);
        return AssistantServer.start(Config.just(ConfigSources.create(settings)), clock);
    }
}

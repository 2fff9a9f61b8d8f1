package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitIT {

    @Test
    void aKioskOverItsLimitGetsA429InJson(@TempDir Path indexDir) throws Exception {
        try (AssistantServer server = TestServers.start(indexDir, Map.of("security.kiosk-rate-limit", "2"))) {
            // given
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/ask"))
                .header("Authorization", "Bearer " + TestServers.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"buongiorno\"}")).build();

            // when
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                responses.add(http.send(ask, HttpResponse.BodyHandlers.ofString()));
            }

            // then
            assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 200, 429);
            assertThat(responses.get(2).body()).contains("\"error\":\"rate_limited\"");
        }
    }
}

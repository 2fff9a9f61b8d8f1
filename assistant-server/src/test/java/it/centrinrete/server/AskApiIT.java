package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kb.snapshot.KnowledgeSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code POST /api/v1/ask} (api.md), over a real socket, on the sample content. */
class AskApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path indexDir;
    static AssistantServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(indexDir, Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ask(String text, String sessionId) throws IOException, InterruptedException {
        return TestServers.ask(server, text, sessionId);
    }

    @Test
    void aQuestionAboutACentreGetsAGroundedAnswerWithItsSource() throws Exception {
        // when
        JsonNode answer = ask("a che ora apre il centro zante", null);

        // then
        assertThat(answer.path("answered").asBoolean()).isTrue();
        assertThat(answer.path("intent").asText()).isEqualTo("opening_hours");
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo("csrc-zante");
        assertThat(answer.path("sources").get(0).path("type").asText()).isEqualTo("centre");
        assertThat(answer.path("text").asText()).contains("CSRC Zante").contains("Via Zante 14").contains("02 8845 1234");
        assertThat(answer.path("speech").asText()).contains("zero due, otto otto quattro cinque").doesNotContain("02 8845");
        assertThat(answer.path("sessionId").asText()).isNotBlank();
    }

    @Test
    void anActivityAnswerOffersToBookItsNextSession() throws Exception {
        // when
        JsonNode answer = ask("c'è la ginnastica dolce?", null);

        // then
        assertThat(answer.path("sources").get(0).path("type").asText()).isEqualTo("activity");
        JsonNode action = answer.path("actions").get(0);
        assertThat(action.path("type").asText()).isEqualTo("book");
        assertThat(action.path("activitySessionId").asText()).startsWith(answer.path("sources").get(0).path("id").asText() + "@");
    }

    @Test
    void aQuestionTheContentCannotAnswerIsDeclinedKindlyWithAnOperator() throws Exception {
        // when
        JsonNode answer = ask("chi ha vinto il campionato di calcio", null);

        // then
        assertThat(answer.path("answered").asBoolean()).isFalse();
        assertThat(answer.path("text").asText()).contains("operatore");
        assertThat(answer.path("actions").get(0).path("type").asText()).isEqualTo("call_operator");
        assertThat(answer.path("sources")).isEmpty();
    }

    @Test
    void theSameSessionCanRepeatTheLastAnswer() throws Exception {
        // given
        JsonNode first = ask("chi mi porta la spesa a casa", null);

        // when
        JsonNode again = ask("ripeti", first.path("sessionId").asText());

        // then
        assertThat(again.path("sessionId").asText()).isEqualTo(first.path("sessionId").asText());
        assertThat(again.path("intent").asText()).isEqualTo("repeat");
        assertThat(again.path("text").asText()).isEqualTo(first.path("text").asText());
    }

    @Test
    void aGuideIsFollowedStepByStepByVoice() throws Exception {
        // given
        JsonNode start = ask("come si attiva lo spid", null);
        String session = start.path("sessionId").asText();
        assertThat(start.path("sources").get(0).path("type").asText()).isEqualTo("guide");
        String guide = start.path("sources").get(0).path("id").asText();

        // when
        JsonNode second = ask("avanti", session);
        JsonNode third = ask("avanti", session);
        JsonNode back = ask("indietro", session);
        JsonNode again = ask("ricomincia", session);

        // then
        assertThat(start.path("actions").get(0).path("step").asInt()).isEqualTo(1);
        assertThat(second.path("intent").asText()).isEqualTo("guide_next");
        assertThat(second.path("text").asText()).startsWith("Passo 2 di ");
        assertThat(third.path("actions").get(0).path("step").asInt()).isEqualTo(3);
        assertThat(back.path("actions").get(0).path("step").asInt()).isEqualTo(2);
        assertThat(again.path("actions").get(0).path("step").asInt()).isEqualTo(1);
        assertThat(again.path("actions").get(0).path("guideId").asText()).isEqualTo(guide);
    }

    @Test
    void whatIsOnAtTheKioskCentreListsTheComingSessions() throws Exception {
        // when
        JsonNode answer = ask("cosa c'è al centro la settimana prossima?", null);

        // then: the test kiosk stands in CSRC Zante, which has weekly activities
        assertThat(answer.path("intent").asText()).isEqualTo("whats_on");
        assertThat(answer.path("text").asText()).startsWith("La settimana prossima, al CSRC Zante:");
        assertThat(answer.path("sources")).isNotEmpty();
        assertThat(answer.path("sources").get(0).path("type").asText()).isEqualTo("activity");
        assertThat(answer.path("actions").get(0).path("type").asText()).isEqualTo("book");
    }

    @Test
    void askingWhetherTheCentreIsOpenOnADayAtATimeAnswersForThatMoment() throws Exception {
        // when
        JsonNode answer = ask("siete aperti giovedì alle tre e mezza?", null);

        // then
        assertThat(answer.path("intent").asText()).isEqualTo("opening_hours");
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo("csrc-zante");
        assertThat(answer.path("text").asText()).matches("Giovedì \\d+ \\w+ alle 15:30 CSRC Zante è (aperto|chiuso)\\. .*");
        assertThat(answer.path("speech").asText()).contains("alle quindici e trenta");
    }

    @Test
    void cosaCeWithoutADayOrThePlaceIsAnOrdinaryQuestion() throws Exception {
        assertThat(ask("cosa c'è per chi si sente solo?", null).path("intent").asText()).isNotEqualTo("whats_on");
    }

    @Test
    void goingForwardWithoutAGuideSaysSoKindly() throws Exception {
        assertThat(ask("avanti", null).path("text").asText()).contains("non stiamo seguendo una guida");
    }

    @Test
    void anUnknownSessionStartsANewOne() throws Exception {
        // when
        JsonNode answer = ask("ripeti", "no-such-session");

        // then
        assertThat(answer.path("sessionId").asText()).isNotEqualTo("no-such-session");
        assertThat(answer.path("answered").asBoolean()).isTrue();
    }

    @Test
    void askingForAPersonCallsAnOperator() throws Exception {
        assertThat(ask("voglio parlare con una persona", null).path("actions").get(0).path("type").asText())
            .isEqualTo("call_operator");
    }

    @Test
    void withoutATokenTheAnswerIsA401InJson() throws Exception {
        // when
        HttpResponse<String> response = post("/api/v1/ask", "{\"text\":\"ciao\"}", null);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void aWrongTokenIsA401() throws Exception {
        assertThat(post("/api/v1/ask", "{\"text\":\"ciao\"}", "not-a-real-token-at-all").statusCode()).isEqualTo(401);
    }

    @Test
    void badBodiesAre400sThatSayWhatIsWrong() throws Exception {
        assertThat(errorOf(post("/api/v1/ask", "not json", TestServers.TOKEN), 400)).isEqualTo("invalid_json");
        assertThat(errorOf(post("/api/v1/ask", "{}", TestServers.TOKEN), 400)).isEqualTo("missing_text");
        assertThat(errorOf(post("/api/v1/ask", "{\"text\":\"   \"}", TestServers.TOKEN), 400)).isEqualTo("missing_text");
        assertThat(errorOf(post("/api/v1/ask", "{\"text\":\"" + "a".repeat(501) + "\"}", TestServers.TOKEN), 400))
            .isEqualTo("text_too_long");
        assertThat(errorOf(post("/api/v1/ask", "{\"text\":\"ciao\",\"lang\":\"en\"}", TestServers.TOKEN), 400))
            .isEqualTo("unsupported_lang");
        assertThat(errorOf(post("/api/v1/ask", "", TestServers.TOKEN), 400)).isEqualTo("empty_body");
    }

    @Test
    void anUnknownApiPathIsA404InJson() throws Exception {
        assertThat(errorOf(post("/api/v1/nothing-here", "{}", TestServers.TOKEN), 404)).isEqualTo("not_found");
    }

    @Test
    void kiosksDownloadTheKnowledgeSnapshotOnlyWhenItChanged() throws Exception {
        // when
        HttpResponse<byte[]> first = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/v1/kb/snapshot")).header("Authorization", "Bearer " + TestServers.TOKEN).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/v1/kb/snapshot")).header("Authorization", "Bearer " + TestServers.TOKEN).header("If-None-Match", etag).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/v1/kb/snapshot")).build(), HttpResponse.BodyHandlers.ofByteArray());

        // then
        assertThat(first.statusCode()).isEqualTo(200);
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.read(new ByteArrayInputStream(first.body()));
        assertThat(snapshot.content().size()).isGreaterThan(100);
        assertThat(snapshot.content().find("csrc-zante")).isPresent();
        assertThat(snapshot.synonyms()).isNotBlank();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPathOutsideTheApiIsA404InJsonNotAServerError() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(errorOf(response, 404)).isEqualTo("not_found");
    }

    @Test
    void aSecondServerOnATakenPortStopsWithAClearMessage(@TempDir Path otherIndex) {
        assertThatThrownBy(() -> TestServers.start(otherIndex, Map.of("server.port", Integer.toString(server.port()))).close())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("could not listen on port " + server.port());
    }

    @Test
    void healthReportsTheDatabaseAndTheIndex() throws Exception {
        // when
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/observe/health")).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("\"index\"").contains("UP");
    }

    @Test
    void metricsCountAnsweredAndUnansweredQuestionsAndTimeThem() throws Exception {
        // given
        ask("chi mi porta la spesa a casa", null);
        ask("chi ha vinto il campionato di calcio", null);

        // when
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/observe/metrics")).header("Accept", "text/plain").build(),
            HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("centrinrete_ask_answered").contains("centrinrete_ask_unanswered")
            .contains("centrinrete_ask_latency");
    }

    private static String errorOf(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("message").asText()).isNotBlank();
        return body.path("error").asText();
    }
}

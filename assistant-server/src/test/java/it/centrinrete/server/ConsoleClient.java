package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** One logged-in console account talking to a test server: its cookie and CSRF token, sent as the console sends them. */
final class ConsoleClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A reply: status, body as text and as JSON, headers. */
    record Reply(int status, String text, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        String error() {
            return json().path("error").asText();
        }
    }

    private final AssistantServer server;
    private final String cookie;
    private final String csrf;
    private final JsonNode me;

    private ConsoleClient(AssistantServer server, String cookie, String csrf, JsonNode me) {
        this.server = server;
        this.cookie = cookie;
        this.csrf = csrf;
        this.me = me;
    }

    static ConsoleClient login(AssistantServer server, String username, String password) {
        Reply reply = raw(server, "POST", "/api/v1/admin/login", write(Map.of("username", username, "password", password)), Map.of());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        String setCookie = reply.headers().firstValue("Set-Cookie").orElseThrow();
        return new ConsoleClient(server, setCookie.substring(0, setCookie.indexOf(';')), reply.json().path("csrfToken").asText(),
            reply.json());
    }

    static ConsoleClient admin(AssistantServer server) {
        return login(server, "admin", TestServers.ADMIN_PASSWORD);
    }

    /** Creates an account as this (admin) client and logs it in; the password is "password-" + the name. */
    ConsoleClient createAndLogin(String username, String role, String centre) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", "password-" + username, "role", role));
        if (centre != null) {
            body.put("centreId", centre);
        }
        Reply created = send("POST", "/api/v1/admin/accounts", body);
        assertThat(created.status()).as(created.text()).isIn(201, 409);
        return login(server, username, "password-" + username);
    }

    JsonNode me() {
        return me;
    }

    String cookie() {
        return cookie;
    }

    Reply get(String path) {
        return raw(server, "GET", path, null, Map.of("Cookie", cookie));
    }

    /** A change, with the CSRF token; the body is written as JSON unless it is a string already. */
    Reply send(String method, String path, Object body) {
        return raw(server, method, path, body == null ? null : body instanceof String text ? text : write(body),
            Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
    }

    /** The same change without the CSRF token, as a forged cross-site request would come. */
    Reply sendWithoutCsrf(String method, String path, Object body) {
        return raw(server, method, path, body == null ? null : write(body), Map.of("Cookie", cookie));
    }

    static Reply raw(AssistantServer server, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " was interrupted", e);
        }
    }

    /** The id of the entry the kiosk's answer to {@code question} is mainly about, or "" when it has no source. */
    static String answerSource(AssistantServer server, String question) {
        Reply reply = raw(server, "POST", "/api/v1/ask", write(Map.of("text", question)),
            Map.of("Authorization", "Bearer " + TestServers.TOKEN, "Content-Type", "application/json"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode sources = reply.json().path("sources");
        return reply.json().path("answered").asBoolean() && sources.size() > 0 ? sources.get(0).path("id").asText() : "";
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package it.centrinrete.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading request bodies into records and writing records and errors as JSON. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {
    }

    /** The body as a {@code type}; a body that is not that JSON is a 400 naming what is wrong. */
    public static <T> T read(ServerRequest request, Class<T> type) {
        String body = request.content().hasEntity() ? request.content().as(String.class) : "";
        if (body.isBlank()) {
            throw ApiException.badRequest("empty_body", "The request needs a JSON body.");
        }
        return read(body, type);
    }

    /** A body already read as text, as a {@code type}; a 400 naming what is wrong when it is not that JSON. */
    public static <T> T read(String body, Class<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("invalid_json", "The body is not valid JSON for this request: " + e.getOriginalMessage());
        }
    }

    /** A JSON object written by this server (a stored draft) as a map of its fields. */
    public static Map<String, Object> readMap(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON could not be read back", e);
        }
    }

    public static void send(ServerResponse response, int status, Object body) {
        sendText(response, status, write(body));
    }

    /** Sends JSON already written, such as a response stored for an idempotency key. */
    public static void sendText(ServerResponse response, int status, String json) {
        response.status(Status.create(status))
            .header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8")
            .send(json);
    }

    public static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record could not be written as JSON", e);
        }
    }

    public static void error(ServerResponse response, int status, String code, String message) {
        send(response, status, errorBody(code, message));
    }

    /** api.md's error body. */
    public static Map<String, String> errorBody(String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }
}

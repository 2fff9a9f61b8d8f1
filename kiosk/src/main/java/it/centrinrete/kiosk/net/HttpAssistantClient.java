package it.centrinrete.kiosk.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The assistant server over HTTP (api.md). Transient failures (no connection, a timeout, 502/503/504 from a proxy
 * or a restarting server) are retried per the {@link RetryPolicy}; that is safe because reads are idempotent,
 * {@code POST /bookings} carries the draft's Idempotency-Key (a repeat returns the first booking), and asking twice
 * only costs a duplicate line in the server's log. A 4xx is the server's answer and becomes a {@link Refusal}; when
 * tries run out the call throws {@link Unreachable}. Every call blocks; the client is safe to share between threads.
 */
public final class HttpAssistantClient implements AssistantPort {
    private static final Logger LOG = Logger.getLogger(HttpAssistantClient.class.getName());
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    /** A snapshot is far bigger than a question's answer, and nobody waits for it at the screen. */
    private static final int DOWNLOAD_TIMEOUT_FACTOR = 4;

    private final URI base;
    private final String token;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final ObjectMapper json;

    public HttpAssistantClient(URI server, String token) {
        this(server, token, RetryPolicy.standard());
    }

    public HttpAssistantClient(URI server, String token, RetryPolicy retry) {
        String text = server.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.token = token;
        this.retry = retry;
        // HTTP/1.1: no upgrade dance with the server on every fresh connection
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(retry.connectTimeout()).build();
        this.json = mapper();
    }

    /** The JSON mapping shared by the kiosk's files and the wire: dates as ISO text, unknown fields ignored. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // the server may add fields (api.md: extend freely); an older kiosk must keep working
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // keep the offset the server sent (Europe/Rome) rather than turning it into UTC
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    }

    @Override
    public AskReply ask(String text, String sessionId) throws Unreachable, Refusal {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        body.put("lang", "it");
        return read(send(post("api/v1/ask", body), retry.requestTimeout()), AskReply.class);
    }

    @Override
    public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) throws Unreachable, Refusal {
        StringBuilder path = new StringBuilder("api/v1/activities?from=").append(from).append("&to=").append(to);
        if (centreId != null) {
            path.append("&centre=").append(URLEncoder.encode(centreId, StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> response = send(request(path.toString()).GET(), retry.requestTimeout());
        try {
            return json.readValue(response.body(), new TypeReference<List<SessionSlot>>() { });
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public BookingReceipt book(BookingDraft draft) throws Unreachable, Refusal {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("activitySessionId", draft.activitySessionId());
        body.put("name", draft.name());
        body.put("phone", draft.phone());
        body.put("card", draft.card());
        HttpRequest.Builder request = post("api/v1/bookings", body).header("Idempotency-Key", draft.idempotencyKey());
        return read(send(request, retry.requestTimeout()), BookingReceipt.class);
    }

    /** The booking with this code; empty when the server knows no such booking. */
    @Override
    public Optional<BookingReceipt> booking(String code) throws Unreachable, Refusal {
        try {
            return Optional.of(read(send(request(bookingPath(code)).GET(), retry.requestTimeout()), BookingReceipt.class));
        } catch (Refusal refusal) {
            if (refusal.status() == 404 && "unknown_booking".equals(refusal.code())) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    @Override
    public BookingReceipt cancel(String code) throws Unreachable, Refusal {
        return read(send(request(bookingPath(code)).DELETE(), retry.requestTimeout()), BookingReceipt.class);
    }

    /** {@code POST /api/v1/bookings/search}: the number goes in the body, so it never reaches an access log. */
    @Override
    public HeldBookings bookingsFor(String phone) throws Unreachable, Refusal {
        Map<String, Object> body = Map.of("phone", phone);
        HttpResponse<byte[]> response = send(post("api/v1/bookings/search", body), retry.requestTimeout());
        try {
            List<BookingReceipt> found = json.readValue(response.body(), new TypeReference<List<BookingReceipt>>() { });
            return new HeldBookings(found.stream().map(receipt -> new HeldBookings.Held(receipt, null)).toList(), true);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** {@code GET /api/v1/kiosk}: what the server keeps about this kiosk, practice mode included. */
    public KioskProfile profile() throws Unreachable, Refusal {
        return read(send(request("api/v1/kiosk").GET(), retry.requestTimeout()), KioskProfile.class);
    }

    /**
     * {@code POST /api/v1/help-calls}, retried like every call: should a reply be lost after the server stored the call,
     * the retry makes a second alert for the same person, which is better than none.
     */
    @Override
    public void callHelp(String reason, String sessionId) throws Unreachable, Refusal {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        send(post("api/v1/help-calls", body), retry.requestTimeout());
    }

    /**
     * The knowledge-base snapshot, unless the server's is still the one with {@code etag} (then empty: keep yours).
     *
     * @param etag the ETag of the snapshot the kiosk has, or null when it has none
     */
    public Optional<SnapshotDownload> snapshot(String etag) throws Unreachable, Refusal {
        HttpRequest.Builder request = request("api/v1/kb/snapshot").GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<byte[]> response = send(request, retry.requestTimeout().multipliedBy(DOWNLOAD_TIMEOUT_FACTOR));
        if (response.statusCode() == 304) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotDownload(response.body(), response.headers().firstValue("ETag").orElse(null)));
    }

    private static String bookingPath(String code) {
        return "api/v1/bookings/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, Map<String, Object> body) {
        try {
            return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** Sends with retries; returns a 2xx or 304 response, or throws what the last try amounted to. */
    private HttpResponse<byte[]> send(HttpRequest.Builder builder, Duration timeout) throws Unreachable, Refusal {
        HttpRequest request = builder.timeout(timeout).build();
        Exception last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (attempt > 1) {
                pause(retry.delayAfter(attempt - 1), last);
            }
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status / 100 == 2 || status == 304) {
                    return response;
                }
                if (status / 100 == 4) {
                    throw refusal(status, response.body());
                }
                last = new IOException(request.method() + " " + request.uri().getPath() + " answered " + status);
                if (!TRANSIENT.contains(status)) {
                    // a 500 is a fault on the server, the same on the next try: fall back now rather than make the person wait
                    break;
                }
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable("interrupted while waiting for the server", e);
            }
            Exception failure = last;
            int tried = attempt;
            LOG.log(Level.FINE, () -> "try " + tried + " of " + request.method() + " " + request.uri().getPath() + " failed: " + failure);
        }
        throw new Unreachable("the server at " + base + " did not answer " + request.method() + " " + request.uri().getPath()
            + ": " + last, last);
    }

    private static void pause(Duration delay, Exception last) throws Unreachable {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while waiting to try again", last);
        }
    }

    /** api.md's error body {@code {"error": code, "message": sentence}}; a body that is not one still gives a refusal. */
    private Refusal refusal(int status, byte[] body) {
        try {
            JsonNode error = json.readTree(body);
            if (error != null && error.hasNonNull("error")) {
                return new Refusal(status, error.get("error").asText(), error.path("message").asText(""));
            }
        } catch (IOException ignored) {
            // not JSON: a proxy's page; the status alone says what happened
        }
        return new Refusal(status, "http_" + status, "The server answered " + status + ".");
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) throws Unreachable {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** A 2xx whose body is not what api.md promises: treated like no answer, not like the person's mistake. */
    private Unreachable unreadable(IOException e) {
        return new Unreachable("the server's answer could not be read: " + e.getMessage(), e);
    }
}

package it.centrinrete.kiosk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries and error mapping against a tiny scripted server. */
class HttpAssistantClientRetryTest {
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2),
        Duration.ofSeconds(5));
    private static final String ANSWER = """
        {"sessionId": "s1", "answered": true, "intent": "faq", "text": "Dieci euro.", "speech": "Dieci euro.",
         "sources": [{"id": "faq-costo-tessera", "title": "Tessera", "type": "faq"}], "suggestions": [], "actions": [],
         "aFieldFromANewerServer": {"x": 1}}""";

    private HttpServer stub;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> idempotencyKeys = Collections.synchronizedList(new ArrayList<>());

    /** Answers each call with the next status of the script (the last one repeats), the body for a 2xx. */
    private URI serve(String body, int... statuses) throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            int call = calls.getAndIncrement();
            idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            int status = statuses[Math.min(call, statuses.length - 1)];
            respond(exchange, status, status / 100 == 2 ? body : "{\"error\": \"full\", \"message\": \"Non ci sono più posti.\"}");
        });
        stub.start();
        return URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.stop(0);
        }
    }

    @Test
    void aServerThatFailsTwiceThenAnswersIsAnsweredOnTheThirdTry() throws Exception {
        HttpAssistantClient client = new HttpAssistantClient(serve(ANSWER, 503, 502, 200), "token-0123456789abcdef", QUICK);

        AskReply reply = client.ask("quanto costa la tessera", null);

        assertThat(calls).hasValue(3);
        assertThat(reply.text()).isEqualTo("Dieci euro.");
        assertThat(reply.sources()).extracting(AskReply.Source::id).containsExactly("faq-costo-tessera");
    }

    @Test
    void aBookingIsRetriedWithTheSameIdempotencyKey() throws Exception {
        String receipt = """
            {"code": "K7P2QX", "status": "CONFIRMED", "activitySessionId": "s-1", "start": "2026-12-01T10:00:00+01:00",
             "end": "2026-12-01T11:00:00+01:00", "title": "Ginnastica", "centre": "csrc-zante"}""";
        HttpAssistantClient client = new HttpAssistantClient(serve(receipt, 504, 201), "token-0123456789abcdef", QUICK);

        BookingReceipt booked = client.book(new BookingDraft("key-1", "s-1", "Maria", "+39 333 1234567", null));

        assertThat(booked.code()).isEqualTo("K7P2QX");
        assertThat(booked.start().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(booked.waitlistPosition()).isZero();
        assertThat(idempotencyKeys).containsExactly("key-1", "key-1");
    }

    @Test
    void aServerThatKeepsFailingIsUnreachableAfterTheLastTry() throws Exception {
        HttpAssistantClient client = new HttpAssistantClient(serve(ANSWER, 503), "token-0123456789abcdef", QUICK);

        assertThatThrownBy(() -> client.ask("ciao", null)).isInstanceOf(Unreachable.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void aClientErrorIsARefusalAtOnceWithoutRetries() throws Exception {
        HttpAssistantClient client = new HttpAssistantClient(serve(ANSWER, 409), "token-0123456789abcdef", QUICK);

        assertThatThrownBy(() -> client.book(new BookingDraft("key-2", "s-1", "Maria", "+39 333 1234567", null)))
            .isInstanceOfSatisfying(Refusal.class, refusal -> {
                assertThat(refusal.status()).isEqualTo(409);
                assertThat(refusal.code()).isEqualTo("full");
                assertThat(refusal.getMessage()).isEqualTo("Non ci sono più posti.");
            });
        assertThat(calls).hasValue(1);
    }

    @Test
    void noServerAtAllIsUnreachable() throws Exception {
        URI gone = serve(ANSWER, 200);
        stub.stop(0);
        stub = null;
        HttpAssistantClient client = new HttpAssistantClient(gone, "token-0123456789abcdef", QUICK);

        assertThatThrownBy(() -> client.activities(LocalDate.now(), LocalDate.now(), null))
            .isInstanceOf(Unreachable.class);
    }
}

package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A console's stream of help calls (Server-Sent Events), read line by line on a thread of its own. */
final class EventStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENDED = "\u0000ended";

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                Iterator<String> each = response.body().iterator();
                while (each.hasNext()) {
                    lines.add(each.next());
                }
            } catch (UncheckedIOException e) {
                // the stream was closed by either side
            } finally {
                lines.add(ENDED);
            }
        }, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(AssistantServer server, ConsoleClient client) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/admin/help-calls/events"))
            .header("Cookie", client.cookie()).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            return new EventStream(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The data of the next {@code help-call} event, or null when none came within {@code wait} or the stream ended. */
    JsonNode next(Duration wait) throws InterruptedException, IOException {
        long end = System.nanoTime() + wait.toNanos();
        boolean inCall = false;
        while (true) {
            String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(ENDED)) {
                if (line != null) {
                    lines.add(ENDED);
                }
                return null;
            }
            if (line.equals("event:help-call") || line.equals("event: help-call")) {
                inCall = true;
            } else if (inCall && line.startsWith("data:")) {
                return JSON.readTree(line.substring("data:".length()).strip());
            }
        }
    }

    /** Whether the server ended the stream within {@code wait}. */
    boolean endsWithin(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (ENDED.equals(line)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        response.body().close();
    }
}

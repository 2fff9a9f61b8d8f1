package it.centrinrete.kiosk.net;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import it.centrinrete.server.AssistantServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A real assistant server for tests: a free port, the sample content, the index in a temporary folder. */
public final class RealServer {
    public static final String TOKEN = "kiosk-test-token-0123456789";
    /** Quick retries: tests should not wait seconds for a server they stopped on purpose. */
    public static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2),
        Duration.ofSeconds(20));

    private RealServer() {
    }

    /** A server with a fresh in-memory database. */
    public static AssistantServer start(Path indexDir) {
        return start(indexDir, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 0);
    }

    /** A server on a given database (a file one survives a restart) and port (0: any free one). */
    public static AssistantServer start(Path indexDir, String dbUrl, int port) {
        Map<String, String> settings = new HashMap<>(Map.of(
            "server.port", Integer.toString(port),
            "server.host", "127.0.0.1",
            "db.url", dbUrl,
            "db.user", "sa",
            "kb.index-dir", indexDir.toString(),
            "security.kiosk-tokens", TOKEN,
            "security.kiosk-centre", "csrc-zante",
            "security.admin-password", "kiosk-test-admin-password",
            "security.kiosk-rate-limit", "0"));
        return AssistantServer.start(Config.just(ConfigSources.create(settings)));
    }

    public static URI uri(AssistantServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public static HttpAssistantClient client(AssistantServer server) {
        return new HttpAssistantClient(uri(server), TOKEN, QUICK);
    }

    /** A session of the sample content that takes bookings, in the next weeks. */
    public static SessionSlot bookableSlot(AssistantPort port) throws Unreachable, Refusal {
        LocalDate today = LocalDate.now();
        return port.activities(today, today.plusDays(30), null).stream()
            .filter(slot -> slot.bookable() && slot.seatsLeft() > 0)
            .findFirst().orElseThrow(() -> new AssertionError("the sample content has no bookable session in the next 30 days"));
    }

    public static BookingDraft draft(SessionSlot slot, String phoneSuffix) {
        return new BookingDraft(UUID.randomUUID().toString(), slot.id(), "Maria Rossi", "+39 333 12345" + phoneSuffix, null);
    }
}

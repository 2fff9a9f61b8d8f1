package it.centrinrete.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.RealServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which name a receipt gives its centre: the server's when its JSON carries one, else what the kiosk last heard (a
 * server from before {@code centreName}, or a centre that has left the server's content, sends only the id).
 */
class ResilientAssistantCentreNameTest {
    private static final String SLOT = """
        [{"id": "s-1", "activityId": "ginnastica", "title": "Ginnastica", "centre": "csrc-zante",
          "centreName": "Zante, come lo diceva l’elenco", "start": "2026-12-01T10:00:00+01:00", "end": "2026-12-01T11:00:00+01:00",
          "capacity": 20, "seatsLeft": 5, "waitlist": true, "bookable": true}]""";
    private static final String RECEIPT = """
        {"code": "K7P2QX", "status": "CONFIRMED", "activitySessionId": "s-1", "start": "2026-12-01T10:00:00+01:00",
         "end": "2026-12-01T11:00:00+01:00", "title": "Ginnastica", "centre": "csrc-zante"%s}""";

    @TempDir
    Path dataDir;
    private HttpServer stub;

    /** A server answering every booking call with {@code receipt} and the activity list with {@link #SLOT}. */
    private ResilientAssistant kioskAgainst(String receipt) throws Exception {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/api/v1/activities", exchange -> respond(exchange, 200, SLOT));
        stub.createContext("/api/v1/bookings",
            exchange -> respond(exchange, "POST".equals(exchange.getRequestMethod()) ? 201 : 200, receipt));
        stub.start();
        URI uri = URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
        ResilientAssistant kiosk = new ResilientAssistant(new HttpAssistantClient(uri, RealServer.TOKEN, RealServer.QUICK), dataDir,
            "csrc-zante");
        kiosk.activities(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null);
        return kiosk;
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
    void theServersNameForTheCentreIsKeptOverTheKiosksOwn() throws Exception {
        // given
        try (ResilientAssistant kiosk = kioskAgainst(RECEIPT.formatted(", \"centreName\": \"CSRC Zante\""))) {
            // when
            BookingReceipt booked = kiosk.book(new BookingDraft("key-1", "s-1", "Maria Rossi", "+39 333 1234567", null));

            // then
            assertThat(booked.centreName()).isEqualTo("CSRC Zante");
            assertThat(kiosk.booking("K7P2QX")).map(BookingReceipt::centreName).contains("CSRC Zante");
        }
    }

    @Test
    void withoutTheServersNameTheKioskNamesTheCentreFromWhatItLastHeard() throws Exception {
        // given
        try (ResilientAssistant kiosk = kioskAgainst(RECEIPT.formatted(""))) {
            // when
            BookingReceipt booked = kiosk.book(new BookingDraft("key-1", "s-1", "Maria Rossi", "+39 333 1234567", null));

            // then
            assertThat(booked.centreName()).isEqualTo("Zante, come lo diceva l’elenco");
            assertThat(kiosk.booking("K7P2QX")).map(BookingReceipt::centreName).contains("Zante, come lo diceva l’elenco");
        }
    }
}

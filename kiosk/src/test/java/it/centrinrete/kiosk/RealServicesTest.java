package it.centrinrete.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.offline.BookingOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the running kiosk hands its screens when a booking queued offline is decided. */
class RealServicesTest {
    private record Told(String idempotencyKey, BookingReceipt receipt, String refusalCode) {
    }

    private final List<Told> told = new ArrayList<>();

    @Test
    void aRefusedQueuedBookingReachesTheScreensAsItsCodeNotAsTheServersEnglishSentence() {
        // given
        BookingOutcome refused = new BookingOutcome("key-1", null, "full", "This session is full and has no waiting list.",
            Instant.parse("2026-12-01T09:00:00Z"));

        // when
        RealServices.tell((key, receipt, code) -> told.add(new Told(key, receipt, code)), refused);

        // then
        assertThat(told).containsExactly(new Told("key-1", null, "full"));
    }

    @Test
    void aBookedQueuedBookingReachesTheScreensWithItsReceiptAndNoRefusal() {
        // given
        BookingReceipt receipt = new BookingReceipt("K7P2QX", "CONFIRMED", "s-1", null, "Ginnastica", "csrc-zante", "CSRC Zante", 0);
        BookingOutcome booked = new BookingOutcome("key-2", receipt, null, null, Instant.parse("2026-12-01T09:00:00Z"));

        // when
        RealServices.tell((key, r, code) -> told.add(new Told(key, r, code)), booked);

        // then
        assertThat(told).containsExactly(new Told("key-2", receipt, null));
    }
}

package it.centrinrete.kiosk.offline;

import it.centrinrete.kiosk.net.BookingReceipt;
import java.time.Instant;

/**
 * What the server decided about a booking that waited in the outbox: booked (with its code), or refused (with the
 * reason's machine code and sentence from api.md's error body). Exactly one of {@code receipt} and
 * {@code refusalCode} is set.
 */
public record BookingOutcome(String idempotencyKey, BookingReceipt receipt, String refusalCode, String refusalMessage,
                             Instant decidedAt) {

    /** Whether the person got a place (confirmed or on the waiting list): {@code receipt().code()} is theirs. */
    public boolean booked() {
        return receipt != null;
    }
}

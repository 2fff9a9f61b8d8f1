package it.centrinrete.kiosk.net;

import java.util.List;

/**
 * A person's upcoming bookings ("le mie prenotazioni"): what the server holds for their phone number, and what still
 * waits in this kiosk's outboxes.
 *
 * @param bookings soonest first as the server lists them, then the ones made offline
 * @param serverChecked false when the server could not be asked: only the kiosk's own outbox is in the list
 */
public record HeldBookings(List<Held> bookings, boolean serverChecked) {

    public HeldBookings {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    /**
     * One booking.
     *
     * @param receipt its code, status, activity and start; status {@code QUEUED} (no code yet) for one made offline,
     *     {@code CANCEL_QUEUED} for one whose cancellation waits to be sent
     * @param queueKey the Idempotency-Key of a booking still in the outbox, else null
     */
    public record Held(BookingReceipt receipt, String queueKey) {
    }
}

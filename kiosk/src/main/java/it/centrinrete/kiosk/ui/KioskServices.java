package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;
import java.util.function.Consumer;

/**
 * What the UI needs from the rest of the kiosk. {@link it.centrinrete.kiosk.Main} builds one; tests and the demo use
 * fakes. Closed when the application stops.
 */
public interface KioskServices extends AutoCloseable {
    /** The server client (normally the resilient wrapper: retries, offline snapshot, booking queue). */
    AssistantPort assistant();

    SpeechOut speechOut();

    SpeechIn speechIn();

    /** Told, on any thread, what the server decided about a booking that was queued while offline. */
    interface QueuedBookingListener {
        /**
         * @param receipt the booking when the person got a place, else null
         * @param refusalCode when the server refused it, the machine code of its no ({@code full}, {@code session_over}…),
         *     which the screen says in Italian (the server's own sentence is English), else null
         */
        void decided(String idempotencyKey, BookingReceipt receipt, String refusalCode);
    }

    /** Registers a listener for bookings queued offline; nothing happens where bookings are never queued. */
    default void whenQueuedBookingDecided(QueuedBookingListener listener) {
    }

    /** The person saw what the server decided about their queued booking: its outcome need not be kept. */
    default void queuedOutcomeShown(String idempotencyKey) {
    }

    /** Told, on any thread, how a cancellation that was queued while offline ended. */
    interface QueuedCancellationListener {
        /**
         * @param cancelled whether the booking is now cancelled (or already was)
         * @param refusalCode when it is not, the machine code of the server's no ({@code session_over},
         *     {@code unknown_booking}…), else null
         */
        void decided(String code, boolean cancelled, String refusalCode);
    }

    /** Registers a listener for cancellations queued offline; nothing happens where cancellations are never queued. */
    default void whenQueuedCancellationDecided(QueuedCancellationListener listener) {
    }

    /** The person saw how their queued cancellation ended: its outcome need not be kept. */
    default void queuedCancellationShown(String code) {
    }

    /**
     * Registers a listener told, on any thread, of the practice mode the server keeps for this kiosk
     * ({@code GET /api/v1/kiosk}), read at start and with every snapshot refresh; nothing happens without a server.
     */
    default void whenPracticeModeRead(Consumer<Boolean> listener) {
    }

    /** The ticket printer; none by default. */
    default TicketPrinter printer() {
        return TicketPrinter.NONE;
    }

    default ScreenSettings settings() {
        return ScreenSettings.fromSystemProperties();
    }

    @Override
    default void close() {
        speechOut().close();
        speechIn().close();
    }
}

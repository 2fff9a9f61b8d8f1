package it.centrinrete.kiosk.net;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the kiosk asks of the assistant server. The HTTP client implements it; so does the resilient wrapper
 * that falls back to the offline snapshot and the booking queue; tests use fakes. Calls block: the controller makes
 * them off the JavaFX thread.
 */
public interface AssistantPort {
    AskReply ask(String text, String sessionId) throws Unreachable, Refusal;

    /** Upcoming sessions at this kiosk's centre (null: every centre) from one day to another, both included. */
    List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) throws Unreachable, Refusal;

    BookingReceipt book(BookingDraft draft) throws Unreachable, Refusal;

    Optional<BookingReceipt> booking(String code) throws Unreachable, Refusal;

    BookingReceipt cancel(String code) throws Unreachable, Refusal;

    /** "Le mie prenotazioni": the upcoming bookings held under this phone number (digits, as typed on the keypad). */
    HeldBookings bookingsFor(String phone) throws Unreachable, Refusal;

    /**
     * Cancels a booking made offline that has no code yet: it leaves the outbox, or, if the server booked it in the
     * meantime, that booking is cancelled. Only an assistant with an outbox has such bookings.
     */
    default BookingReceipt cancelQueued(String idempotencyKey) throws Unreachable, Refusal {
        throw new Refusal(404, "unknown_booking", "this assistant keeps no outbox");
    }

    /**
     * Calls a person of the centre: the call appears at once on the operators' consoles. Never queued: a call that
     * cannot be made now is of no use later, so offline it throws {@link Unreachable}.
     *
     * @param reason {@code help_button} (the physical button), {@code screen} ("Chiami una persona") or {@code voice}
     * @param sessionId the conversation going on, or null
     */
    void callHelp(String reason, String sessionId) throws Unreachable, Refusal;
}

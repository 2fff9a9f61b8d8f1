package it.centrinrete.server.booking;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A booking as an operator sees it in the console: with the person's name, phone and card, which kiosks never get.
 *
 * @param waitlistPosition 1 for the first in the queue; null unless {@code status} is WAITLISTED
 * @param phone grouped for reading aloud ("333 123 4567"); null when the booking was made with a card alone, or once
 *     the retention job has erased it (as name and card)
 * @param attended true present, false absent, null not recorded
 * @param callReason why the person should be phoned (PROMOTED, SESSION_CANCELLED, SESSION_MOVED), or null
 */
public record OperatorBooking(String code, String sessionId, String title, String centreId, OffsetDateTime start,
                              BookingStatus status, Integer waitlistPosition, String name, String phone, String card,
                              Boolean attended, String callReason, String cancelReason, Instant createdAt) {

    static OperatorBooking of(Booking booking) {
        return new OperatorBooking(booking.code(), booking.sessionId(), booking.title(), booking.centreId(),
            booking.start().toOffsetDateTime(), booking.status(),
            booking.status() == BookingStatus.WAITLISTED ? booking.waitlistPosition() : null, booking.name(),
            display(booking.phone()), booking.card(), booking.attended(), booking.callReason(), booking.cancelReason(),
            booking.createdAt());
    }

    private static String display(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            return new PhoneNumber(normalised).display();
        } catch (InvalidBookingException e) {
            // a number stored before today's rules: better shown as stored than not at all, the operator must call it
            return normalised;
        }
    }
}

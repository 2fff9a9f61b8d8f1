package it.centrinrete.kiosk.net;

import java.time.OffsetDateTime;

/**
 * A booking as the server reports it (api.md {@code POST /api/v1/bookings}, {@code GET /api/v1/bookings/{code}}).
 *
 * @param status CONFIRMED, WAITLISTED or CANCELLED
 * @param waitlistPosition 1 for the first in the queue, 0 when not waiting
 */
public record BookingReceipt(String code, String status, String activitySessionId, OffsetDateTime start, String title,
                             String centre, int waitlistPosition) {
}

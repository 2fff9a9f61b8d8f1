package it.centrinrete.server.booking;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One booking with its session. The personal fields (name, phone, card) are null once the retention job has erased
 * them, and are never part of what a kiosk receives.
 *
 * @param waitlistPosition 1 for the first in the queue; 0 unless {@code status} is WAITLISTED
 * @param callReason why an operator should phone the person (PROMOTED, SESSION_CANCELLED, SESSION_MOVED), or null
 */
public record Booking(String code, String sessionId, String activityId, String title, String centreId,
                      ZonedDateTime start, ZonedDateTime end, BookingStatus status, int waitlistPosition,
                      String name, String phone, String card, Instant createdAt, Boolean attended,
                      String callReason, String cancelReason) {
}

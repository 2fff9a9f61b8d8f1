package it.centrinrete.server.booking;

import java.time.Duration;

/**
 * The rules a centre sets for bookings, from the {@code bookings.*} configuration, checked at start-up.
 *
 * @param closeBefore bookings for a session close this long before it starts
 * @param maxActivePerPerson how many bookings (confirmed or waiting) one person may hold for sessions not yet over
 * @param horizon how far ahead a session may be booked
 * @param retention personal data of a booking is erased this long after its session ended
 * @param idempotencyKeep how long a kiosk's Idempotency-Key is remembered; at least 48 hours, so that a kiosk
 *     offline over a weekend can still replay what it queued without booking twice
 */
public record BookingRules(Duration closeBefore, int maxActivePerPerson, Duration horizon, Duration retention,
                           Duration idempotencyKeep) {
    private static final Duration SHORTEST_KEEP = Duration.ofHours(48);

    public BookingRules {
        if (closeBefore.isNegative()) {
            throw new IllegalArgumentException("bookings.close-minutes-before must not be negative, not " + closeBefore.toMinutes());
        }
        if (maxActivePerPerson < 1 || maxActivePerPerson > 100) {
            throw new IllegalArgumentException("bookings.max-active-per-person must be from 1 to 100, not " + maxActivePerPerson);
        }
        if (horizon.toDays() < 1 || horizon.toDays() > 366) {
            throw new IllegalArgumentException("bookings.horizon-days must be from 1 to 366, not " + horizon.toDays());
        }
        if (retention.toDays() < 1 || retention.toDays() > 3650) {
            throw new IllegalArgumentException("bookings.retention-days must be from 1 to 3650, not " + retention.toDays());
        }
        if (idempotencyKeep.compareTo(SHORTEST_KEEP) < 0) {
            throw new IllegalArgumentException("bookings.idempotency-hours must be at least 48, not " + idempotencyKeep.toHours());
        }
    }

    /** One hour before, four bookings each, two months ahead, data erased 30 days after, keys kept three days. */
    public static BookingRules defaults() {
        return new BookingRules(Duration.ofMinutes(60), 4, Duration.ofDays(62), Duration.ofDays(30), Duration.ofHours(72));
    }
}

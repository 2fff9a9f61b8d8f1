package it.centrinrete.server.booking;

/** Where a booking stands; the names are api.md's wire values. */
public enum BookingStatus {
    CONFIRMED, WAITLISTED, CANCELLED;

    /** Whether the booking still holds a seat or a place in the queue. */
    public boolean isActive() {
        return this != CANCELLED;
    }
}

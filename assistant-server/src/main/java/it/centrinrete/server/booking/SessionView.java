package it.centrinrete.server.booking;

import java.time.ZonedDateTime;

/**
 * One activity session as the calendar knows it: from the activity's schedule, with what the database adds (seats
 * taken, an operator's change).
 *
 * @param title the activity's title, or its id when the activity has since left the content
 * @param operatorAdded true for a session an operator added or moved here, not an occurrence of the schedule
 */
public record SessionView(String id, String activityId, String title, String centreId, ZonedDateTime start,
                          ZonedDateTime end, int capacity, int confirmed, int waitlisted, boolean waitlist,
                          SessionStatus status, String movedTo, boolean operatorAdded) {

    /** Seats a newcomer can take now: none while people are waiting, who come first (see {@code BookingLedger}). */
    public int seatsLeft() {
        return waitlisted > 0 ? 0 : Math.max(0, capacity - confirmed);
    }
}

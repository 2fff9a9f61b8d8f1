package it.centrinrete.server.booking;

/**
 * Why an operator's change to a session or a booking cannot be made, with the HTTP status and machine code of the
 * API error. The message is plain English for the console, which shows its own Italian sentence for each code.
 */
public final class DeskRefusal extends RuntimeException {
    private final int status;
    private final String code;

    DeskRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The same refusal a kiosk would get, for the reasons operators and kiosks share (unknown session, full, …). */
    static DeskRefusal of(BookingRefusal reason) {
        return new DeskRefusal(reason.status(), reason.code(), reason.message());
    }

    static DeskRefusal unknownActivity(String activityId) {
        return new DeskRefusal(404, "unknown_activity", "There is no activity '" + activityId + "'.");
    }

    static DeskRefusal sessionExists(String sessionId) {
        return new DeskRefusal(409, "session_exists", "Session " + sessionId + " exists already and takes place.");
    }

    static DeskRefusal targetHasBookings(String sessionId, int bookings) {
        return new DeskRefusal(409, "target_has_bookings", "Session " + sessionId + " takes place already and holds " + bookings
            + " bookings; move the session somewhere else or cancel that one first.");
    }

    static DeskRefusal belowConfirmed(int capacity, int confirmed) {
        return new DeskRefusal(409, "capacity_below_confirmed", confirmed + " people hold a confirmed seat, so the capacity "
            + "cannot go down to " + capacity + "; it can be " + confirmed + " or more, or cancel some bookings first.");
    }

    static DeskRefusal bookingCancelled(String code) {
        return new DeskRefusal(409, "booking_cancelled", "Booking " + code + " is cancelled.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

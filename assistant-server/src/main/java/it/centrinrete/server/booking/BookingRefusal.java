package it.centrinrete.server.booking;

/**
 * Why a booking or a cancellation cannot be made. Each reason carries the HTTP status and machine code of the API
 * error; the dialogue turns the same reason into a sentence for the person.
 */
public enum BookingRefusal {
    UNKNOWN_SESSION(404, "unknown_session", "There is no such activity session."),
    SESSION_CANCELLED(409, "session_cancelled", "This session has been cancelled."),
    SESSION_MOVED(409, "session_moved", "This session has been moved to another time."),
    SESSION_OVER(409, "session_over", "This session has already started or is over."),
    CLOSED(409, "bookings_closed", "Bookings for this session are closed: it starts too soon."),
    TOO_FAR(409, "too_far_ahead", "This session cannot be booked yet: it is too far ahead."),
    FULL(409, "full", "This session is full and has no waiting list."),
    ALREADY_BOOKED(409, "already_booked", "This person already has a booking for this session."),
    TOO_MANY(409, "too_many_bookings", "This person already holds as many bookings as a person may."),
    UNKNOWN_BOOKING(404, "unknown_booking", "There is no booking with this code."),
    NO_SEAT(409, "full", "There is no free seat to confirm this booking."),
    NOT_WAITLISTED(409, "not_waitlisted", "This booking is not on the waiting list.");

    private final int status;
    private final String code;
    private final String message;

    BookingRefusal(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** Thrown by the ledger; the refusal says why. */
    public static final class Refused extends RuntimeException {
        private final BookingRefusal reason;
        private final String existingCode;

        public Refused(BookingRefusal reason) {
            this(reason, null);
        }

        /** A refusal that points at a booking the person already has ({@link #ALREADY_BOOKED}). */
        public Refused(BookingRefusal reason, String existingCode) {
            super(reason.message(), null, false, false);
            this.reason = reason;
            this.existingCode = existingCode;
        }

        public BookingRefusal reason() {
            return reason;
        }

        /** The code of the booking the person already holds, or null. */
        public String existingCode() {
            return existingCode;
        }
    }
}

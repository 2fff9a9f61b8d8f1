package it.centrinrete.kiosk.net;

/**
 * The server said no, for a reason the person can be told (api.md error body): {@code full}, {@code already_booked},
 * {@code bookings_closed}, {@code invalid_booking}… Not a network failure: retrying will not help.
 */
public final class Refusal extends Exception {
    private final int status;
    private final String code;

    public Refusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** The machine code of api.md's error body. */
    public String code() {
        return code;
    }
}

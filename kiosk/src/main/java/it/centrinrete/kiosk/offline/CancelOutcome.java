package it.centrinrete.kiosk.offline;

/**
 * What the server said about a cancellation that waited in the cancellation outbox; kept in
 * {@code <data-dir>/cancel-outcomes/} until the person was told, at most a day.
 *
 * @param result {@link Result#CANCELLED} also when it was already cancelled (the server answers a repeat the same way)
 * @param refusalCode the machine code of the server's no ({@code unknown_booking}, {@code session_over}…), else null
 */
public record CancelOutcome(String code, Result result, String refusalCode) {

    /** How a queued cancellation ended. */
    public enum Result {
        /** The booking is cancelled (now, or it already was). */
        CANCELLED,
        /** The server knows no booking with this code: a mistyped code that could not be checked offline. */
        UNKNOWN,
        /** The server refused for good, e.g. the activity is over. */
        REFUSED
    }
}

package it.centrinrete.kiosk.net;

/** The server could not be reached or did not answer in time (after the retries): the kiosk goes offline. */
public final class Unreachable extends Exception {
    public Unreachable(String message, Throwable cause) {
        super(message, cause);
    }
}

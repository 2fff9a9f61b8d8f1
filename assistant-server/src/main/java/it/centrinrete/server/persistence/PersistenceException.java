package it.centrinrete.server.persistence;

/** A database operation failed for a reason the caller cannot fix: a real server fault. */
public final class PersistenceException extends RuntimeException {
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}

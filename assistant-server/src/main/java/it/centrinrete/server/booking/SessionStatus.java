package it.centrinrete.server.booking;

/** Whether a session takes place: as scheduled, cancelled by an operator, or moved to another time. */
public enum SessionStatus {
    SCHEDULED, CANCELLED, MOVED
}

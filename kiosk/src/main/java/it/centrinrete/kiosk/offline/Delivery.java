package it.centrinrete.kiosk.offline;

/**
 * What one pass over the outbox achieved.
 *
 * @param booked drafts the server booked (or had already booked), now out of the outbox
 * @param refused drafts the server refused for good, now out of the outbox
 * @param remaining drafts still waiting
 * @param reachable false when the server could not be reached; true when it answered or nothing was sent
 */
public record Delivery(int booked, int refused, int remaining, boolean reachable) {
}

package it.centrinrete.server.audit;

import java.time.Instant;

/**
 * One change made through the console.
 *
 * @param action what was done, a stable machine word such as {@code entry.publish} or {@code kiosk.revoke}
 * @param subject what it was done to: an entry id, a kiosk or account name, a session id, a booking code
 * @param detail a short plain note (the file an import came from), empty when there is nothing to add
 */
public record AuditEvent(long id, Instant at, String username, String action, String subject, String detail) {
}

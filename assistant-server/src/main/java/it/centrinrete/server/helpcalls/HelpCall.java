package it.centrinrete.server.helpcalls;

import java.time.Instant;

/**
 * One call for a person from a kiosk.
 *
 * @param centreId the centre the kiosk stands in; null for a kiosk bound to none
 * @param reason a short code from the kiosk ({@code help_button}, {@code screen}, {@code voice}, …) or its own words
 * @param acknowledgedBy the operator who took it; null while it is open
 */
public record HelpCall(long id, String kioskName, String centreId, String reason, Instant calledAt, Status status,
                       String acknowledgedBy, Instant acknowledgedAt) {

    /** Open until an operator says they are on their way. */
    public enum Status {
        OPEN, ACKNOWLEDGED
    }
}

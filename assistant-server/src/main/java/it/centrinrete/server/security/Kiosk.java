package it.centrinrete.server.security;

/**
 * A kiosk that presented a valid token.
 *
 * @param centreId the centre it stands in, so "qui", "vicino" and "il centro" mean that centre; may be null
 */
public record Kiosk(String name, String centreId) {
}

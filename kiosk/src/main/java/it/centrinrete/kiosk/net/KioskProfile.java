package it.centrinrete.kiosk.net;

/**
 * What the server keeps about this kiosk ({@code GET /api/v1/kiosk}): its name, its centre, and whether an operator
 * put it in practice mode from the console.
 */
public record KioskProfile(String name, String centreId, String centreName, boolean practiceMode) {
}

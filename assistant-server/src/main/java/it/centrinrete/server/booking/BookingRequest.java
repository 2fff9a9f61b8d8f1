package it.centrinrete.server.booking;

/** The body of {@code POST /api/v1/bookings}: a session, and a name and phone or a membership card. */
public record BookingRequest(String activitySessionId, String name, String phone, String card) {
}

package it.centrinrete.server.booking;

/**
 * The body of {@code POST /api/v1/bookings/search}: "le mie prenotazioni" by phone or card. A body and not a query
 * string, so the phone number never reaches the access log.
 */
public record HolderLookup(String phone, String card) {
}

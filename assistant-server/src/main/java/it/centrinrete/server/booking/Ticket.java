package it.centrinrete.server.booking;

import java.util.List;

/**
 * What the kiosk's printer prints for a booking. No name, phone or card: a ticket is left on tables and in bins.
 *
 * @param spelledCode the code read one symbol at a time ("H come hotel, M come Milano, quattro, …"), for reading it
 *     out on the phone
 * @param centreAddress one line, "Via Zante 14, 20138 Milano"; empty when the centre has left the content
 * @param room the room at the centre, or null when the activity names none
 * @param day in words, "martedì 1 dicembre 2026"
 * @param time in words, "dalle 10:00 alle 11:00"
 * @param status "Confermata", "In lista d'attesa, posizione 3" or "Annullata"
 * @param qrPayload what the ticket's QR code encodes: exactly {@code code}, nothing more, so a kiosk that scans it can
 *     look the booking up ({@code GET /api/v1/bookings/{code}}) and the QR code says nothing about anyone
 * @param lines the ticket in Italian, in order, to be printed as they are (an empty string is an empty line); the
 *     QR code goes after them
 */
public record Ticket(String code, String spelledCode, String title, String centreName, String centreAddress, String room,
                     String day, String time, String status, String qrPayload, List<String> lines) {
    public Ticket {
        lines = List.copyOf(lines);
    }
}

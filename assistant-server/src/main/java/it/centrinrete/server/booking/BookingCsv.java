package it.centrinrete.server.booking;

import it.centrinrete.kb.hours.MilanTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bookings of a session as a CSV file for operators, made for the spreadsheet they actually open: Excel in
 * Italian reads {@code ;} as the separator (the comma is the decimal sign) and needs the UTF-8 byte order mark to
 * show accented names. Cells are quoted as RFC 4180 says, rows end in CRLF.
 *
 * <p>Names come from kiosks, so from anyone: a cell that starts like a formula ({@code = + - @}, or a tab or carriage
 * return, which spreadsheets also strip before looking) gets a leading apostrophe, so it is shown, never run.
 */
public final class BookingCsv {
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final String BOM = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String NEWLINE = "\r\n";
    private static final List<String> COLUMNS = List.of("code", "status", "name", "phone", "card", "position", "attended", "call",
        "created");
    // no fallback to the JVM's default locale: an English server must still write Italian headings
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("it.centrinrete.server.booking.csv", Locale.ITALIAN,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern(WORDS.getString("created.pattern"), Locale.ITALIAN)
        .withZone(MilanTime.ZONE);

    private BookingCsv() {
    }

    /** The whole file: byte order mark, the Italian headings, one row per booking in the order given. */
    public static String write(List<OperatorBooking> bookings) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(row(COLUMNS.stream().map(column -> WORDS.getString("column." + column))));
        for (OperatorBooking booking : bookings) {
            csv.append(row(Stream.of(booking.code(), WORDS.getString("status." + booking.status().name()), booking.name(),
                booking.phone(), booking.card(), booking.waitlistPosition() == null ? null : booking.waitlistPosition().toString(),
                booking.attended() == null ? null : WORDS.getString("attended." + booking.attended()), callReason(booking.callReason()),
                booking.createdAt() == null ? null : CREATED.format(booking.createdAt()))));
        }
        return csv.toString();
    }

    /** A file name for the download, from the session id: "prenotazioni-ginnastica-dolce-zante-2026-12-01-1000.csv". */
    public static String fileName(String sessionId) {
        return "prenotazioni-" + sessionId.replace("@", "-").replace("T", "-").replaceAll("[^A-Za-z0-9-]", "") + ".csv";
    }

    private static String row(Stream<String> cells) {
        return cells.map(BookingCsv::cell).collect(Collectors.joining(SEPARATOR)) + NEWLINE;
    }

    /** One cell: empty for null, defused when it starts like a formula, quoted when it holds a separator, quote or line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String callReason(String reason) {
        if (reason == null) {
            return null;
        }
        return WORDS.containsKey("call." + reason) ? WORDS.getString("call." + reason) : reason;
    }
}

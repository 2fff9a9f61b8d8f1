package it.centrinrete.kiosk.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, codes and phone numbers written and spoken the way older Italian speakers expect. */
public final class Formats {
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ITALIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ITALIAN);

    private Formats() {
    }

    /** "lunedì 3 marzo, ore 10:00". */
    public static String when(OffsetDateTime start) {
        if (start == null) {
            return "";
        }
        var local = start.atZoneSameInstant(ROME);
        return DAY.format(local) + ", ore " + TIME.format(local);
    }

    /** "lunedì 3 marzo, ore 10:00 – CSRC Zante": when and, if known, where. */
    public static String whenAndWhere(OffsetDateTime start, String centreName) {
        String where = centreName == null || centreName.isBlank() ? "" : centreName.strip();
        return where.isEmpty() ? when(start) : start == null ? where : when(start) + " – " + where;
    }

    /** "K7P2QX" → "K, 7, P, 2, Q, X" so that it is read one sign at a time. */
    public static String spelled(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : code.toCharArray()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** "3331234567" → "333 123 4567" for the eyes. */
    public static String phone(String digits) {
        if (digits == null) {
            return "";
        }
        String d = digits.replaceAll("\\s", "");
        if (d.length() <= 3) {
            return d;
        }
        if (d.length() <= 6) {
            return d.substring(0, 3) + " " + d.substring(3);
        }
        return d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
    }
}

package it.centrinrete.kb.hsds;

import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day and time zones of HSDS schedules. The knowledge base keeps hours in Milan's wall-clock time; a time
 * given in another zone cannot become a fixed weekly time (the difference changes with summer time), so such times
 * are kept as written and the zone is reported.
 */
final class HsdsTimes {
    private static final Pattern TIME = Pattern.compile(
        "(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?", Pattern.CASE_INSENSITIVE);
    private static final List<Instant> SAMPLE_INSTANTS = List.of(Instant.parse("2026-01-15T12:00:00Z"),
        Instant.parse("2026-07-15T12:00:00Z"));
    private static final String KEPT = "the times were kept as written, in Milan's local time,";

    private HsdsTimes() {
    }

    /**
     * Reads "10:00", "10:00:00", "10:00Z" or "10:00+01:00". A closing time of "23:59" or "24:00" becomes midnight,
     * the end of the day, since HSDS has no other way to say "until the end of the day".
     */
    static Optional<LocalTime> time(Field field, boolean closing, HsdsReport report) {
        String text = field.asString().strip();
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            report.error(field, "'" + text + "' is not a time like 10:00 or 10:00:00; the schedule's hours were ignored");
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (closing && (hour == 24 && minute == 0 || hour == 23 && minute == 59)) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        if (hour > 23 || minute > 59) {
            report.error(field, "'" + text + "' is a time that does not exist; the schedule's hours were ignored");
            return Optional.empty();
        }
        if (m.group(4) != null) {
            checkOffset(field, m.group(4), report);
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Reports a schedule's {@code timezone} when it is not Milan's; the times stay as written either way. */
    static void checkTimezone(FieldMap schedule, HsdsReport report) {
        Optional<Field> field = HsdsFields.scalar(schedule, "timezone", report);
        if (field.isEmpty()) {
            return;
        }
        String text = field.get().asString().strip();
        Optional<ZoneId> zone = zone(text);
        if (zone.isEmpty()) {
            report.error(field.get(), "'" + text + "' is not a time zone (a UTC offset such as 1, or a zone such as Europe/Rome); "
                + KEPT + " and the timezone was ignored");
        } else if (!sameClockAsMilan(zone.get())) {
            report.warning(field.get(), "timezone " + text + " is not Milan's time zone (UTC+1, UTC+2 in summer); "
                + KEPT + " and the timezone was ignored");
        }
    }

    private static void checkOffset(Field field, String offset, HsdsReport report) {
        String hours = offset.equalsIgnoreCase("Z") ? "0" : offset;
        if (zone(hours).filter(HsdsTimes::sameClockAsMilan).isEmpty()) {
            report.warning(field, "'" + field.asString().strip() + "' is not in Milan's time zone; " + KEPT
                + " and its offset was ignored");
        }
    }

    /** A zone from an HSDS timezone value: a number of hours from UTC ("1", "-5", "5.5"), an offset or a zone id. */
    private static Optional<ZoneId> zone(String text) {
        try {
            if (text.matches("[+-]?\\d{1,2}(\\.\\d+)?")) {
                return Optional.of(ZoneOffset.ofTotalSeconds((int) Math.round(Double.parseDouble(text) * 3600)));
            }
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the zone shows Milan's time in winter or in summer; HSDS offsets cannot say which season they mean. */
    private static boolean sameClockAsMilan(ZoneId zone) {
        return SAMPLE_INSTANTS.stream().anyMatch(instant -> zone.getRules().getOffset(instant)
            .equals(MilanTime.ZONE.getRules().getOffset(instant)));
    }
}

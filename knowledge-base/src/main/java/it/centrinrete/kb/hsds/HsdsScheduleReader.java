package it.centrinrete.kb.hsds;

import it.centrinrete.kb.hours.TimeRange;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns HSDS schedule objects (iCal RRULE fields plus opens_at/closes_at) into weekly hours. Only what the knowledge
 * base's usual week can say is taken as hours; any other schedule keeps its description as text, so that nothing
 * the provider wrote is lost and nothing is shown as hours that would be wrong on some weeks.
 */
final class HsdsScheduleReader {
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
        "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
        "SU", DayOfWeek.SUNDAY);
    private static final List<String> LIMITS = List.of("valid_from", "valid_to", "dtstart", "until", "count", "byweekno",
        "bymonthday", "byyearday");

    private HsdsScheduleReader() {
    }

    static void read(FieldMap schedule, HsdsWeek week, HsdsReport report) {
        String description = HsdsFields.text(schedule, "description", report);
        HsdsTimes.checkTimezone(schedule, report);
        Optional<Field> freqField = HsdsFields.scalar(schedule, "freq", report);
        String freq = freqField.map(f -> f.asString().strip().toUpperCase(Locale.ROOT)).orElse("");
        boolean hasTimes = schedule.has("opens_at") || schedule.has("closes_at");
        if (freq.isEmpty() && !schedule.has("byday") && !hasTimes) {
            week.addText(description);
            return;
        }
        Optional<Set<DayOfWeek>> days = switch (freq) {
            case "WEEKLY", "" -> weekdays(schedule, report);
            case "DAILY" -> Optional.of(EnumSet.allOf(DayOfWeek.class));
            case "MONTHLY" -> {
                report.warning(freqField.orElseThrow(), "a MONTHLY schedule cannot be kept as weekly hours; " + kept(description));
                yield Optional.empty();
            }
            default -> {
                report.error(freqField.orElseThrow(), "'" + freqField.get().asString() + "' is not an HSDS frequency "
                    + "(WEEKLY or MONTHLY); the schedule's hours were ignored and " + kept(description));
                yield Optional.empty();
            }
        };
        int interval = HsdsFields.number(schedule, "interval", report).map(Double::intValue).orElse(1);
        if (days.isPresent() && interval > 1) {
            report.warning(schedule, "repeats every " + interval + " weeks, which weekly hours cannot say; " + kept(description));
            days = Optional.empty();
        }
        Optional<List<Span>> spans = days.isPresent() ? spans(schedule, description, report) : Optional.empty();
        if (days.isEmpty() || spans.isEmpty()) {
            week.addText(description);
            return;
        }
        reportIgnoredLimits(schedule, report);
        for (DayOfWeek day : days.get()) {
            for (Span span : spans.get()) {
                week.add(day.plus(span.dayOffset()), span.range());
            }
        }
    }

    /** The days of a weekly rule: its BYDAY list, or, as iCal says, the weekday of its start date. */
    private static Optional<Set<DayOfWeek>> weekdays(FieldMap schedule, HsdsReport report) {
        Optional<Field> byday = HsdsFields.scalar(schedule, "byday", report);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (byday.isEmpty()) {
            HsdsFields.date(schedule, "dtstart", report).ifPresent(start -> days.add(start.getDayOfWeek()));
        }
        for (String token : byday.map(Field::asString).orElse("").split(",")) {
            String code = token.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            DayOfWeek day = DAYS.get(code);
            if (day == null) {
                report.error(byday.orElseThrow(), "'" + token.strip() + "' is not a weekday (MO, TU, WE, TH, FR, SA, SU);"
                    + " that day was ignored");
            } else {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            report.warning(schedule, "says neither on which weekdays (byday) nor from which date (dtstart) it applies;"
                + " its hours were ignored");
            return Optional.empty();
        }
        return Optional.of(days);
    }

    /** The schedule's time range; one that runs past midnight becomes two, the second on the next day. */
    private static Optional<List<Span>> spans(FieldMap schedule, String description, HsdsReport report) {
        Optional<Field> opensField = HsdsFields.scalar(schedule, "opens_at", report);
        Optional<Field> closesField = HsdsFields.scalar(schedule, "closes_at", report);
        if (opensField.isEmpty() || closesField.isEmpty()) {
            report.warning(schedule, "needs both opens_at and closes_at to give hours; " + kept(description));
            return Optional.empty();
        }
        Optional<LocalTime> opens = HsdsTimes.time(opensField.get(), false, report);
        Optional<LocalTime> closes = HsdsTimes.time(closesField.get(), true, report);
        if (opens.isEmpty() || closes.isEmpty()) {
            return Optional.empty();
        }
        // a closing midnight is the end of the day, so "00:00"-"00:00" is the whole day, not an empty range
        if (!closes.get().equals(LocalTime.MIDNIGHT) && opens.get().equals(closes.get())) {
            report.error(closesField.get(), "closes at the time it opens (" + opens.get() + "); the schedule's hours were ignored");
            return Optional.empty();
        }
        if (closes.get().equals(LocalTime.MIDNIGHT) || closes.get().isAfter(opens.get())) {
            return Optional.of(List.of(new Span(0, new TimeRange(opens.get(), closes.get()))));
        }
        return Optional.of(List.of(new Span(0, new TimeRange(opens.get(), LocalTime.MIDNIGHT)),
            new Span(1, new TimeRange(LocalTime.MIDNIGHT, closes.get()))));
    }

    /** The usual week has no dates, so date limits and finer RRULE parts are named rather than silently dropped. */
    private static void reportIgnoredLimits(FieldMap schedule, HsdsReport report) {
        List<String> ignored = new ArrayList<>();
        for (String key : LIMITS) {
            if (!key.equals("dtstart") || schedule.has("byday")) {
                schedule.get(key).filter(f -> !f.isMap() && !f.isList())
                    .ifPresent(field -> ignored.add(key + " " + field.asString().strip()));
            }
        }
        if (ignored.isEmpty()) {
            return;
        }
        Optional<LocalDate> validTo = HsdsFields.date(schedule, "valid_to", report);
        String past = validTo.filter(end -> end.isBefore(report.today())).isPresent()
            ? " The schedule ended on " + validTo.get() + ": check that these hours still apply." : "";
        report.warning(schedule, "the weekly hours were imported without these limits, which the knowledge base cannot"
            + " represent: " + String.join(", ", ignored) + "." + past);
    }

    private static String kept(String description) {
        return description.isEmpty() ? "the schedule has no description, so nothing of it was kept"
            : "its description was kept as text";
    }

    /** A time range on the schedule's day ({@code dayOffset} 0) or on the day after (1). */
    private record Span(int dayOffset, TimeRange range) {
    }
}

package it.centrinrete.kb.hours;

import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.InvalidEntryException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a centre or service is open: the usual week, dated exceptions, and whether it opens on public holidays.
 * Every question is answered in Milan's local time, whatever zone the moment is given in.
 *
 * <p>Ranges become real moments through {@code ZonedDateTime.of(date, time, ZONE)}, so on the nights the clocks
 * change java.time's rule applies: a time in the spring gap moves forward by an hour, a time in the autumn
 * overlap takes the summer offset. All methods go through that one conversion so they never disagree.
 *
 * @param weekly the usual hours for each day; a day not in the map is closed
 * @param exceptions dated hours that win over everything else, at most one per date, kept sorted by date
 * @param openOnHolidays false (the usual case) when public holidays are closed days
 * @param note free text for users ("In agosto chiuso per ferie."); empty when none
 */
public record OpeningHours(
    Map<DayOfWeek, List<TimeRange>> weekly,
    List<DayException> exceptions,
    boolean openOnHolidays,
    String note
) {
    private static final int LOOK_AHEAD_DAYS = 370;
    private static final OpeningHours NONE = new OpeningHours(Map.of(), List.of(), false, "");

    public OpeningHours {
        weekly = copyWeek(weekly);
        exceptions = copyExceptions(exceptions);
        note = Checks.optionalText(note);
    }

    /** A place with no known hours: never open. */
    public static OpeningHours none() {
        return NONE;
    }

    /** The YAML field name of a day: "mon" … "sun". */
    public static String dayField(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** The exception written for that date, to show its note. */
    public Optional<DayException> exceptionOn(LocalDate date) {
        return exceptions.stream().filter(e -> e.date().equals(date)).findFirst();
    }

    /** The hours that apply on a date: its exception if any, else closed on a holiday (unless open then), else the week. */
    public List<TimeRange> hoursOn(LocalDate date, HolidayCalendar cal) {
        Optional<DayException> exception = exceptionOn(date);
        if (exception.isPresent()) {
            return exception.get().hours();
        }
        if (!openOnHolidays && cal.isHoliday(date)) {
            return List.of();
        }
        return weekly.get(date.getDayOfWeek());
    }

    public boolean isOpenAt(ZonedDateTime t, HolidayCalendar cal) {
        LocalDate day = t.withZoneSameInstant(MilanTime.ZONE).toLocalDate();
        return periodsOn(day, cal).stream().anyMatch(p -> p.contains(t));
    }

    public OpenStatus statusAt(ZonedDateTime now, HolidayCalendar cal) {
        LocalDate today = now.withZoneSameInstant(MilanTime.ZONE).toLocalDate();
        boolean open = isOpenAt(now, cal);
        Optional<ZonedDateTime> changesAt = open ? closingTime(now, cal) : nextOpening(now, cal);
        return new OpenStatus(open, changesAt, cal.holidayName(today));
    }

    /**
     * The next moment strictly after {@code from} at which the place goes from closed to open. A range that merely
     * continues the one before it (12:00-14:00 then 14:00-18:00, or 20:00-24:00 then 00:00-02:00 the next day) is
     * not an opening. Empty if it does not open within about a year.
     */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime from, HolidayCalendar cal) {
        LocalDate first = from.withZoneSameInstant(MilanTime.ZONE).toLocalDate();
        ZonedDateTime previousEnd = null;
        // start a day early so that a range continuing yesterday's is recognised as no opening
        for (int i = -1; i <= LOOK_AHEAD_DAYS; i++) {
            for (Period period : periodsOn(first.plusDays(i), cal)) {
                boolean continues = previousEnd != null && !period.start().isAfter(previousEnd);
                if (!continues && period.start().isAfter(from)) {
                    return Optional.of(period.start());
                }
                previousEnd = previousEnd == null || period.end().isAfter(previousEnd) ? period.end() : previousEnd;
            }
        }
        return Optional.empty();
    }

    /**
     * When the place closes, if it is open at {@code now}: the end of the current stretch, following ranges that
     * touch across midnight. Empty when closed, or when it stays open for the whole look-ahead.
     */
    public Optional<ZonedDateTime> closingTime(ZonedDateTime now, HolidayCalendar cal) {
        LocalDate today = now.withZoneSameInstant(MilanTime.ZONE).toLocalDate();
        ZonedDateTime end = null;
        for (int i = 0; i <= LOOK_AHEAD_DAYS; i++) {
            for (Period period : periodsOn(today.plusDays(i), cal)) {
                if (end == null) {
                    end = period.contains(now) ? period.end() : null;
                } else if (period.start().isAfter(end)) {
                    return Optional.of(end);
                } else if (period.end().isAfter(end)) {
                    end = period.end();
                }
            }
            if (end == null) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when the place has no hours at all, so the assistant should say "orari non disponibili". */
    public boolean isEmpty() {
        return weekly.values().stream().allMatch(List::isEmpty)
            && exceptions.stream().allMatch(DayException::isClosed);
    }

    /**
     * The day's ranges as real moments, sorted and merged: on the spring night a range can shrink to nothing or
     * move onto the next one, and the callers above rely on periods that neither overlap nor are empty.
     */
    private List<Period> periodsOn(LocalDate date, HolidayCalendar cal) {
        List<Period> periods = new ArrayList<>();
        for (TimeRange range : hoursOn(date, cal)) {
            ZonedDateTime start = ZonedDateTime.of(date, range.opens(), MilanTime.ZONE);
            ZonedDateTime end = range.endsAtMidnight()
                ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, MilanTime.ZONE)
                : ZonedDateTime.of(date, range.closes(), MilanTime.ZONE);
            if (start.isBefore(end)) {
                periods.add(new Period(start, end));
            }
        }
        periods.sort(Comparator.comparing(Period::start));
        List<Period> merged = new ArrayList<>();
        for (Period period : periods) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !period.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Period(last.start(), period.end().isAfter(last.end()) ? period.end() : last.end()));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }

    /** An open stretch between two real moments, start inclusive and end exclusive. */
    private record Period(ZonedDateTime start, ZonedDateTime end) {
        boolean contains(ZonedDateTime t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    private static Map<DayOfWeek, List<TimeRange>> copyWeek(Map<DayOfWeek, List<TimeRange>> weekly) {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of());
        }
        if (weekly != null) {
            for (Map.Entry<DayOfWeek, List<TimeRange>> entry : weekly.entrySet()) {
                if (entry.getKey() == null) {
                    throw new InvalidEntryException("openingHours", "has hours for a day without a name");
                }
                week.put(entry.getKey(), TimeRange.sortedDay("openingHours." + dayField(entry.getKey()), entry.getValue()));
            }
        }
        return Map.copyOf(week);
    }

    private static List<DayException> copyExceptions(List<DayException> exceptions) {
        List<DayException> sorted = new ArrayList<>(Checks.list("openingHours.exceptions", exceptions));
        sorted.sort(Comparator.comparing(DayException::date));
        Set<LocalDate> seen = new HashSet<>();
        for (DayException exception : sorted) {
            if (!seen.add(exception.date())) {
                throw new InvalidEntryException("openingHours.exceptions",
                    "has more than one exception for " + exception.date() + "; write one with all its hours");
            }
        }
        return List.copyOf(sorted);
    }
}

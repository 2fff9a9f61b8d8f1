package it.centrinrete.kb.schedule;

import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.hours.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a recurring activity takes place: some days of the week at one time, from a first date, optionally until a
 * last one, every week or every few weeks.
 *
 * @param days the days of the week with a session; at least one
 * @param start the local (Milan) time sessions begin, on a whole minute because session ids stop at the minute
 * @param duration from 5 minutes to 12 hours
 * @param from the first day a session can take place
 * @param until the last day a session can take place, inclusive; null when the activity has no end date
 * @param everyWeeks 1 for every week, 2 for every other week … up to 8, counted from the week (Monday) of {@code from}
 * @param except dates without a session (the teacher is away)
 * @param skipHolidays true when public holidays have no session
 */
public record WeeklyRecurrence(
    Set<DayOfWeek> days,
    LocalTime start,
    Duration duration,
    LocalDate from,
    LocalDate until,
    int everyWeeks,
    List<LocalDate> except,
    boolean skipHolidays
) {
    private static final Duration SHORTEST = Duration.ofMinutes(5);
    private static final Duration LONGEST = Duration.ofHours(12);
    private static final int MOST_WEEKS_APART = 8;

    public WeeklyRecurrence {
        days = copyDays(days);
        Checks.required("schedule.time", start);
        if (start.getSecond() != 0 || start.getNano() != 0) {
            throw new InvalidEntryException("schedule.time", "must be on a whole minute, not '" + start + "'");
        }
        Checks.required("schedule.durationMinutes", duration);
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw new InvalidEntryException("schedule.durationMinutes",
                "must be from 5 to 720 minutes, not '" + minutes(duration) + "'");
        }
        Checks.required("schedule.from", from);
        if (until != null && until.isBefore(from)) {
            throw new InvalidEntryException("schedule.until", "'" + until + "' is before the first day '" + from + "'");
        }
        if (everyWeeks < 1 || everyWeeks > MOST_WEEKS_APART) {
            throw new InvalidEntryException("schedule.everyWeeks", "must be from 1 to 8, not '" + everyWeeks + "'");
        }
        except = Checks.list("schedule.except", except);
    }

    /** Every week, no exceptions, no end, no session on public holidays: how most activities are written. */
    public static WeeklyRecurrence weekly(Set<DayOfWeek> days, LocalTime start, Duration duration, LocalDate from) {
        return new WeeklyRecurrence(days, start, duration, from, null, 1, List.of(), true);
    }

    /**
     * The local start of each session from {@code rangeFrom} to {@code rangeTo} (both inclusive), in order.
     * Empty when the range is backwards or outside the recurrence's dates.
     */
    public List<LocalDateTime> occurrences(LocalDate rangeFrom, LocalDate rangeTo, HolidayCalendar cal) {
        Objects.requireNonNull(rangeFrom, "rangeFrom");
        Objects.requireNonNull(rangeTo, "rangeTo");
        Objects.requireNonNull(cal, "cal");
        LocalDate first = rangeFrom.isBefore(from) ? from : rangeFrom;
        LocalDate last = until != null && until.isBefore(rangeTo) ? until : rangeTo;
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDateTime> result = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (takesPlaceOn(date, firstMonday, cal)) {
                result.add(date.atTime(start));
            }
        }
        return List.copyOf(result);
    }

    private boolean takesPlaceOn(LocalDate date, LocalDate firstMonday, HolidayCalendar cal) {
        if (!days.contains(date.getDayOfWeek()) || except.contains(date)) {
            return false;
        }
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (ChronoUnit.WEEKS.between(firstMonday, monday) % everyWeeks != 0) {
            return false;
        }
        return !(skipHolidays && cal.isHoliday(date));
    }

    private static Set<DayOfWeek> copyDays(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            throw new InvalidEntryException("schedule.days", "needs at least one day of the week (mon … sun)");
        }
        for (DayOfWeek day : days) {
            if (day == null) {
                throw new InvalidEntryException("schedule.days", "must not contain empty items");
            }
        }
        return Set.copyOf(EnumSet.copyOf(days));
    }

    private static String minutes(Duration duration) {
        return duration.getSeconds() % 60 == 0 ? Long.toString(duration.toMinutes()) : duration.toString();
    }
}

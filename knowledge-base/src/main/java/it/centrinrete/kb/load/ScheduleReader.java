package it.centrinrete.kb.load;

import it.centrinrete.kb.schedule.WeeklyRecurrence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads an activity's {@code schedule} group into a weekly recurrence rule. */
final class ScheduleReader {
    private ScheduleReader() {
    }

    static WeeklyRecurrence read(FieldMap schedule) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Field day : schedule.require("days").asList()) {
            days.add(DayNames.require(day));
        }
        LocalTime start = time(schedule.require("time"));
        int minutes = schedule.require("durationMinutes").asInt();
        LocalDate from = schedule.date("from");
        LocalDate until = schedule.optionalDate("until").orElse(null);
        int everyWeeks = schedule.get("everyWeeks").map(Field::asInt).orElse(1);
        List<LocalDate> except = new ArrayList<>();
        for (Field day : schedule.list("except")) {
            except.add(day.asDate());
        }
        boolean skipHolidays = schedule.bool("skipHolidays", true);
        return Located.build(schedule, () -> new WeeklyRecurrence(days, start, Duration.ofMinutes(minutes), from, until,
            everyWeeks, except, skipHolidays));
    }

    private static LocalTime time(Field field) {
        String text = field.asString().strip().replace('.', ':');
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw field.error("must be a time written HH:MM, not '" + field.asString() + "'");
        }
    }
}

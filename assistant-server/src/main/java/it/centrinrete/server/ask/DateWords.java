package it.centrinrete.server.ask;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The days people name when they ask what is on: "oggi", "stasera", "domani", "dopodomani", a weekday ("giovedì",
 * "lunedì prossimo"), "questa settimana", "la settimana prossima". Read from text already lowercased and without
 * accents ({@link Intent#normalise}).
 */
final class DateWords {
    /**
     * A span of days, both ends included.
     *
     * @param label how to say it back ("domani", "giovedì 26 novembre", "questa settimana")
     */
    record Days(LocalDate from, LocalDate to, String label) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
        "lunedi", DayOfWeek.MONDAY, "martedi", DayOfWeek.TUESDAY, "mercoledi", DayOfWeek.WEDNESDAY,
        "giovedi", DayOfWeek.THURSDAY, "venerdi", DayOfWeek.FRIDAY, "sabato", DayOfWeek.SATURDAY, "domenica", DayOfWeek.SUNDAY);

    private static final DateTimeFormatter NAMED_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ITALIAN);

    private DateWords() {
    }

    static Optional<Days> find(String normalised, LocalDate today) {
        String text = " " + normalised + " ";
        if (text.contains(" dopodomani ")) {
            return Optional.of(new Days(today.plusDays(2), today.plusDays(2), "dopodomani"));
        }
        if (text.contains(" domani ")) {
            return Optional.of(new Days(today.plusDays(1), today.plusDays(1), "domani"));
        }
        if (text.contains(" oggi ") || text.contains(" stasera ") || text.contains(" stamattina ")) {
            return Optional.of(new Days(today, today, "oggi"));
        }
        if (text.contains(" settimana prossima ") || text.contains(" prossima settimana ")) {
            LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return Optional.of(new Days(monday, monday.plusDays(6), "la settimana prossima"));
        }
        if (text.contains(" settimana ")) {
            return Optional.of(new Days(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), "questa settimana"));
        }
        for (var weekday : WEEKDAYS.entrySet()) {
            String name = weekday.getKey();
            if (text.contains(" " + name + " ")) {
                // "giovedì" is the coming Thursday, today included; "giovedì prossimo" said on a Thursday is next week's
                boolean next = text.contains(" " + name + " prossim") || text.contains(" prossimo " + name + " ");
                LocalDate day = next ? today.with(TemporalAdjusters.next(weekday.getValue()))
                    : today.with(TemporalAdjusters.nextOrSame(weekday.getValue()));
                return Optional.of(new Days(day, day, NAMED_DAY.format(day)));
            }
        }
        return Optional.empty();
    }
}

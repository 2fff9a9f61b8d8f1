package it.centrinrete.kb.hours;

import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalDate;
import java.util.List;

/**
 * Hours for one date that replace the usual ones: Christmas Eve mornings, closures for the summer break.
 *
 * @param hours the ranges open that day; empty means closed all day
 * @param note why the day is different ("Vigilia di Natale"), shown to users; empty when none
 */
public record DayException(LocalDate date, List<TimeRange> hours, String note) {
    public DayException {
        if (date == null) {
            throw new InvalidEntryException("openingHours.exceptions.date", "is required");
        }
        hours = TimeRange.sortedDay("openingHours.exceptions.hours", hours);
        note = Checks.optionalText(note);
    }

    public static DayException closed(LocalDate date, String note) {
        return new DayException(date, List.of(), note);
    }

    public boolean isClosed() {
        return hours.isEmpty();
    }
}

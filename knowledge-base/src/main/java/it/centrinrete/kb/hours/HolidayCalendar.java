package it.centrinrete.kb.hours;

import java.time.LocalDate;
import java.util.Optional;

/** Which dates are public holidays, on which most centres close. */
public interface HolidayCalendar {
    /** The holiday's name as shown to users ("Sant'Ambrogio"), or empty on an ordinary day. */
    Optional<String> holidayName(LocalDate date);

    default boolean isHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    /** Italian national holidays plus Milan's patron, Sant'Ambrogio. */
    static HolidayCalendar milan() {
        return ItalianHolidays.milan();
    }

    /** No holidays at all: for services that run every day and for tests. */
    static HolidayCalendar none() {
        return date -> Optional.empty();
    }
}

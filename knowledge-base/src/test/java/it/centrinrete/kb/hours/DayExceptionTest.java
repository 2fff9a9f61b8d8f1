package it.centrinrete.kb.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayExceptionTest {
    @Test
    void emptyHoursMeanClosedAllDay() {
        // given
        LocalDate date = LocalDate.of(2026, 12, 31);

        // when
        DayException exception = new DayException(date, null, null);

        // then
        assertThat(exception.isClosed()).isTrue();
        assertThat(exception.hours()).isEmpty();
        assertThat(exception.note()).isEmpty();
    }

    @Test
    void sortsItsHours() {
        // given
        List<TimeRange> hours = List.of(
            new TimeRange(LocalTime.of(15, 0), LocalTime.of(17, 0)),
            new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)));

        // when
        DayException exception = new DayException(LocalDate.of(2026, 12, 24), hours, " Vigilia di Natale ");

        // then
        assertThat(exception.hours()).extracting(TimeRange::format).containsExactly("09:00-12:00", "15:00-17:00");
        assertThat(exception.note()).isEqualTo("Vigilia di Natale");
    }

    @Test
    void refusesOverlappingHours() {
        // given
        List<TimeRange> hours = List.of(
            new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new TimeRange(LocalTime.of(10, 0), LocalTime.of(11, 0)));

        // when / then
        assertThatThrownBy(() -> new DayException(LocalDate.of(2026, 12, 24), hours, ""))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("openingHours.exceptions.hours")
            .hasMessageContaining("'09:00-12:00' and '10:00-11:00' overlap");
    }

    @Test
    void requiresADate() {
        // when / then
        assertThatThrownBy(() -> new DayException(null, List.of(), ""))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("openingHours.exceptions.date");
    }
}

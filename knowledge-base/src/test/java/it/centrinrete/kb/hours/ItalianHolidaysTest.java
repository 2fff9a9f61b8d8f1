package it.centrinrete.kb.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianHolidaysTest {
    private final HolidayCalendar milan = HolidayCalendar.milan();

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2019, 2019-04-21",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
    })
    void computesEasterSunday(int year, LocalDate expected) {
        // given the year

        // when
        LocalDate easter = ItalianHolidays.easterSunday(year);

        // then
        assertThat(easter).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28"})
    void namesEasterSunday(LocalDate date) {
        // when / then
        assertThat(milan.holidayName(date)).contains("Pasqua");
    }

    @ParameterizedTest
    @CsvSource({"2024-04-01", "2025-04-21", "2026-04-06", "2027-03-29"})
    void namesEasterMonday(LocalDate date) {
        // when / then
        assertThat(milan.holidayName(date)).contains("Lunedì dell'Angelo");
    }

    @Test
    void theTuesdayAfterEasterIsAWorkingDay() {
        // given
        LocalDate tuesday = LocalDate.of(2026, 4, 7);

        // when / then
        assertThat(milan.isHoliday(tuesday)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-01-01 | Capodanno",
        "2026-01-06 | Epifania",
        "2026-04-25 | Festa della Liberazione",
        "2026-05-01 | Festa del Lavoro",
        "2026-06-02 | Festa della Repubblica",
        "2026-08-15 | Ferragosto",
        "2026-11-01 | Ognissanti",
        "2026-12-08 | Immacolata",
        "2026-12-25 | Natale",
        "2026-12-26 | Santo Stefano",
    })
    void namesTheFixedNationalHolidaysInItalian(LocalDate date, String name) {
        // when / then
        assertThat(milan.holidayName(date)).contains(name);
    }

    @Test
    void santAmbrogioIsAHolidayInMilan() {
        // given
        LocalDate seventhOfDecember = LocalDate.of(2026, 12, 7);

        // when / then
        assertThat(milan.holidayName(seventhOfDecember)).contains("Sant'Ambrogio");
    }

    @Test
    void anotherCityHasItsOwnPatronAndNotSantAmbrogio() {
        // given
        HolidayCalendar turin = new ItalianHolidays(MonthDay.of(6, 24), "San Giovanni");

        // when / then
        assertThat(turin.holidayName(LocalDate.of(2026, 6, 24))).contains("San Giovanni");
        assertThat(turin.isHoliday(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(turin.holidayName(LocalDate.of(2026, 12, 25))).contains("Natale");
    }

    @Test
    void saintFrancisIsANationalHolidayFrom2026() {
        // given
        LocalDate in2026 = LocalDate.of(2026, 10, 4);
        LocalDate in2027 = LocalDate.of(2027, 10, 4);

        // when / then
        assertThat(milan.holidayName(in2026)).contains("San Francesco d'Assisi");
        assertThat(milan.holidayName(in2027)).contains("San Francesco d'Assisi");
    }

    @Test
    void saintFrancisWasNotAHolidayIn2025() {
        // given
        LocalDate in2025 = LocalDate.of(2025, 10, 4);

        // when / then
        assertThat(milan.holidayName(in2025)).isEmpty();
    }

    @Test
    void anOrdinaryDayHasNoHolidayName() {
        // given
        LocalDate ordinary = LocalDate.of(2026, 3, 10);

        // when / then
        assertThat(milan.holidayName(ordinary)).isEmpty();
        assertThat(milan.isHoliday(ordinary)).isFalse();
    }

    @Test
    void theEmptyCalendarHasNoHolidays() {
        // given
        HolidayCalendar none = HolidayCalendar.none();

        // when / then
        assertThat(none.isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void refusesAPatronWithoutAName() {
        // when / then
        assertThatThrownBy(() -> new ItalianHolidays(MonthDay.of(6, 24), " "))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("patronName");
    }
}

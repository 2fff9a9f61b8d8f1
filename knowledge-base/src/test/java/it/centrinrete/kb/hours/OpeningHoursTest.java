package it.centrinrete.kb.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
    private static final HolidayCalendar MILAN = HolidayCalendar.milan();
    private static final HolidayCalendar NO_HOLIDAYS = HolidayCalendar.none();

    /** The sample centre of the content format: mornings and afternoons, Monday to Saturday. */
    private static OpeningHours centre(List<DayException> exceptions, boolean openOnHolidays) {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            week.put(day, TimeRange.parseDay("openingHours." + OpeningHours.dayField(day), "09:00-12:00, 14:30-18:30"));
        }
        return new OpeningHours(week, exceptions, openOnHolidays, "In agosto chiuso per ferie.");
    }

    private static OpeningHours centre() {
        return centre(List.of(), false);
    }

    private static ZonedDateTime rome(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute), MilanTime.ZONE);
    }

    private static List<TimeRange> hours(String text) {
        return TimeRange.parseDay("openingHours.exceptions.hours", text);
    }

    @Test
    void missingDaysAreClosed() {
        // given
        OpeningHours hours = centre();

        // when / then
        assertThat(hours.weekly()).containsOnlyKeys(DayOfWeek.values());
        assertThat(hours.weekly().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.hoursOn(LocalDate.of(2026, 3, 15), NO_HOLIDAYS)).isEmpty();
    }

    @Test
    void copiesTheMapsItIsGiven() {
        // given
        Map<DayOfWeek, List<TimeRange>> week = new HashMap<>();
        List<TimeRange> monday = new ArrayList<>(hours("09:00-12:00"));
        week.put(DayOfWeek.MONDAY, monday);
        List<DayException> exceptions = new ArrayList<>();
        OpeningHours hours = new OpeningHours(week, exceptions, false, null);

        // when
        week.put(DayOfWeek.TUESDAY, hours("09:00-12:00"));
        monday.clear();
        exceptions.add(DayException.closed(LocalDate.of(2026, 3, 9), ""));

        // then
        assertThat(hours.weekly().get(DayOfWeek.MONDAY)).hasSize(1);
        assertThat(hours.weekly().get(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(hours.exceptions()).isEmpty();
        assertThat(hours.note()).isEmpty();
    }

    @Test
    void sortsAndChecksTheRangesOfEachDay() {
        // given
        Map<DayOfWeek, List<TimeRange>> week = Map.of(DayOfWeek.FRIDAY, List.of(
            new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new TimeRange(LocalTime.of(11, 0), LocalTime.of(13, 0))));

        // when / then
        assertThatThrownBy(() -> new OpeningHours(week, List.of(), false, ""))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("openingHours.fri")
            .hasMessageContaining("overlap");
    }

    @Test
    void refusesTwoExceptionsForTheSameDateNamingTheDate() {
        // given
        List<DayException> exceptions = List.of(
            new DayException(LocalDate.of(2026, 12, 24), hours("09:00-12:00"), "Vigilia di Natale"),
            DayException.closed(LocalDate.of(2026, 12, 24), "Chiuso"));

        // when / then
        assertThatThrownBy(() -> centre(exceptions, false))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("openingHours.exceptions")
            .hasMessageContaining("2026-12-24");
    }

    @Test
    void keepsExceptionsSortedByDate() {
        // given
        List<DayException> exceptions = List.of(
            DayException.closed(LocalDate.of(2026, 12, 31), "Chiusura per fine anno"),
            new DayException(LocalDate.of(2026, 12, 24), hours("09:00-12:00"), "Vigilia di Natale"));

        // when
        OpeningHours hours = centre(exceptions, false);

        // then
        assertThat(hours.exceptions()).extracting(DayException::date)
            .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
        assertThat(hours.exceptionOn(LocalDate.of(2026, 12, 24))).map(DayException::note).contains("Vigilia di Natale");
    }

    @Test
    void usesTheWeeklyHoursOnAnOrdinaryDay() {
        // given
        OpeningHours hours = centre();

        // when
        List<TimeRange> tuesday = hours.hoursOn(LocalDate.of(2026, 3, 10), MILAN);

        // then
        assertThat(tuesday).extracting(TimeRange::format).containsExactly("09:00-12:00", "14:30-18:30");
    }

    @Test
    void isClosedOnSantAmbrogioInMilan() {
        // given
        OpeningHours hours = centre();
        LocalDate santAmbrogio = LocalDate.of(2026, 12, 7);

        // when / then
        assertThat(hours.hoursOn(santAmbrogio, MILAN)).isEmpty();
        assertThat(hours.isOpenAt(rome(2026, 12, 7, 10, 0), MILAN)).isFalse();
        assertThat(hours.hoursOn(santAmbrogio, NO_HOLIDAYS)).hasSize(2);
    }

    @Test
    void opensOnHolidaysWhenToldTo() {
        // given
        OpeningHours hours = centre(List.of(), true);

        // when / then
        assertThat(hours.isOpenAt(rome(2026, 12, 7, 10, 0), MILAN)).isTrue();
    }

    @Test
    void anExceptionOverridesAHoliday() {
        // given
        OpeningHours hours = centre(List.of(
            new DayException(LocalDate.of(2026, 12, 8), hours("10:00-12:00"), "Apertura straordinaria")), false);

        // when / then
        assertThat(hours.isOpenAt(rome(2026, 12, 8, 10, 30), MILAN)).isTrue();
        assertThat(hours.isOpenAt(rome(2026, 12, 8, 9, 30), MILAN)).isFalse();
    }

    @Test
    void aClosedExceptionOverridesTheWeekAndOpenOnHolidays() {
        // given
        OpeningHours hours = centre(List.of(
            DayException.closed(LocalDate.of(2026, 3, 10), "Assemblea dei soci"),
            DayException.closed(LocalDate.of(2026, 12, 8), "Chiuso")), true);

        // when / then
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 10, 0), MILAN)).isFalse();
        assertThat(hours.isOpenAt(rome(2026, 12, 8, 10, 0), MILAN)).isFalse();
    }

    @Test
    void anExceptionOverridesTheWeeklyHours() {
        // given
        OpeningHours hours = centre(List.of(
            new DayException(LocalDate.of(2026, 3, 15), hours("15:00-17:00"), "Festa di primavera")), false);

        // when / then
        assertThat(hours.hoursOn(LocalDate.of(2026, 3, 15), MILAN)).extracting(TimeRange::format).containsExactly("15:00-17:00");
        assertThat(hours.isOpenAt(rome(2026, 3, 15, 16, 0), MILAN)).isTrue();
    }

    @Test
    void isOpenFromTheOpeningMinuteUpToButNotAtTheClosingMinute() {
        // given
        OpeningHours hours = centre();

        // when / then
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 8, 59), MILAN)).isFalse();
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 9, 0), MILAN)).isTrue();
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 11, 59), MILAN)).isTrue();
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 12, 0), MILAN)).isFalse();
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 14, 30), MILAN)).isTrue();
        assertThat(hours.isOpenAt(rome(2026, 3, 10, 18, 30), MILAN)).isFalse();
    }

    @Test
    void convertsATimeGivenInUtcToMilanTime() {
        // given 08:30 UTC is 09:30 in Milan in winter, 07:30 UTC is 08:30
        OpeningHours hours = centre();
        ZonedDateTime halfPastEightUtc = ZonedDateTime.of(2026, 3, 10, 8, 30, 0, 0, ZoneOffset.UTC);
        ZonedDateTime halfPastSevenUtc = ZonedDateTime.of(2026, 3, 10, 7, 30, 0, 0, ZoneOffset.UTC);

        // when / then
        assertThat(hours.isOpenAt(halfPastEightUtc, MILAN)).isTrue();
        assertThat(hours.isOpenAt(halfPastSevenUtc, MILAN)).isFalse();
    }

    @Test
    void convertsAUtcTimeOnTheDayBeforeToTheMilanDate() {
        // given 23:30 UTC on Monday is 00:30 on Tuesday in Milan, when a night service is open
        OpeningHours night = new OpeningHours(Map.of(DayOfWeek.TUESDAY, TimeRange.parseDay("openingHours.tue", "00:00-02:00")),
            List.of(), false, "");
        ZonedDateTime mondayUtc = ZonedDateTime.of(2026, 3, 9, 23, 30, 0, 0, ZoneOffset.UTC);

        // when / then
        assertThat(night.isOpenAt(mondayUtc, MILAN)).isTrue();
    }

    @Test
    void whenOpenTheStatusSaysWhenItCloses() {
        // given
        OpeningHours hours = centre();

        // when
        OpenStatus status = hours.statusAt(rome(2026, 3, 10, 10, 15), MILAN);

        // then
        assertThat(status.open()).isTrue();
        assertThat(status.changesAt()).contains(rome(2026, 3, 10, 12, 0));
        assertThat(status.holidayName()).isEmpty();
    }

    @Test
    void whenClosedAtLunchTheStatusSaysWhenItReopens() {
        // given
        OpeningHours hours = centre();

        // when
        OpenStatus status = hours.statusAt(rome(2026, 3, 10, 12, 0), MILAN);

        // then
        assertThat(status.open()).isFalse();
        assertThat(status.changesAt()).contains(rome(2026, 3, 10, 14, 30));
    }

    @Test
    void theStatusGivenInUtcAnswersInMilanTime() {
        // given
        OpeningHours hours = centre();
        ZonedDateTime utc = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneOffset.UTC);

        // when
        OpenStatus status = hours.statusAt(utc, MILAN);

        // then
        assertThat(status.open()).isTrue();
        assertThat(status.changesAt()).hasValueSatisfying(closes -> {
            assertThat(closes.getZone()).isEqualTo(MilanTime.ZONE);
            assertThat(closes.toLocalTime()).isEqualTo(LocalTime.of(12, 0));
        });
    }

    @Test
    void overTheWeekendTheNextOpeningIsMondayMorning() {
        // given Saturday evening after closing
        OpeningHours hours = centre();

        // when
        OpenStatus status = hours.statusAt(rome(2026, 3, 14, 19, 0), MILAN);

        // then
        assertThat(status.open()).isFalse();
        assertThat(status.changesAt()).contains(rome(2026, 3, 16, 9, 0));
    }

    @Test
    void overChristmasTheNextOpeningSkipsHolidaysAndSunday() {
        // given Christmas Eve (Thursday) open only in the morning, then Natale, Santo Stefano and a Sunday
        OpeningHours hours = centre(List.of(
            new DayException(LocalDate.of(2026, 12, 24), hours("09:00-12:00"), "Vigilia di Natale")), false);

        // when
        OpenStatus afternoon = hours.statusAt(rome(2026, 12, 24, 15, 0), MILAN);
        OpenStatus christmas = hours.statusAt(rome(2026, 12, 25, 10, 0), MILAN);

        // then
        assertThat(afternoon.open()).isFalse();
        assertThat(afternoon.changesAt()).contains(rome(2026, 12, 28, 9, 0));
        assertThat(afternoon.holidayName()).isEmpty();
        assertThat(christmas.open()).isFalse();
        assertThat(christmas.changesAt()).contains(rome(2026, 12, 28, 9, 0));
        assertThat(christmas.holidayName()).contains("Natale");
    }

    @Test
    void onSantAmbrogioTheStatusNamesTheHolidayAndPointsPastTheImmacolata() {
        // given Monday 7 and Tuesday 8 December 2026 are both holidays in Milan
        OpeningHours hours = centre();

        // when
        OpenStatus status = hours.statusAt(rome(2026, 12, 7, 8, 0), MILAN);

        // then
        assertThat(status.open()).isFalse();
        assertThat(status.holidayName()).contains("Sant'Ambrogio");
        assertThat(status.changesAt()).contains(rome(2026, 12, 9, 9, 0));
    }

    @Test
    void nextOpeningIsStrictlyAfterTheGivenMoment() {
        // given
        OpeningHours hours = centre();

        // when
        Optional<ZonedDateTime> fromOpening = hours.nextOpening(rome(2026, 3, 10, 9, 0), MILAN);
        Optional<ZonedDateTime> fromBefore = hours.nextOpening(rome(2026, 3, 10, 8, 59), MILAN);

        // then
        assertThat(fromOpening).contains(rome(2026, 3, 10, 14, 30));
        assertThat(fromBefore).contains(rome(2026, 3, 10, 9, 0));
    }

    @Test
    void rangesThatTouchAreOneOpening() {
        // given
        OpeningHours hours = new OpeningHours(
            Map.of(DayOfWeek.TUESDAY, TimeRange.parseDay("openingHours.tue", "09:00-12:00, 12:00-14:00")), List.of(), false, "");

        // when
        Optional<ZonedDateTime> closes = hours.closingTime(rome(2026, 3, 10, 10, 0), MILAN);
        Optional<ZonedDateTime> opens = hours.nextOpening(rome(2026, 3, 10, 10, 0), MILAN);

        // then
        assertThat(closes).contains(rome(2026, 3, 10, 14, 0));
        assertThat(opens).contains(rome(2026, 3, 17, 9, 0));
    }

    @Test
    void aNightServiceClosesTheMorningAfter() {
        // given open 20:00-24:00 on Friday and 00:00-02:00 on Saturday
        OpeningHours hours = new OpeningHours(Map.of(
            DayOfWeek.FRIDAY, TimeRange.parseDay("openingHours.fri", "20:00-24:00"),
            DayOfWeek.SATURDAY, TimeRange.parseDay("openingHours.sat", "00:00-02:00")), List.of(), false, "");

        // when
        OpenStatus status = hours.statusAt(rome(2026, 3, 13, 23, 0), NO_HOLIDAYS);

        // then
        assertThat(status.open()).isTrue();
        assertThat(status.changesAt()).contains(rome(2026, 3, 14, 2, 0));
        assertThat(hours.nextOpening(rome(2026, 3, 13, 23, 0), NO_HOLIDAYS)).contains(rome(2026, 3, 20, 20, 0));
    }

    @Test
    void aServiceOpenRoundTheClockNeverClosesNorOpens() {
        // given
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, TimeRange.parseDay("openingHours", "00:00-24:00"));
        }
        OpeningHours hours = new OpeningHours(week, List.of(), true, "");

        // when
        OpenStatus status = hours.statusAt(rome(2026, 3, 10, 3, 0), MILAN);

        // then
        assertThat(status.open()).isTrue();
        assertThat(status.changesAt()).isEmpty();
        assertThat(hours.nextOpening(rome(2026, 3, 10, 3, 0), MILAN)).isEmpty();
    }

    @Test
    void closingTimeIsEmptyWhenClosed() {
        // given
        OpeningHours hours = centre();

        // when / then
        assertThat(hours.closingTime(rome(2026, 3, 10, 13, 0), MILAN)).isEmpty();
    }

    @Test
    void aPlaceWithoutHoursNeverOpens() {
        // given
        OpeningHours hours = OpeningHours.none();

        // when
        OpenStatus status = hours.statusAt(rome(2026, 3, 10, 10, 0), MILAN);

        // then
        assertThat(hours.isEmpty()).isTrue();
        assertThat(status.open()).isFalse();
        assertThat(status.changesAt()).isEmpty();
    }

    @Test
    void aPlaceOpenOnlyOnOneExceptionIsNotEmptyAndOpensThatDay() {
        // given
        OpeningHours hours = new OpeningHours(Map.of(), List.of(
            new DayException(LocalDate.of(2026, 5, 16), hours("15:00-18:00"), "Open day")), false, "");

        // when / then
        assertThat(hours.isEmpty()).isFalse();
        assertThat(hours.nextOpening(rome(2026, 3, 10, 10, 0), MILAN)).contains(rome(2026, 5, 16, 15, 0));
    }

    @Test
    void onlyClosedExceptionsLeaveThePlaceEmpty() {
        // given
        OpeningHours hours = new OpeningHours(Map.of(), List.of(DayException.closed(LocalDate.of(2026, 5, 16), null)), false, "");

        // when / then
        assertThat(hours.isEmpty()).isTrue();
    }

    @Test
    void looksAheadNoMoreThanAboutAYear() {
        // given an opening 400 days away
        LocalDate far = LocalDate.of(2027, 4, 14);
        OpeningHours hours = new OpeningHours(Map.of(), List.of(new DayException(far, hours("10:00-11:00"), "")), false, "");

        // when / then
        assertThat(hours.nextOpening(rome(2026, 3, 10, 10, 0), MILAN)).isEmpty();
        assertThat(hours.nextOpening(rome(2026, 4, 14, 10, 0), MILAN)).contains(rome(2027, 4, 14, 10, 0));
    }
}

package it.centrinrete.kb.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.hours.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeeklyRecurrenceTest {
    private static final HolidayCalendar MILAN = HolidayCalendar.milan();
    private static final Set<DayOfWeek> TUE_THU = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final Duration HOUR = Duration.ofMinutes(60);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 15);

    /** The gentle gym of the content format: Tuesdays and Thursdays at ten, from 15 September 2026. */
    private static WeeklyRecurrence gym(LocalDate until, int everyWeeks, List<LocalDate> except, boolean skipHolidays) {
        return new WeeklyRecurrence(TUE_THU, TEN, HOUR, FIRST_DAY, until, everyWeeks, except, skipHolidays);
    }

    private static List<LocalDate> dates(List<LocalDateTime> starts) {
        return starts.stream().map(LocalDateTime::toLocalDate).toList();
    }

    @Test
    void listsTheSessionsOfARangeInOrderAtTheirTime() {
        // given
        WeeklyRecurrence schedule = WeeklyRecurrence.weekly(TUE_THU, TEN, HOUR, FIRST_DAY);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 15), MILAN);

        // then
        assertThat(starts).containsExactly(
            LocalDateTime.of(2026, 10, 6, 10, 0),
            LocalDateTime.of(2026, 10, 8, 10, 0),
            LocalDateTime.of(2026, 10, 13, 10, 0),
            LocalDateTime.of(2026, 10, 15, 10, 0));
    }

    @Test
    void startsNoEarlierThanTheFirstDay() {
        // given
        WeeklyRecurrence schedule = gym(null, 1, List.of(), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 18), MILAN);

        // then
        assertThat(dates(starts)).containsExactly(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 17));
    }

    @Test
    void stopsOnTheLastDayInclusive() {
        // given
        WeeklyRecurrence schedule = gym(LocalDate.of(2026, 9, 24), 1, List.of(), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), MILAN);

        // then
        assertThat(dates(starts)).containsExactly(
            LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 17), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 24));
    }

    @Test
    void skipsTheExceptDates() {
        // given
        WeeklyRecurrence schedule = gym(null, 1, List.of(LocalDate.of(2026, 10, 8)), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 11), MILAN);

        // then
        assertThat(dates(starts)).containsExactly(LocalDate.of(2026, 10, 6));
    }

    @Test
    void skipsPublicHolidaysWhenAsked() {
        // given Tuesday 8 December is the Immacolata, Thursday 24 December is not a holiday
        WeeklyRecurrence schedule = gym(null, 1, List.of(), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), MILAN);

        // then
        assertThat(dates(starts)).containsExactly(
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
            LocalDate.of(2026, 12, 10),
            LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 17),
            LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 31));
    }

    @Test
    void keepsPublicHolidaysWhenNotAsked() {
        // given
        WeeklyRecurrence schedule = gym(null, 1, List.of(), false);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), MILAN);

        // then
        assertThat(dates(starts)).containsExactly(LocalDate.of(2026, 12, 8));
    }

    @Test
    void skipsSantAmbrogioWithTheMilanCalendar() {
        // given Monday 7 December 2026
        WeeklyRecurrence schedule = WeeklyRecurrence.weekly(Set.of(DayOfWeek.MONDAY), TEN, HOUR, FIRST_DAY);

        // when
        List<LocalDateTime> inMilan = schedule.occurrences(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14), MILAN);
        List<LocalDateTime> elsewhere = schedule.occurrences(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14),
            HolidayCalendar.none());

        // then
        assertThat(dates(inMilan)).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14));
        assertThat(dates(elsewhere)).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14));
    }

    @Test
    void everyOtherWeekCountsFromTheWeekOfTheFirstDay() {
        // given Mondays and Wednesdays every other week from Wednesday 16 September (week of Monday 14)
        WeeklyRecurrence schedule = new WeeklyRecurrence(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), TEN, HOUR,
            LocalDate.of(2026, 9, 16), null, 2, List.of(), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 18), MILAN);

        // then
        assertThat(dates(starts)).containsExactly(
            LocalDate.of(2026, 9, 16),
            LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 14));
    }

    @Test
    void everyOtherWeekStaysInStepAcrossTheYear() {
        // given
        WeeklyRecurrence schedule = gym(LocalDate.of(2027, 1, 31), 2, List.of(), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 17), MILAN);

        // then 15 September 2026 is week 0, so 29 December is week 15 (off) and 5 January week 16 (on)
        assertThat(dates(starts)).containsExactly(
            LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 7));
    }

    @Test
    void combinesUntilExceptHolidaysAndEveryOtherWeek() {
        // given every other week from 15 September until 10 December, except 13 October
        WeeklyRecurrence schedule = gym(LocalDate.of(2026, 12, 10), 2, List.of(LocalDate.of(2026, 10, 13)), true);

        // when
        List<LocalDateTime> starts = schedule.occurrences(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), MILAN);

        // then weeks 0, 2, 4 … ; 8 December (week 12) is the Immacolata
        assertThat(dates(starts)).containsExactly(
            LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 17),
            LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 15),
            LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 29),
            LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12),
            LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 12, 10));
    }

    @Test
    void aBackwardsRangeHasNoSessions() {
        // given
        WeeklyRecurrence schedule = gym(null, 1, List.of(), true);

        // when / then
        assertThat(schedule.occurrences(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 1), MILAN)).isEmpty();
    }

    @Test
    void aRangeAfterTheLastDayHasNoSessions() {
        // given
        WeeklyRecurrence schedule = gym(LocalDate.of(2026, 9, 30), 1, List.of(), true);

        // when / then
        assertThat(schedule.occurrences(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), MILAN)).isEmpty();
    }

    @Test
    void copiesItsCollections() {
        // given
        Set<DayOfWeek> days = new HashSet<>(TUE_THU);
        List<LocalDate> except = new ArrayList<>(List.of(LocalDate.of(2026, 10, 8)));
        WeeklyRecurrence schedule = new WeeklyRecurrence(days, TEN, HOUR, FIRST_DAY, null, 1, except, true);

        // when
        days.add(DayOfWeek.FRIDAY);
        except.clear();

        // then
        assertThat(schedule.days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(schedule.except()).containsExactly(LocalDate.of(2026, 10, 8));
    }

    @Test
    void refusesNoDays() {
        // when / then
        assertThatThrownBy(() -> new WeeklyRecurrence(Set.of(), TEN, HOUR, FIRST_DAY, null, 1, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageStartingWith("schedule.days: ");
    }

    @Test
    void refusesTooShortAndTooLongSessions() {
        // when / then
        assertThatThrownBy(() -> new WeeklyRecurrence(TUE_THU, TEN, Duration.ofMinutes(4), FIRST_DAY, null, 1, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("schedule.durationMinutes: must be from 5 to 720 minutes, not '4'");
        assertThatThrownBy(() -> new WeeklyRecurrence(TUE_THU, TEN, Duration.ofMinutes(721), FIRST_DAY, null, 1, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("schedule.durationMinutes: must be from 5 to 720 minutes, not '721'");
    }

    @Test
    void acceptsTheShortestAndLongestSessions() {
        // when
        WeeklyRecurrence shortest = new WeeklyRecurrence(TUE_THU, TEN, Duration.ofMinutes(5), FIRST_DAY, null, 1, List.of(), true);
        WeeklyRecurrence longest = new WeeklyRecurrence(TUE_THU, TEN, Duration.ofHours(12), FIRST_DAY, null, 8, List.of(), true);

        // then
        assertThat(shortest.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(longest.everyWeeks()).isEqualTo(8);
    }

    @Test
    void refusesALastDayBeforeTheFirst() {
        // when / then
        assertThatThrownBy(() -> gym(LocalDate.of(2026, 9, 14), 1, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("schedule.until: '2026-09-14' is before the first day '2026-09-15'");
    }

    @Test
    void acceptsALastDayEqualToTheFirst() {
        // when
        WeeklyRecurrence once = gym(FIRST_DAY, 1, List.of(), true);

        // then
        assertThat(once.occurrences(FIRST_DAY.minusDays(7), FIRST_DAY.plusDays(7), MILAN))
            .containsExactly(FIRST_DAY.atTime(TEN));
    }

    @Test
    void refusesEveryWeeksOutsideOneToEight() {
        // when / then
        assertThatThrownBy(() -> gym(null, 0, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("schedule.everyWeeks: must be from 1 to 8, not '0'");
        assertThatThrownBy(() -> gym(null, 9, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("'9'");
    }

    @Test
    void refusesAStartTimeWithSeconds() {
        // when / then
        assertThatThrownBy(() -> new WeeklyRecurrence(TUE_THU, LocalTime.of(10, 0, 30), HOUR, FIRST_DAY, null, 1, List.of(), true))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("schedule.time: must be on a whole minute, not '10:00:30'");
    }

    @Test
    void requiresTimeDurationAndFirstDay() {
        // when / then
        assertThatThrownBy(() -> new WeeklyRecurrence(TUE_THU, null, HOUR, FIRST_DAY, null, 1, List.of(), true))
            .hasMessageStartingWith("schedule.time: ");
        assertThatThrownBy(() -> new WeeklyRecurrence(TUE_THU, TEN, null, FIRST_DAY, null, 1, List.of(), true))
            .hasMessageStartingWith("schedule.durationMinutes: ");
        assertThatThrownBy(() -> new WeeklyRecurrence(TUE_THU, TEN, HOUR, null, null, 1, List.of(), true))
            .hasMessageStartingWith("schedule.from: ");
    }

    @Test
    void treatsMissingExceptAsNone() {
        // when
        WeeklyRecurrence schedule = gym(null, 1, null, true);

        // then
        assertThat(schedule.except()).isEmpty();
    }
}

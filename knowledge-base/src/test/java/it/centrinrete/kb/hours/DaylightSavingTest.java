package it.centrinrete.kb.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nights the clocks change in 2026: on Sunday 29 March 02:00 becomes 03:00, on Sunday 25 October 03:00
 * becomes 02:00 again. Hours are written in wall-clock time; the answers must be right in real time.
 */
class DaylightSavingTest {
    private static final HolidayCalendar NO_HOLIDAYS = HolidayCalendar.none();
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    private static OpeningHours sundays(String text) {
        return new OpeningHours(Map.of(DayOfWeek.SUNDAY, TimeRange.parseDay("openingHours.sun", text)), List.of(), false, "");
    }

    private static ZonedDateTime rome(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), MilanTime.ZONE);
    }

    private static ZonedDateTime at(LocalDate date, int hour, int minute, ZoneOffset offset) {
        return ZonedDateTime.ofLocal(date.atTime(hour, minute), MilanTime.ZONE, offset);
    }

    private static ZonedDateTime utc(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), ZoneOffset.UTC);
    }

    @Test
    void aMorningServiceIsOpenAtTenOnTheSundayTheClocksGoForward() {
        // given
        OpeningHours hours = sundays("09:00-12:00");

        // when / then
        assertThat(hours.isOpenAt(rome(SPRING, 10, 0), NO_HOLIDAYS)).isTrue();
        assertThat(hours.closingTime(rome(SPRING, 10, 0), NO_HOLIDAYS)).contains(at(SPRING, 12, 0, SUMMER));
    }

    @Test
    void onTheSpringSundayAUtcTimeIsReadWithTheSummerOffset() {
        // given 07:30 UTC is 09:30 in Milan from 29 March, but 08:30 the Sunday before
        OpeningHours hours = sundays("09:00-12:00");

        // when / then
        assertThat(hours.isOpenAt(utc(SPRING, 7, 30), NO_HOLIDAYS)).isTrue();
        assertThat(hours.isOpenAt(utc(SPRING.minusWeeks(1), 7, 30), NO_HOLIDAYS)).isFalse();
        assertThat(hours.isOpenAt(utc(SPRING, 10, 0), NO_HOLIDAYS)).isFalse();
    }

    @Test
    void aNightServiceOpenOneToFourLastsTwoRealHoursInSpring() {
        // given
        OpeningHours hours = sundays("01:00-04:00");

        // when
        OpenStatus before = hours.statusAt(at(SPRING, 0, 30, WINTER), NO_HOLIDAYS);
        OpenStatus during = hours.statusAt(at(SPRING, 1, 30, WINTER), NO_HOLIDAYS);

        // then
        assertThat(before.open()).isFalse();
        assertThat(before.changesAt()).contains(at(SPRING, 1, 0, WINTER));
        assertThat(during.open()).isTrue();
        assertThat(during.changesAt()).contains(at(SPRING, 4, 0, SUMMER));
        assertThat(Duration.between(before.changesAt().orElseThrow(), during.changesAt().orElseThrow())).hasHours(2);
        assertThat(hours.isOpenAt(at(SPRING, 3, 30, SUMMER), NO_HOLIDAYS)).isTrue();
        assertThat(hours.isOpenAt(at(SPRING, 4, 0, SUMMER), NO_HOLIDAYS)).isFalse();
    }

    @Test
    void anHourThatDoesNotExistInSpringIsNeverOpen() {
        // given open 02:00-03:00, the hour the clocks skip on 29 March
        OpeningHours hours = sundays("02:00-03:00");

        // when
        boolean justBefore = hours.isOpenAt(at(SPRING, 1, 59, WINTER), NO_HOLIDAYS);
        boolean justAfter = hours.isOpenAt(at(SPRING, 3, 0, SUMMER), NO_HOLIDAYS);

        // then
        assertThat(justBefore).isFalse();
        assertThat(justAfter).isFalse();
        assertThat(hours.nextOpening(rome(SPRING.minusDays(1), 12, 0), NO_HOLIDAYS))
            .contains(at(SPRING.plusWeeks(1), 2, 0, SUMMER));
        assertThat(hours.nextOpening(rome(SPRING.minusWeeks(1), 1, 0), NO_HOLIDAYS))
            .contains(at(SPRING.minusWeeks(1), 2, 0, WINTER));
    }

    @Test
    void aMorningServiceIsOpenAtTenOnTheSundayTheClocksGoBack() {
        // given
        OpeningHours hours = sundays("09:00-12:00");

        // when / then
        assertThat(hours.isOpenAt(rome(AUTUMN, 10, 0), NO_HOLIDAYS)).isTrue();
        assertThat(hours.closingTime(rome(AUTUMN, 10, 0), NO_HOLIDAYS)).contains(at(AUTUMN, 12, 0, WINTER));
    }

    @Test
    void onTheAutumnSundayAUtcTimeIsReadWithTheWinterOffset() {
        // given 07:30 UTC is 08:30 in Milan from 25 October, but 09:30 the Sunday before
        OpeningHours hours = sundays("09:00-12:00");

        // when / then
        assertThat(hours.isOpenAt(utc(AUTUMN, 7, 30), NO_HOLIDAYS)).isFalse();
        assertThat(hours.isOpenAt(utc(AUTUMN.minusWeeks(1), 7, 30), NO_HOLIDAYS)).isTrue();
        assertThat(hours.isOpenAt(utc(AUTUMN, 10, 30), NO_HOLIDAYS)).isTrue();
        assertThat(hours.isOpenAt(utc(AUTUMN, 11, 0), NO_HOLIDAYS)).isFalse();
    }

    @Test
    void theHourThatHappensTwiceInAutumnIsOpenBothTimes() {
        // given open 02:00-03:00; on 25 October 02:00-03:00 is lived first in summer time, then in winter time
        OpeningHours hours = sundays("02:00-03:00");

        // when
        OpenStatus first = hours.statusAt(at(AUTUMN, 2, 30, SUMMER), NO_HOLIDAYS);
        OpenStatus second = hours.statusAt(at(AUTUMN, 2, 30, WINTER), NO_HOLIDAYS);

        // then
        assertThat(first.open()).isTrue();
        assertThat(second.open()).isTrue();
        assertThat(first.changesAt()).contains(at(AUTUMN, 3, 0, WINTER));
        assertThat(hours.isOpenAt(at(AUTUMN, 3, 0, WINTER), NO_HOLIDAYS)).isFalse();
        assertThat(hours.nextOpening(at(AUTUMN, 1, 59, SUMMER), NO_HOLIDAYS)).contains(at(AUTUMN, 2, 0, SUMMER));
    }

    @Test
    void aNightServiceOpenOneToFourLastsFourRealHoursInAutumn() {
        // given
        OpeningHours hours = sundays("01:00-04:00");
        ZonedDateTime opens = hours.nextOpening(rome(AUTUMN, 0, 0), NO_HOLIDAYS).orElseThrow();

        // when
        ZonedDateTime closes = hours.closingTime(opens, NO_HOLIDAYS).orElseThrow();

        // then
        assertThat(opens).isEqualTo(at(AUTUMN, 1, 0, SUMMER));
        assertThat(closes).isEqualTo(at(AUTUMN, 4, 0, WINTER));
        assertThat(Duration.between(opens, closes)).hasHours(4);
    }
}

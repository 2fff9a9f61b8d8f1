package it.centrinrete.kb.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import it.centrinrete.kb.load.ContentLoader;
import it.centrinrete.kb.load.LoadResult;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HsdsSchedulesTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final ContentLoader loader = new ContentLoader(List.of(new HsdsFormat(TODAY)));

    private LoadResult load(String schedules) {
        return loader.loadDocument("test.hsds.json", """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "schedules": %s}
            """.formatted(schedules));
    }

    private static List<String> day(LoadResult result, DayOfWeek day) {
        OpeningHours hours = result.content().all(Service.class).get(0).openingHours();
        return hours.weekly().get(day).stream().map(TimeRange::format).toList();
    }

    @Test
    void mergesSeveralScheduleObjectsIntoOneWeek() {
        // when
        LoadResult result = load("""
            [{"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00"},
             {"freq": "WEEKLY", "byday": "MO", "opens_at": "14:30", "closes_at": "18:00"},
             {"freq": "WEEKLY", "byday": "WE", "opens_at": "11:00", "closes_at": "13:00"}]
            """);

        // then
        assertThat(day(result, DayOfWeek.MONDAY)).containsExactly("09:00-12:00", "14:30-18:00");
        assertThat(day(result, DayOfWeek.WEDNESDAY)).containsExactly("09:00-13:00");
        assertThat(day(result, DayOfWeek.TUESDAY)).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void splitsHoursThatRunPastMidnightOverTwoDays() {
        // when
        LoadResult result = load("""
            [{"freq": "WEEKLY", "byday": "FR", "opens_at": "20:00", "closes_at": "02:00"}]
            """);

        // then
        assertThat(day(result, DayOfWeek.FRIDAY)).containsExactly("20:00-24:00");
        assertThat(day(result, DayOfWeek.SATURDAY)).containsExactly("00:00-02:00");
    }

    @Test
    void readsAClosingTimeOf2359AsTheEndOfTheDay() {
        // when
        LoadResult result = load("""
            [{"freq": "DAILY", "opens_at": "00:00", "closes_at": "23:59"}]
            """);

        // then
        assertThat(day(result, DayOfWeek.SUNDAY)).containsExactly("00:00-24:00");
    }

    @Test
    void keepsATextOnlyScheduleAsTheServiceTimes() {
        // when
        LoadResult result = load("""
            [{"description": "Su appuntamento."}]
            """);

        // then
        assertThat(result.content().all(Service.class).get(0).when()).isEqualTo("Su appuntamento.");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void keepsAFortnightlyScheduleAsTextRatherThanAsWrongWeeklyHours() {
        // when
        LoadResult result = load("""
            [{"freq": "WEEKLY", "interval": 2, "byday": "TU", "opens_at": "09:00", "closes_at": "12:00",
              "description": "Un martedì sì e uno no."}]
            """);

        // then
        assertThat(day(result, DayOfWeek.TUESDAY)).isEmpty();
        assertThat(result.content().all(Service.class).get(0).when()).isEqualTo("Un martedì sì e uno no.");
        assertThat(result.warnings()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("every 2 weeks"));
    }

    @Test
    void reportsAnUnknownWeekdayAndKeepsTheOtherDays() {
        // when
        LoadResult result = load("""
            [{"freq": "WEEKLY", "byday": "MO,XX", "opens_at": "09:00", "closes_at": "12:00"}]
            """);

        // then
        assertThat(day(result, DayOfWeek.MONDAY)).containsExactly("09:00-12:00");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("schedules[1].byday");
            assertThat(problem.message()).contains("'XX' is not a weekday");
        });
    }

    @Test
    void acceptsMilansTimezoneSilently() {
        // when
        LoadResult result = load("""
            [{"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00", "timezone": 1},
             {"freq": "WEEKLY", "byday": "TU", "opens_at": "09:00", "closes_at": "12:00", "timezone": "Europe/Rome"}]
            """);

        // then
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void reportsATimezoneThatIsNoZoneAsAnError() {
        // when
        LoadResult result = load("""
            [{"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00", "timezone": "ora di Milano"}]
            """);

        // then
        assertThat(day(result, DayOfWeek.MONDAY)).containsExactly("09:00-12:00");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("schedules[1].timezone");
            assertThat(problem.message()).contains("is not a time zone", "ignored");
        });
    }
}

package it.centrinrete.kb.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeRangeTest {
    private static final String FIELD = "openingHours.mon";

    @ParameterizedTest
    @ValueSource(strings = {"09:00-12:30", "9.00-12.30", "09:00–12:30", "09:00 - 12:30", " 9:00 –12:30 ", "09:00—12:30"})
    void acceptsTheWaysPeopleWriteARange(String text) {
        // given the text

        // when
        TimeRange range = TimeRange.parse(FIELD, text);

        // then
        assertThat(range).isEqualTo(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 30)));
    }

    @Test
    void readsWholeHoursWithoutMinutes() {
        // given
        String text = "9-12";

        // when
        TimeRange range = TimeRange.parse(FIELD, text);

        // then
        assertThat(range).isEqualTo(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }

    @Test
    void readsTwentyFourAsMidnightAtTheEndOfTheDay() {
        // given
        String text = "20:00-24:00";

        // when
        TimeRange range = TimeRange.parse(FIELD, text);

        // then
        assertThat(range.closes()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(range.endsAtMidnight()).isTrue();
        assertThat(range.format()).isEqualTo("20:00-24:00");
    }

    @Test
    void acceptsMidnightAsClosingTimeAlthoughItIsBeforeOpening() {
        // given
        LocalTime opens = LocalTime.of(22, 0);

        // when
        TimeRange range = new TimeRange(opens, LocalTime.MIDNIGHT);

        // then
        assertThat(range.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(range.contains(LocalTime.of(21, 59))).isFalse();
    }

    @Test
    void containsItsOpeningMinuteButNotItsClosingMinute() {
        // given
        TimeRange range = TimeRange.parse(FIELD, "09:00-12:00");

        // when / then
        assertThat(range.contains(LocalTime.of(9, 0))).isTrue();
        assertThat(range.contains(LocalTime.of(11, 59, 59))).isTrue();
        assertThat(range.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(range.contains(LocalTime.of(8, 59))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "nove-dodici", "09:00", "09:00-", "-12:00", "09:00/12:00", "9:0-12:00", "09:00-12:00-13:00"})
    void refusesTextThatIsNotARange(String text) {
        // given the text

        // when / then
        assertThatThrownBy(() -> TimeRange.parse(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining(FIELD)
            .hasMessageContaining("'" + text + "'")
            .satisfies(e -> assertThat(((InvalidEntryException) e).field()).isEqualTo(FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00-26:00", "09:60-12:00", "24:00-10:00", "09:00-24:30"})
    void refusesTimesThatDoNotExist(String text) {
        // given the text

        // when / then
        assertThatThrownBy(() -> TimeRange.parse(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining(FIELD)
            .hasMessageContaining("'" + text + "'")
            .hasMessageContaining("does not exist");
    }

    @Test
    void refusesARangeThatClosesBeforeItOpens() {
        // given
        String text = "12:00-09:00";

        // when / then
        assertThatThrownBy(() -> TimeRange.parse(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage(FIELD + ": '12:00-09:00' closes before it opens");
    }

    @Test
    void refusesARangeThatClosesWhenItOpens() {
        // given
        String text = "9-9";

        // when / then
        assertThatThrownBy(() -> TimeRange.parse(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage(FIELD + ": '9-9' closes at the time it opens");
    }

    @Test
    void refusesAMissingRange() {
        // when / then
        assertThatThrownBy(() -> TimeRange.parse(FIELD, null))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining(FIELD);
    }

    @Test
    void constructorRefusesBackwardsRangesToo() {
        // given
        LocalTime opens = LocalTime.of(12, 0);
        LocalTime closes = LocalTime.of(9, 0);

        // when / then
        assertThatThrownBy(() -> new TimeRange(opens, closes))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("12:00-09:00");
    }

    @Test
    void readsADayWithSeveralRangesAndSortsThem() {
        // given
        String text = "14:30-18:30; 9-12";

        // when
        List<TimeRange> day = TimeRange.parseDay(FIELD, text);

        // then
        assertThat(day).containsExactly(
            new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new TimeRange(LocalTime.of(14, 30), LocalTime.of(18, 30)));
    }

    @Test
    void readsCommaSeparatedRanges() {
        // given
        String text = "09:00-12:00, 14:30-18:30";

        // when
        List<TimeRange> day = TimeRange.parseDay(FIELD, text);

        // then
        assertThat(day).extracting(TimeRange::format).containsExactly("09:00-12:00", "14:30-18:30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chiuso", "Chiuso", "closed", " CLOSED ", "", "   "})
    void readsAClosedDayAsNoRanges(String text) {
        // given the text

        // when
        List<TimeRange> day = TimeRange.parseDay(FIELD, text);

        // then
        assertThat(day).isEmpty();
    }

    @Test
    void readsAMissingDayAsClosed() {
        // when
        List<TimeRange> day = TimeRange.parseDay(FIELD, null);

        // then
        assertThat(day).isEmpty();
    }

    @Test
    void acceptsRangesThatTouch() {
        // given
        String text = "09:00-12:00, 12:00-14:00";

        // when
        List<TimeRange> day = TimeRange.parseDay(FIELD, text);

        // then
        assertThat(day).hasSize(2);
    }

    @Test
    void refusesOverlappingRangesNamingThemAndTheText() {
        // given
        String text = "09:00-12:00, 11:00-13:00";

        // when / then
        assertThatThrownBy(() -> TimeRange.parseDay(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage(FIELD + ": ranges '09:00-12:00' and '11:00-13:00' overlap in '09:00-12:00, 11:00-13:00'");
    }

    @Test
    void refusesARangeAfterOneThatRunsToMidnight() {
        // given
        String text = "20:00-24:00, 22:00-23:00";

        // when / then
        assertThatThrownBy(() -> TimeRange.parseDay(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("overlap");
    }

    @Test
    void refusesAnEmptyRangeBetweenSeparators() {
        // given
        String text = "09:00-12:00,,14:00-16:00";

        // when / then
        assertThatThrownBy(() -> TimeRange.parseDay(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage(FIELD + ": '09:00-12:00,,14:00-16:00' has an empty range between separators");
    }

    @Test
    void reportsTheBadRangeInsideADay() {
        // given
        String text = "09:00-12:00, 14:00-13:00";

        // when / then
        assertThatThrownBy(() -> TimeRange.parseDay(FIELD, text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining(FIELD)
            .hasMessageContaining("14:00-13:00");
    }
}

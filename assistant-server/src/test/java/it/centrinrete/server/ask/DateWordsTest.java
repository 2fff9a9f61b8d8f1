package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWordsTest {
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static DateWords.Days days(String question) {
        return DateWords.find(Intent.normalise(question), TODAY).orElseThrow();
    }

    @Test
    void relativeDaysAreCountedFromToday() {
        assertThat(days("cosa c'è oggi?").from()).isEqualTo(TODAY);
        assertThat(days("e stasera?").from()).isEqualTo(TODAY);
        assertThat(days("cosa c'è domani al centro").from()).isEqualTo(TODAY.plusDays(1));
        assertThat(days("dopodomani").from()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void aWeekdayIsTheComingOneTodayIncluded() {
        assertThat(days("cosa fate giovedì").from()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(days("cosa fate giovedì").label()).isEqualTo("giovedì 26 novembre");
        assertThat(days("e mercoledì?").from()).isEqualTo(TODAY);
        assertThat(days("lunedi").from()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void nextWeekdaySaidOnThatDayIsNextWeeks() {
        assertThat(days("mercoledì prossimo").from()).isEqualTo(TODAY.plusWeeks(1));
        assertThat(days("il prossimo venerdì").from()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void weeksAreSpansOfDays() {
        DateWords.Days thisWeek = days("che attività ci sono questa settimana");
        assertThat(thisWeek.from()).isEqualTo(TODAY);
        assertThat(thisWeek.to()).isEqualTo(LocalDate.of(2026, 11, 29));
        DateWords.Days nextWeek = days("la settimana prossima");
        assertThat(nextWeek.from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(nextWeek.to()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aQuestionWithoutADayHasNone() {
        assertThat(DateWords.find(Intent.normalise("cosa c'è per chi è solo"), TODAY)).isEmpty();
    }
}

package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private static LocalTime time(String question) {
        return TimeWords.find(Intent.normalise(question)).orElseThrow();
    }

    @Test
    void digitsAreReadAsTheyAreWritten() {
        assertThat(time("siete aperti alle 15?")).isEqualTo(LocalTime.of(15, 0));
        assertThat(time("alle 10:30 è aperto?")).isEqualTo(LocalTime.of(10, 30));
    }

    @Test
    void wordsAndHalvesAndQuartersAreUnderstood() {
        assertThat(time("è aperto alle tre e mezza?")).isEqualTo(LocalTime.of(15, 30));
        assertThat(time("alle dieci e un quarto")).isEqualTo(LocalTime.of(10, 15));
        assertThat(time("alle dieci meno un quarto")).isEqualTo(LocalTime.of(9, 45));
        assertThat(time("a mezzogiorno")).isEqualTo(LocalTime.NOON);
    }

    @Test
    void earlyHoursAreTheAfternoonUnlessTheMorningIsSaid() {
        assertThat(time("alle tre")).isEqualTo(LocalTime.of(15, 0));
        assertThat(time("alle sette di mattina")).isEqualTo(LocalTime.of(7, 0));
        assertThat(time("alle otto di sera")).isEqualTo(LocalTime.of(20, 0));
        assertThat(time("alle nove")).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aQuestionWithoutATimeHasNone() {
        assertThat(TimeWords.find(Intent.normalise("a che ora apre il centro?"))).isEmpty();
    }
}

package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mi chiamo maria rossi | Maria Rossi",
        "Sono Giuseppe Verdi, grazie | Giuseppe Verdi",
        "il mio nome è anna maria de luca | Anna Maria De Luca",
        "d'angelo giuseppe | D'Angelo Giuseppe",
        "sì, Niccolò Bianchi | Niccolò Bianchi",
        "a nome di LUISA FERRARI-BONI | Luisa Ferrari-Boni",
        "Domenica La Rosa | Domenica La Rosa"})
    void theNameIsWhatFollowsTheWayOfSayingIt(String said, String expected) {
        assertThat(SpokenName.of(said)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a che ora apre il centro", "333 1234567", "mi chiamo", "sì", "non lo so", "vorrei prenotare",
        "uno due tre quattro cinque sei sette otto", "x"})
    void whatIsNotANameIsRefused(String said) {
        assertThat(SpokenName.of(said)).isEmpty();
    }
}

package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sì | YES", "si certo | YES", "va bene | YES", "esatto | YES", "confermo | YES", "è giusto | YES",
        "no | NO", "no, giovedì | NO", "ho sbagliato | NO", "non è giusto | NO",
        "lascia perdere | GIVE_UP", "no basta | GIVE_UP", "annulla | GIVE_UP", "non importa | GIVE_UP",
        "giovedì | OTHER", "maria rossi | OTHER", "il numero è tre tre tre | OTHER", "nonna papera | OTHER"})
    void aShortAnswerIsReadFromItsStart(String said, Reply expected) {
        assertThat(Reply.of(Intent.normalise(said))).isEqualTo(expected);
    }
}

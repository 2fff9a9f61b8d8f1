package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenTextTest {

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(SpokenText.clean("Sì\n\tgrazie\u0000\u001b[31m  mille\r\n")).isEqualTo("Sì grazie [31m mille");
    }

    @Test
    void longTextIsCutAtAWord() {
        String cleaned = SpokenText.clean("parola ".repeat(500));

        assertThat(cleaned.length()).isLessThanOrEqualTo(SpokenText.MAX_CHARS);
        assertThat(cleaned).endsWith("parola");
    }

    @Test
    void nullIsEmpty() {
        assertThat(SpokenText.clean(null)).isEmpty();
    }
}

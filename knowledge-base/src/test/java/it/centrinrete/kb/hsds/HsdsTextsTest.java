package it.centrinrete.kb.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HsdsTextsTest {
    @Test
    void splitsAProcessIntoOneStepPerSentence() {
        // when
        List<String> steps = HsdsTexts.steps("Telefoni al numero verde. Un operatore fissa l'appuntamento! Poi porti i documenti.");

        // then
        assertThat(steps).containsExactly("Telefoni al numero verde.", "Un operatore fissa l'appuntamento!", "Poi porti i documenti.");
    }

    @Test
    void splitsOnLinesAndDropsBullets() {
        // when
        List<String> steps = HsdsTexts.steps("1. Prenoti online\n2) Si presenti allo sportello\n- porti la tessera sanitaria\n\n");

        // then
        assertThat(steps).containsExactly("Prenoti online", "Si presenti allo sportello", "porti la tessera sanitaria");
    }

    @Test
    void doesNotSplitAfterAbbreviationsAndInitials() {
        // when
        List<String> steps = HsdsTexts.steps("Chieda del Dott. Rossi in Via S. Marco 3. Porti il tesserino.");

        // then
        assertThat(steps).containsExactly("Chieda del Dott. Rossi in Via S. Marco 3.", "Porti il tesserino.");
    }

    @Test
    void joinsPiecesIntoSentences() {
        // when
        String text = HsdsTexts.sentences(List.of("Salone al piano terra", "", "Ascensore presente."));

        // then
        assertThat(text).isEqualTo("Salone al piano terra. Ascensore presente.");
    }
}

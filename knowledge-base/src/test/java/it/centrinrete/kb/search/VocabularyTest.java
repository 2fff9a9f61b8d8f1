package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void wordsForHereAskForWhatIsNear() {
        assertThat(Vocabulary.asksNearby(List.of("c'e", "una", "farmacia", "qui", "vicino"))).isTrue();
        assertThat(Vocabulary.asksNearby(List.of("fate", "ginnastica", "da", "voi"))).isTrue();
    }

    @Test
    void aDemonstrativeBeforeTheCentreMeansThisOne() {
        assertThat(Vocabulary.asksNearby(List.of("questo", "centro", "organizza", "camminate"))).isTrue();
        assertThat(Vocabulary.asksNearby(List.of("in", "questa", "sede", "si", "balla"))).isTrue();
    }

    @Test
    void aDemonstrativeBeforeAnythingElseDoesNot() {
        assertThat(Vocabulary.asksNearby(List.of("questo", "mese", "ci", "sono", "gite"))).isFalse();
        assertThat(Vocabulary.asksNearby(List.of("il", "centro", "ritrovo", "quando", "apre"))).isFalse();
    }
}

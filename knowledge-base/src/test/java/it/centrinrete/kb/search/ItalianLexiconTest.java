package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.search.ItalianLexicon.WordClass;
import org.junit.jupiter.api.Test;

class ItalianLexiconTest {
    private final ItalianLexicon lexicon = ItalianLexicon.shared();

    @Test
    void nounsAreWhatAQuestionCanBeAbout() {
        assertThat(lexicon.classOf("sindaco")).isEqualTo(WordClass.NOUN);
        assertThat(lexicon.classOf("crociera")).isEqualTo(WordClass.NOUN);
        assertThat(lexicon.classOf("Pomodori")).isEqualTo(WordClass.NOUN);
    }

    @Test
    void verbsAdjectivesAndAdverbsAreWaysOfAsking() {
        assertThat(lexicon.classOf("richiede")).isEqualTo(WordClass.PREDICATE);
        assertThat(lexicon.classOf("gela")).isEqualTo(WordClass.PREDICATE);
        assertThat(lexicon.classOf("ultimamente")).isEqualTo(WordClass.PREDICATE);
    }

    @Test
    void functionWordsAreNeither() {
        assertThat(lexicon.classOf("della")).isEqualTo(WordClass.FUNCTION);
        assertThat(lexicon.classOf("qualcuno")).isEqualTo(WordClass.FUNCTION);
    }

    @Test
    void aWordWrittenWithoutItsFinalAccentIsStillFound() {
        // kiosks fold accents away: "identita" is "identità"
        assertThat(lexicon.classOf("identita")).isEqualTo(WordClass.NOUN);
        assertThat(lexicon.classOf("citta")).isEqualTo(WordClass.NOUN);
    }

    @Test
    void typosAndNamesItDoesNotKnowAreUnknown() {
        assertThat(lexicon.classOf("abbonamneto")).isEqualTo(WordClass.UNKNOWN);
        assertThat(lexicon.classOf("uotsap")).isEqualTo(WordClass.UNKNOWN);
        assertThat(lexicon.classOf("calvairate")).isEqualTo(WordClass.UNKNOWN);
    }

    @Test
    void namesItKnowsAreNamesThoughAskedInLowercase() {
        // the lexicon writes "Palermo" and "Francesco" capitalised; kiosks lowercase every question
        assertThat(lexicon.classOf("palermo")).isEqualTo(WordClass.NAME);
        assertThat(lexicon.classOf("Francesco")).isEqualTo(WordClass.NAME);
        // a word that is also a common noun stays a noun
        assertThat(lexicon.classOf("speranza")).isEqualTo(WordClass.NOUN);
    }

    @Test
    void commonWordsHaveARank() {
        assertThat(lexicon.rank("di")).isBetween(1, 10);
        assertThat(lexicon.rank("tempo")).isLessThan(lexicon.rank("cagnolino"));
        assertThat(lexicon.rank("abbonamneto")).isZero();
    }
}

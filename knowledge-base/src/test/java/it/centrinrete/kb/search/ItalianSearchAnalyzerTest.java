package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItalianSearchAnalyzerTest {
    private final QueryTerms terms = new QueryTerms();

    @Test
    void elidedArticlesAreRemoved() {
        assertThat(terms.indexTerms("l'ospedale all'anagrafe dell'ASL")).containsExactly("ospedal", "anagraf", "asl");
    }

    @Test
    void anElidedArticleTypedWithoutItsApostropheIsStillAnArticle() {
        assertThat(terms.indexTerms("la carta d identita, l ospedale")).isEqualTo(terms.indexTerms("la carta d'identità, l'ospedale"));
    }

    @Test
    void typographicApostrophesAreElidedToo() {
        assertThat(terms.indexTerms("l’ospedale")).isEqualTo(terms.indexTerms("l'ospedale"));
    }

    @Test
    void accentsDoNotMatter() {
        assertThat(terms.indexTerms("città attività lunedì")).isEqualTo(terms.indexTerms("citta attivita lunedi"));
    }

    @Test
    void theVerbIsAndTheConjunctionAndAreBothStopwords() {
        assertThat(terms.indexTerms("è e perché più")).isEmpty();
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(terms.indexTerms("SPID Spid spid")).containsExactly("spid", "spid", "spid");
    }

    @Test
    void singularAndPluralMeet() {
        assertThat(terms.indexTerms("visita visite")).containsExactly("visit", "visit");
        assertThat(terms.indexTerms("spesa spese")).containsExactly("spes", "spes");
        assertThat(terms.indexTerms("vaccino vaccini")).containsExactly("vaccin", "vaccin");
    }

    @Test
    void conversationalFillersAreDropped() {
        assertThat(terms.indexTerms("scusi buongiorno vorrei sapere per favore dove posso fare la ginnastica"))
            .containsExactly("ginnastic");
    }

    @Test
    void surfaceWordsKeepStopwordsAndSkipStemming() {
        assertThat(terms.words("Vorrei la Visita")).isEqualTo(List.of("vorrei", "la", "visita"));
    }

    @Test
    void verbFormsMeetTheirNouns() {
        assertThat(terms.indexTerms("prenotare prenotata prenoto")).containsOnly(terms.indexTerms("prenota").get(0));
        assertThat(terms.indexTerms("medicarla")).isEqualTo(terms.indexTerms("medicare"));
        assertThat(terms.indexTerms("comprarlo iscrivermi")).isEqualTo(terms.indexTerms("comprare iscrivere"));
    }

    @Test
    void aPronounGluedToAShortVerbGoesToo() {
        assertThat(terms.indexTerms("pagarlo saperlo darmi")).isEqualTo(terms.indexTerms("pagare sapere dare"));
        // "fare" and "dire" are ways of asking, glued pronoun or not
        assertThat(terms.indexTerms("chi viene a farlo e a dirmelo")).isEqualTo(terms.indexTerms("chi viene"));
        // a word that only ends like a verb and a pronoun stays itself
        assertThat(terms.indexTerms("perla")).isNotEqualTo(terms.indexTerms("pere"));
    }

    @Test
    void aParticipleIsNotCutIntoAnotherNoun() {
        assertThat(terms.indexTerms("sindacato")).isNotEqualTo(terms.indexTerms("sindaco"));
        assertThat(terms.indexTerms("soldati")).isNotEqualTo(terms.indexTerms("soldi"));
        assertThat(terms.indexTerms("sindacato sindacati")).containsOnly(terms.indexTerms("sindacato").get(0));
        // a participle with no noun of that stem still meets its verb
        assertThat(terms.indexTerms("prenotato")).isEqualTo(terms.indexTerms("prenotare"));
    }

    @Test
    void nounsEndingLikeVerbsKeepSingularAndPluralTogether() {
        assertThat(terms.indexTerms("telefono telefoni")).containsOnly(terms.indexTerms("telefono").get(0));
        assertThat(terms.indexTerms("anziano anziani")).containsOnly(terms.indexTerms("anziano").get(0));
    }

    @Test
    void wordsJoinedByAnApostropheThatIsNotAnElisionAreSplit() {
        assertThat(terms.indexTerms("Sant'Ambrogio")).isEqualTo(terms.indexTerms("sant ambrogio"));
        assertThat(terms.words("settant'anni")).containsExactly("settant", "anni");
    }
}

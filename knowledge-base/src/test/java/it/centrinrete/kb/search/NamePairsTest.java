package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePairsTest {
    private final QueryTerms terms = new QueryTerms();

    @Test
    void aNameIsKeptWithTheWordBesideItBothWays() {
        assertThat(NamePairs.tokens("CAM Ponte Lambro", terms)).contains(">ponte lambro", "<lambro ponte");
        assertThat(NamePairs.tokens("via Zante 14", terms)).contains(">via zante", "<zante via");
    }

    @Test
    void twoOrdinaryWordsMakeNoName() {
        // so a "corso di cucito" is never taken for a misheard "corso di cucina"
        assertThat(NamePairs.tokens("Corso di cucina", terms)).isEmpty();
        assertThat(NamePairs.tokens("Ritrovo 15", terms)).isEmpty();
    }
}

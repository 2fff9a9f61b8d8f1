package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionsTest {
    private final QueryTerms terms = new QueryTerms();

    /** The words of a question the markers set aside. */
    private List<String> setAside(String question) {
        List<String> words = terms.words(question);
        List<Exclusions.Role> roles = Exclusions.roles(words, word -> terms.termOf(word) != null,
            ItalianLexicon.shared()::isOnlyVerb);
        List<String> aside = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (roles.get(i) == Exclusions.Role.EXCLUDED) {
                aside.add(words.get(i));
            }
        }
        return aside;
    }

    @Test
    void theThingAfterAMarkerIsSetAsideAcrossArticlesAndPronouns() {
        assertThat(setAside("quali vaccini, oltre a quello antinfluenzale?")).containsExactly("antinfluenzale");
        assertThat(setAside("non può stare a casa neanche con la badante")).containsExactly("badante");
        assertThat(setAside("un corso a parte la ginnastica")).containsExactly("ginnastica");
        assertThat(setAside("tutti i giorni tranne il sabato")).containsExactly("sabato");
    }

    @Test
    void anElidedArticleStillLeavesTheThingSetAside() {
        assertThat(setAside("quali vaccini oltre all'antinfluenzale")).containsExactly("antinfluenzale");
        assertThat(setAside("qualcosa invece dell'acquagym")).containsExactly("acquagym");
    }

    @Test
    void wordsThatOnlyLookLikeMarkersSetNothingAside() {
        assertThat(setAside("non trovo neanche un bagno")).isEmpty();
        assertThat(setAside("il centro oltre il ponte")).isEmpty();
        assertThat(setAside("io invece vorrei iscrivermi al coro")).isEmpty();
        assertThat(setAside("non ho niente da parte")).isEmpty();
    }

    @Test
    void aVerbAfterAMarkerIsNoThingSetAside() {
        assertThat(setAside("oltre a pagare la tessera cosa serve")).isEmpty();
    }

    @Test
    void theMarkerWordsThemselvesAreNoPartOfTheQuestion() {
        List<String> words = terms.words("oltre al pranzo");
        List<Exclusions.Role> roles = Exclusions.roles(words, word -> terms.termOf(word) != null, word -> false);

        assertThat(roles).containsExactly(Exclusions.Role.MARKER, Exclusions.Role.MARKER, Exclusions.Role.EXCLUDED);
    }
}

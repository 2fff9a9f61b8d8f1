package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SpeechRepairTest {
    /**
     * A tiny content: its terms are the words less an enclitic "la" and their final vowel, as the light stemmer
     * leaves them ("portala" and "porta" are both "port").
     */
    private static final Set<String> CONTENT = Set.of("badant", "spes", "port", "cas", "aler", "domicili", "past", "chiesaross",
        "calvairat", "rsa", "caf", "unitr");
    private static final Set<String> STOPWORDS = Set.of("la", "a", "il", "di", "e", "me", "ci", "qualcuno");
    private static final Function<String, String> TERMS = SpeechRepairTest::term;
    private static final Predicate<String> KNOWN = CONTENT::contains;
    /** A letter away from a word of the content, as {@link CloseSpellings} would find it. */
    private static final Predicate<String> NEARLY_KNOWN =
        term -> CONTENT.stream().anyMatch(word -> CloseSpellings.distance(term, word) == 1);

    private static String term(String word) {
        if (STOPWORDS.contains(word)) {
            return null;
        }
        String stem = word.length() > 6 && word.endsWith("la") ? word.substring(0, word.length() - 2) : word;
        return stem.length() > 3 && "aeiou".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static List<String> repair(String heard) {
        return SpeechRepair.repair(List.of(heard.split(" ")), TERMS, KNOWN, NEARLY_KNOWN, term -> false);
    }

    @Test
    void aMistypedStopwordOrFacetWordIsThatWord() {
        assertThat(repair("viene qualuno a casa")).containsExactly("viene", "qualcuno", "a", "casa");
        assertThat(repair("aperto oggi pomerggio")).containsExactly("aperto", "oggi", "pomeriggio");
        // a real word a letter from a stopword is that word: "guanto" is a glove, not "quanto"
        assertThat(repair("il guanto")).containsExactly("il", "guanto");
    }

    @Test
    void aStopwordOrFacetWordHeardAsTwoIsJoined() {
        assertThat(repair("viene qual cuno a casa")).containsExactly("viene", "qualcuno", "a", "casa");
        assertThat(repair("a che ora chiu dete")).containsExactly("a", "che", "ora", "chiudete");
        // two words the content has stay two, whatever they would make together
        assertThat(repair("la casa di spesa")).containsExactly("la", "casa", "di", "spesa");
    }

    @Test
    void aContentWordThatSoundsTheSameWinsOverAFacetWordALetterAway() {
        List<String> withVaccines = SpeechRepair.repair(List.of("vacino"), TERMS, KNOWN, NEARLY_KNOWN, term -> true);

        // "vacino" sounds like the content's "vaccino"; without it, it is most likely "vicino"
        assertThat(withVaccines).containsExactly("vacino");
        assertThat(repair("vacino")).containsExactly("vicino");
    }

    @Test
    void aWordHeardAsTwoIsJoined() {
        assertThat(repair("cerco una ba dante")).containsExactly("cerco", "una", "badante");
        assertThat(repair("la sala a ler")).containsExactly("la", "sala", "aler");
    }

    @Test
    void aWordWhoseHalfIsANumberIsJoinedBeforeNumbersBecomeDigits() {
        assertThat(repair("i corsi della uni tre")).containsExactly("i", "corsi", "della", "unitre");
        assertThat(repair("tre corsi")).containsExactly("3", "corsi");
    }

    @Test
    void aNameHeardAsTwoWordsAndMisheardIsJoinedWhenBothHalvesAreUnknown() {
        // "calvirate" is a letter away from "calvairate"
        assertThat(repair("la sala di calvi rate")).containsExactly("la", "sala", "di", "calvirate");
        // a known half is no damage: "porta" stays itself even though "portarate" is near nothing anyway
        assertThat(repair("porta rate")).containsExactly("porta", "rate");
        // two unknown words whose whole is near nothing stay apart
        assertThat(repair("calvi torte")).containsExactly("calvi", "torte");
    }

    @Test
    void lettersSpeltOutBecomeTheAcronymTheContentHas() {
        assertThat(repair("la erre esse a per la mamma")).containsExactly("la", "rsa", "per", "la", "mamma");
        assertThat(repair("il ci a effe")).containsExactly("il", "caf");
        assertThat(repair("il c a f")).containsExactly("il", "caf");
    }

    @Test
    void lettersThatSpellNothingTheContentHasStayWords() {
        // "e di" and "a e i" are words, and "edi", "aei" are in no entry
        assertThat(repair("spesa e di casa")).containsExactly("spesa", "e", "di", "casa");
        assertThat(repair("a e i")).containsExactly("a", "e", "i");
    }

    @Test
    void aKnownWordBesideAStopwordIsAnOrdinaryPhrase() {
        // "portala" stems like "porta", yet nothing here was damaged
        assertThat(repair("chi me la porta la spesa a casa")).containsExactly("chi", "me", "la", "porta", "la", "spesa", "a", "casa");
    }

    @Test
    void wordsRunTogetherAreSplit() {
        assertThat(repair("pastiadomicilio")).containsExactly("pasti", "a", "domicilio");
    }

    @Test
    void knownWordsAndShortUnknownOnesAreLeftAlone() {
        assertThat(repair("chiesarossa")).containsExactly("chiesarossa");
        assertThat(repair("risatta")).containsExactly("risatta");
    }
}

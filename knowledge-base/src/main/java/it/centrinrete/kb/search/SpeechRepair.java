package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Undoes the commonest damage a speech recogniser does to a word it does not know: it hears it as two ("ba dante",
 * "calvi rate", "cine forum", "a ler"). Two neighbouring words are joined when the joined word is one the content
 * has and at least one of the two halves is not (or is only a stopword), so ordinary phrases are never merged.
 */
final class SpeechRepair {
    private SpeechRepair() {
    }

    static List<String> rejoin(List<String> words, QueryTerms terms, Predicate<String> known) {
        List<String> repaired = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (i + 1 < words.size() && joinable(words.get(i), words.get(i + 1), terms, known)) {
                repaired.add(words.get(i) + words.get(i + 1));
                i += 2;
            } else {
                repaired.add(words.get(i));
                i++;
            }
        }
        return repaired;
    }

    private static boolean joinable(String first, String second, QueryTerms terms, Predicate<String> known) {
        String joined = terms.termOf(first + second);
        if (joined == null || joined.length() < 4 || !known.test(joined)) {
            return false;
        }
        return !isKnownWord(first, terms, known) || !isKnownWord(second, terms, known);
    }

    private static boolean isKnownWord(String word, QueryTerms terms, Predicate<String> known) {
        String term = terms.termOf(word);
        return term != null && known.test(term);
    }
}

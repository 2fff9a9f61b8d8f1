package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Undoes the commonest damage a speech recogniser or a hurried typist does to words: one word heard as two ("ba
 * dante", "calvi rate", "cine forum", "a ler") and two words run together ("chiesarossa", "pastiadomicilio").
 * Two neighbouring words are joined when the joined word is one the content has and at least one of the halves is
 * a word it lacks (a known word beside a stopword is an ordinary phrase: "porta la spesa"), or when both halves are
 * words it lacks and the joined word is a likely slip of one it has: a name heard as two words is often misheard
 * too ("calvi rate" for Calvairate). A word the content lacks is split when every piece is a word it has or a
 * stopword.
 * Ordinary phrases and known words are never touched. Number words become digits ({@link ItalianNumbers}), and
 * spelt letters the acronym they spell ({@link SpelledLetters}: "erre esse a").
 */
final class SpeechRepair {
    /** The shortest joined word that may also be misheard: shorter ones are close to too many words by chance. */
    private static final int MISHEARD_WHOLE = 6;
    /** The shortest stopword or facet word whose halves are joined again: a shorter one is too easily two words. */
    private static final int MISHEARD_STOPWORD = 6;

    private SpeechRepair() {
    }

    /**
     * @param terms the index term of a word, or null for a stopword
     * @param known whether the index holds a term
     * @param nearlyKnown whether the index holds a term this one is a likely slip of (same sound, or a letter away)
     * @param soundsKnown whether the index holds a term that sounds the same as this one
     */
    static List<String> repair(List<String> heard, Function<String, String> terms, Predicate<String> known,
                               Predicate<String> nearlyKnown, Predicate<String> soundsKnown) {
        List<String> words = new ArrayList<>();
        // joined before number words become digits: "uni tre" is UNITRE, not "uni 3"
        List<String> joined = rejoin(heard, terms, known, nearlyKnown);
        List<String> spelt = SpelledLetters.join(ItalianNumbers.toDigits(joined), word -> isKnownWord(word, terms, known));
        for (String word : spelt) {
            words.addAll(split(word, terms, known));
        }
        return rejoin(words, terms, known, nearlyKnown).stream()
            .map(word -> listedWordMeant(word, terms, known, soundsKnown))
            .toList();
    }

    /**
     * "c'è qualuno che viene a casa?", "aperti oggi pomerggio?": a word the content lacks and general Italian does not
     * know, a letter away from a stopword or a facet word, is that word mistyped, even when a word of the content is a
     * letter away too (people type "qualcuno" far more often than any one word of the content) — but not when one
     * sounds the same, the likelier slip ("vacino" is "vaccino", not "vicino"); as a word no entry has it would weigh
     * the most.
     */
    private static String listedWordMeant(String word, Function<String, String> terms, Predicate<String> known,
                                          Predicate<String> soundsKnown) {
        if (!isUnknownWord(word, terms, known) || ItalianLexicon.shared().classOf(word) != ItalianLexicon.WordClass.UNKNOWN
            || soundsKnown.test(terms.apply(word))) {
            return word;
        }
        String listed = Vocabulary.mistypedListedWord(word);
        return listed == null ? word : listed;
    }

    private static List<String> rejoin(List<String> words, Function<String, String> terms, Predicate<String> known,
                                       Predicate<String> nearlyKnown) {
        List<String> repaired = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (i + 1 < words.size() && joinable(words.get(i), words.get(i + 1), terms, known, nearlyKnown)) {
                repaired.add(words.get(i) + words.get(i + 1));
                i += 2;
            } else {
                repaired.add(words.get(i));
                i++;
            }
        }
        return repaired;
    }

    private static boolean joinable(String first, String second, Function<String, String> terms, Predicate<String> known,
                                    Predicate<String> nearlyKnown) {
        if (second.length() < 2) {
            // "terra e", "sempre e": a trailing conjunction is not half of a word
            return false;
        }
        boolean firstDamaged = isUnknownWord(first, terms, known);
        boolean secondDamaged = isUnknownWord(second, terms, known);
        String joined = terms.apply(first + second);
        if (joined == null || Vocabulary.isAspect(first + second)) {
            // "qual cuno", "chiu dete": a stopword or a facet word split in two leaves a half no entry has, which would
            // weigh the most
            return (first + second).length() >= MISHEARD_STOPWORD && (firstDamaged || secondDamaged);
        }
        if (joined.length() < 4) {
            return false;
        }
        if (known.test(joined)) {
            // "porta la spesa" must stay two words even though "portala" stems like "porta": a half must be damaged
            return firstDamaged || secondDamaged;
        }
        // two damaged halves whose whole is close to a word of the content: a long word is seldom close by chance
        return firstDamaged && secondDamaged && joined.length() >= MISHEARD_WHOLE && nearlyKnown.test(joined);
    }

    /** A word that is neither a stopword nor one the content has: what a split by the recogniser leaves. */
    private static boolean isUnknownWord(String word, Function<String, String> terms, Predicate<String> known) {
        String term = terms.apply(word);
        return term != null && !known.test(term);
    }

    /** The word itself, or the fewest pieces it splits into that are all known words or stopwords. */
    static List<String> split(String word, Function<String, String> terms, Predicate<String> known) {
        // a stopword ("buongiorno", "gentilmente") is whole, however long
        if (word.length() < 8 || terms.apply(word) == null || isKnownWord(word, terms, known)
            || !word.chars().allMatch(Character::isLetter)) {
            return List.of(word);
        }
        List<String> best = null;
        for (int cut = 5; cut <= word.length() - 4; cut++) {
            String head = word.substring(0, cut);
            if (!isPiece(head, terms, known)) {
                continue;
            }
            String tail = word.substring(cut);
            List<String> rest = isPiece(tail, terms, known) ? List.of(tail) : splitTail(tail, terms, known);
            if (rest != null && (best == null || rest.size() + 1 < best.size())) {
                best = new ArrayList<>();
                best.add(head);
                best.addAll(rest);
            }
        }
        return best == null ? List.of(word) : best;
    }

    /** "adomicilio" → "a", "domicilio": a short stopword glued in front of a known word. */
    private static List<String> splitTail(String tail, Function<String, String> terms, Predicate<String> known) {
        for (int cut = 1; cut <= 3 && cut < tail.length() - 4; cut++) {
            String glue = tail.substring(0, cut);
            String rest = tail.substring(cut);
            if (terms.apply(glue) == null && isKnownWord(rest, terms, known)) {
                return List.of(glue, rest);
            }
        }
        return null;
    }

    private static boolean isPiece(String piece, Function<String, String> terms, Predicate<String> known) {
        // short pieces are too easy to find inside a misspelt word ("risatta" is not "ris" + "atta")
        return piece.length() >= 5 && isKnownWord(piece, terms, known);
    }

    private static boolean isKnownWord(String word, Function<String, String> terms, Predicate<String> known) {
        String term = terms.apply(word);
        return term != null && known.test(term);
    }
}

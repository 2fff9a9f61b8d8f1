package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Joins an acronym a person spelt out and the recogniser wrote as letter names: "erre esse a" is the RSA, "ci a
 * effe" the CAF, "a esse elle" the ASL. Many letter names are also Italian words ("a", "e", "di", "ci"), so letters
 * are joined only when what they spell is a word the content has, and at least three of them.
 */
final class SpelledLetters {
    /** The shortest acronym joined: two letters spell too many things by chance ("e di", "ci a"). */
    private static final int SHORTEST = 3;
    private static final Map<String, Character> NAMES = Map.ofEntries(
        Map.entry("a", 'a'), Map.entry("bi", 'b'), Map.entry("ci", 'c'), Map.entry("di", 'd'), Map.entry("e", 'e'),
        Map.entry("effe", 'f'), Map.entry("gi", 'g'), Map.entry("acca", 'h'), Map.entry("i", 'i'), Map.entry("elle", 'l'),
        Map.entry("emme", 'm'), Map.entry("enne", 'n'), Map.entry("o", 'o'), Map.entry("pi", 'p'), Map.entry("cu", 'q'),
        Map.entry("erre", 'r'), Map.entry("esse", 's'), Map.entry("ti", 't'), Map.entry("u", 'u'), Map.entry("vu", 'v'),
        Map.entry("vi", 'v'), Map.entry("zeta", 'z'), Map.entry("cappa", 'k'), Map.entry("ics", 'x'), Map.entry("ipsilon", 'y'));

    private SpelledLetters() {
    }

    /**
     * The words with each run of spelt letters that makes a known word replaced by that word, the longest run first.
     *
     * @param knownWord whether the content has a (folded, unstemmed) word
     */
    static List<String> join(List<String> words, Predicate<String> knownWord) {
        List<String> joined = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && letterOf(words.get(end)) != 0) {
                end++;
            }
            int taken = longestAcronym(words, i, end, knownWord);
            if (taken > 0) {
                joined.add(spell(words, i, i + taken));
                i += taken;
            } else {
                joined.add(words.get(i));
                i++;
            }
        }
        return joined;
    }

    /** How many letters from {@code start} (before {@code end}) spell a known word, the most first; 0 when none do. */
    private static int longestAcronym(List<String> words, int start, int end, Predicate<String> knownWord) {
        for (int length = end - start; length >= SHORTEST; length--) {
            if (knownWord.test(spell(words, start, start + length))) {
                return length;
            }
        }
        return 0;
    }

    private static String spell(List<String> words, int from, int to) {
        StringBuilder acronym = new StringBuilder();
        for (String word : words.subList(from, to)) {
            acronym.append(letterOf(word));
        }
        return acronym.toString();
    }

    /** The letter a word names ("esse" → s, or a lone letter as written), or 0 when it names none. */
    private static char letterOf(String word) {
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return word.charAt(0);
        }
        Character letter = NAMES.get(word);
        return letter == null ? 0 : letter;
    }
}

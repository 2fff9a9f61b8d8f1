package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds what a question sets aside: "quali vaccini, oltre a quello antinfluenzale?" asks for every vaccine but the
 * flu one, and "non può stare a casa neanche con la badante" for something beyond a carer. Read as a plain word,
 * the thing set aside would pull its own entry to the top; marked, it is left out of the question and its entry
 * pushed down. The markers are listed in {@code exclusions.txt}.
 */
final class Exclusions {
    /** The longest marker, in words. */
    private static final int LONGEST = 3;
    /** Words a marker reaches across to find what it sets aside: articles and pronouns ("oltre a quello"), not a clause. */
    private static final int REACH = 3;
    /** Marks after which what is set aside must follow at once (its article was elided), written "oltre _". */
    private static final String AT_ONCE = " _";
    private static final Set<String> MARKERS = Vocabulary.read("exclusions.txt");

    /** What each word of a question is to the question. */
    enum Role {
        /** An ordinary word. */
        KEPT,
        /** One of the words that set something aside ("oltre", "a"): nothing to look for. */
        MARKER,
        /** What is set aside. */
        EXCLUDED
    }

    private Exclusions() {
    }

    /**
     * The role of each of a question's folded words. {@code isContent} tells a word that counts (not a stopword),
     * {@code isOnlyVerb} a word that can only be a verb, which a marker never sets aside ("oltre a pagare").
     */
    static List<Role> roles(List<String> words, Predicate<String> isContent, Predicate<String> isOnlyVerb) {
        List<Role> roles = new ArrayList<>(Collections.nCopies(words.size(), Role.KEPT));
        int reach = 0;
        int i = 0;
        while (i < words.size()) {
            int marker = markerAt(words, i, "");
            int atOnce = marker > 0 ? 0 : markerAt(words, i, AT_ONCE);
            if (marker + atOnce > 0) {
                for (int j = i; j < i + marker + atOnce; j++) {
                    roles.set(j, Role.MARKER);
                }
                reach = marker > 0 ? REACH : 1;
                i += marker + atOnce;
                continue;
            }
            String word = words.get(i);
            if (reach > 0 && isContent.test(word)) {
                roles.set(i, isOnlyVerb.test(word) ? Role.KEPT : Role.EXCLUDED);
                reach = 0;
            } else {
                reach = Math.max(0, reach - 1);
            }
            i++;
        }
        return roles;
    }

    /** How many words from {@code start} make a marker written with {@code suffix}, the longest first; 0 when none do. */
    private static int markerAt(List<String> words, int start, String suffix) {
        for (int length = Math.min(LONGEST, words.size() - start); length > 0; length--) {
            if (MARKERS.contains(String.join(" ", words.subList(start, start + length)) + suffix)) {
                return length;
            }
        }
        return 0;
    }
}

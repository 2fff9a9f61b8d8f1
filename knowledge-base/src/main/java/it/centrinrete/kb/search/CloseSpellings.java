package it.centrinrete.kb.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the content a word it lacks most likely stands for: "vacino" is "vaccino", not "vicino", though
 * both are one letter away. A spelling that sounds the same (a doubled or dropped consonant, "z" for "s", "ch"
 * for "k") is the likeliest slip of an older typist or of a speech recogniser, so it wins over one a letter away,
 * which wins over one two letters away; among equals, the word the content uses most. The question then asks for
 * those words as if the person had written them, in the title, keywords and text, with a smaller weight; a fuzzy
 * query over the whole text instead loses where the word stands and lets any word one letter away count as much.
 */
final class CloseSpellings {
    /** Enough for a word with two equally likely readings ("vicini", "vicino" stem apart from "vicinato"). */
    private static final int MOST = 3;
    /** A spelling that sounds the same counts as a smaller slip than any one letter. */
    private static final int SAME_SOUND = 0;

    private CloseSpellings() {
    }

    /** The corrections of an analysed term, best first; empty when nothing in the content is close. */
    static List<Correction> of(IndexReader reader, String term) throws IOException {
        return best(closeTo(reader, Fields.ALL, term, Function.identity()));
    }

    /**
     * The corrections of a word as the person wrote it, found among the content's words as written ({@link
     * Fields#SURFACE}) and given as their index terms: a typo is made on the word, and the stem of a misspelt word
     * can be cut anywhere ("cuciare" loses "-iare" and keeps "cuc", too short to correct; "prenoarmi" keeps "pren").
     *
     * @param termOf the index term of a written word, null for a stopword
     */
    static List<Correction> ofWritten(IndexReader reader, String word, Function<String, String> termOf) throws IOException {
        return best(closeTo(reader, Fields.SURFACE, word, termOf));
    }

    /** The likeliest among two lists of corrections of one word, by the same rule. */
    static List<Correction> bestOf(List<Correction> some, List<Correction> others) {
        Map<String, Correction> byTerm = new LinkedHashMap<>();
        some.forEach(correction -> keepClosest(byTerm, correction));
        others.forEach(correction -> keepClosest(byTerm, correction));
        return best(byTerm.values());
    }

    /**
     * The words of {@code field} 1 edit from {@code heard} (2 from 8 letters), as the index terms {@code termOf}
     * gives them, each with its smallest slip: several written forms of one stem ("cucinare", "cucina") are one term.
     */
    private static Collection<Correction> closeTo(IndexReader reader, String field, String heard, Function<String, String> termOf)
        throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return List.of();
        }
        int edits = heard.length() >= 8 ? 2 : 1;
        TermsEnum close = new FuzzyQuery(new Term(field, heard), edits, 1, 50, true).getTermsEnum(terms);
        String sound = ItalianSoundFilter.key(heard);
        Map<String, Correction> byTerm = new LinkedHashMap<>();
        for (BytesRef candidate = close.next(); candidate != null; candidate = close.next()) {
            String word = candidate.utf8ToString();
            String term = termOf.apply(word);
            if (!word.equals(heard) && term != null) {
                keepClosest(byTerm, new Correction(term, slip(heard, sound, word), close.docFreq()));
            }
        }
        return byTerm.values();
    }

    private static void keepClosest(Map<String, Correction> byTerm, Correction correction) {
        byTerm.merge(correction.term(), correction, (a, b) -> a.slip() <= b.slip() ? a : b);
    }

    /** The likeliest of the corrections found: the smallest slip, then the words the content uses most. */
    private static List<Correction> best(Collection<Correction> found) {
        int least = found.stream().mapToInt(Correction::slip).min().orElse(Integer.MAX_VALUE);
        return found.stream()
            .filter(correction -> correction.slip() == least)
            .sorted(Comparator.comparingInt(Correction::docFreq).reversed().thenComparing(Correction::term))
            .limit(MOST)
            .toList();
    }

    /**
     * How big a slip {@code heard} (whose sound key is {@code heardSound}) would be for {@code word}: 0 when they
     * sound the same, else the letters apart.
     */
    static int slip(String heard, String heardSound, String word) {
        return ItalianSoundFilter.key(word).equals(heardSound) ? SAME_SOUND : distance(heard, word);
    }

    /** Letters inserted, dropped, changed or swapped with the next (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * @param term the content's (analysed) word
     * @param slip 0 when it sounds the same, else the letters apart
     * @param docFreq how many entries use it
     */
    record Correction(String term, int slip, int docFreq) {
    }
}

package it.centrinrete.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The names the content uses, as the pairs of words they are said in ("Ponte Lambro", "via Zante", "CSRC Zante"),
 * so that a name a speech recogniser heard as another word can be recognised by the word beside it. A recogniser
 * only writes words of its vocabulary: "Lambro" comes out as "lampo", "Zante" as "sante", and both are Italian
 * words, so no typo correction touches them. Beside "ponte", though, the content has "lambro", which sounds close
 * to "lampo"; the pair says what was meant. A pair is kept when one of its words is a name, a word general Italian
 * does not know: two ordinary words side by side ("corso di cucina") say nothing about a "corso di cucito".
 * Indexed per entry from its title, keywords, places and address, once each way (what follows a word and what
 * comes before it), as words folded but not stemmed, so that they can be compared as they sound.
 */
final class NamePairs {
    private static final String FOLLOWS = ">";
    private static final String PRECEDES = "<";
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Anchors with more pairs than this ("via" in a city's worth of addresses) are not searched beyond it. */
    private static final int MOST_PAIRS = 500;

    private NamePairs() {
    }

    /** The index tokens of a text's name pairs. */
    static List<String> tokens(String text, QueryTerms terms) {
        List<String> words = new ArrayList<>();
        for (String word : terms.words(text)) {
            if (terms.termOf(word) != null) {
                words.add(word);
            }
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i);
            String second = words.get(i + 1);
            if (isName(first) || isName(second)) {
                tokens.add(FOLLOWS + first + " " + second);
                tokens.add(PRECEDES + second + " " + first);
            }
        }
        return tokens;
    }

    /** A word general Italian knows only as a name, or not at all, and no number: a place, a river, a person. */
    static boolean isName(String word) {
        if (NUMBER.matcher(word).matches()) {
            return false;
        }
        ItalianLexicon.WordClass kind = ItalianLexicon.shared().classOf(word);
        return kind == ItalianLexicon.WordClass.UNKNOWN || kind == ItalianLexicon.WordClass.NAME;
    }

    /**
     * The word the content says beside {@code anchor} that {@code heard} most likely stands for: the same sound, else
     * the fewest letters apart (one for short words, two from five letters). {@code heard} itself when the content
     * has that very pair; null when nothing is close.
     *
     * @param heardFollows whether {@code heard} comes after {@code anchor} in the question
     */
    static String meant(IndexReader reader, String anchor, String heard, boolean heardFollows) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.NAME_PAIRS);
        if (terms == null) {
            return null;
        }
        String prefix = (heardFollows ? FOLLOWS : PRECEDES) + anchor + " ";
        TermsEnum pairs = terms.iterator();
        if (pairs.seekExact(new BytesRef(prefix + heard))) {
            return heard;
        }
        if (pairs.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return null;
        }
        String sound = ItalianSoundFilter.key(heard);
        String best = null;
        int bestSlip = Integer.MAX_VALUE;
        int seen = 0;
        for (BytesRef pair = pairs.term(); pair != null && seen < MOST_PAIRS; pair = pairs.next(), seen++) {
            String token = pair.utf8ToString();
            if (!token.startsWith(prefix)) {
                break;
            }
            String word = token.substring(prefix.length());
            int slip = CloseSpellings.slip(heard, sound, word);
            int allowed = Math.min(heard.length(), word.length()) >= 5 ? 2 : 1;
            if (slip <= allowed && slip < bestSlip) {
                best = word;
                bestSlip = slip;
            }
        }
        return best;
    }
}

package it.centrinrete.kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Drops the final vowel of words of four letters or more that the light stemmer leaves alone, because it only
 * stems longer words: without this "spesa" and "spese", "sola" and "solo", "nonno" and "nonna" stay apart. Italian
 * marks number and gender in that vowel, so two words that differ only there are almost always the same word.
 */
public final class FinalVowelFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public FinalVowelFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length >= 4 && "aeiou".indexOf(term.charAt(length - 1)) >= 0) {
            term.setLength(length - 1);
        }
        return true;
    }
}

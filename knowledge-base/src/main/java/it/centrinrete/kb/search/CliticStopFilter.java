package it.centrinrete.kb.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a stopword with a pronoun glued to it: "farlo", "dirmi", "saperlo" are "fare", "dire", "sapere", ways of
 * asking that carry no subject, yet as written no stopword list has them, and a word the content never uses weighs
 * the most in a question ("c'è qualcuno che viene a casa a farlo?" had "farl" as its weightiest word).
 */
final class CliticStopFilter extends FilteringTokenFilter {
    private final CharArraySet stopwords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CliticStopFilter(TokenStream input, CharArraySet stopwords) {
        super(input);
        this.stopwords = stopwords;
    }

    @Override
    protected boolean accept() {
        String word = term.toString();
        String infinitive = VerbEndingFilter.withoutClitic(word);
        return infinitive.equals(word) || !stopwords.contains(infinitive);
    }
}

package it.centrinrete.kb.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a stopword with a pronoun glued to it: "farlo", "dirmi", "saperlo" are "fare", "dire", "sapere", ways of
 * asking that carry no subject, yet as written no stopword list has them, and a word the content never uses weighs
 * the most in a question ("c'è qualcuno che viene a casa a farlo?" had "farl" as its weightiest word). The glued
 * forms are worked out once from the stopwords, so each token costs one lookup: this runs on every word indexed.
 */
final class CliticStopFilter extends FilteringTokenFilter {
    private final CharArraySet glued;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /** @param glued the stopwords with a pronoun glued to them ({@link #gluedForms}) */
    CliticStopFilter(TokenStream input, CharArraySet glued) {
        super(input);
        this.glued = glued;
    }

    /** Every stopword infinitive with each pronoun glued on as Italian glues it ("fare" → "farlo", "farmi"…). */
    static CharArraySet gluedForms(CharArraySet stopwords) {
        CharArraySet forms = new CharArraySet(64, false);
        for (Object entry : stopwords) {
            String word = new String((char[]) entry);
            if (!word.endsWith("re")) {
                continue;
            }
            String stem = word.substring(0, word.length() - 1);
            for (String clitic : VerbEndingFilter.CLITICS) {
                String form = stem + clitic;
                if (VerbEndingFilter.withoutClitic(form).equals(word)) {
                    forms.add(form);
                }
            }
        }
        return CharArraySet.unmodifiableSet(forms);
    }

    @Override
    protected boolean accept() {
        return !glued.contains(term.buffer(), 0, term.length());
    }
}

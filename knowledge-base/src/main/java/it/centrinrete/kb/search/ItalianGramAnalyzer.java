package it.centrinrete.kb.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Indexes each word as its character trigrams ({@code gram} field), the third way of tolerating typos the
 * evaluation compares with fuzzy matching and sound keys: "ginastica" shares most trigrams with "ginnastica".
 */
public final class ItalianGramAnalyzer extends Analyzer {
    static final int SIZE = 3;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = ItalianSearchAnalyzer.contentWords(source);
        result = new NGramTokenFilter(result, SIZE, SIZE, false);
        return new TokenStreamComponents(source, result);
    }
}

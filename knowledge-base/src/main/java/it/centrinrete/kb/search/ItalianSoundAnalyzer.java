package it.centrinrete.kb.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Indexes text as sound keys (see {@link ItalianSoundFilter}) for the {@code sound} field. */
public final class ItalianSoundAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = ItalianSearchAnalyzer.contentWords(source);
        result = new ItalianSoundFilter(result);
        return new TokenStreamComponents(source, result);
    }
}

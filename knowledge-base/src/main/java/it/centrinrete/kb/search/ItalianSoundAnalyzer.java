package it.centrinrete.kb.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/** Indexes text as sound keys (see {@link ItalianSoundFilter}) for the {@code sound} field. */
public final class ItalianSoundAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ApostropheSplitFilter(new ElisionFilter(source, ItalianSearchAnalyzer.ELISIONS));
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, Vocabulary.stopwords());
        result = new ItalianSoundFilter(result);
        return new TokenStreamComponents(source, result);
    }
}

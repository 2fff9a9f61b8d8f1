package it.centrinrete.kb.search;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Italian analysis for the knowledge base, top to bottom: split words, drop elided articles ("l'ospedale" →
 * "ospedale") and split other apostrophes, lowercase, fold accents so that "citta" finds "città" and "e" finds
 * "è", drop stopwords and the fillers of spoken questions, cut verb endings and glued pronouns
 * ({@link VerbEndingFilter}: "prenotare" finds "prenota"), Lucene's light stemmer ("visita" finds "visite"), then
 * the final vowel ({@link FinalVowelFilter}: "spesa" finds "spese"). Synonyms are expanded at query time (see
 * {@link Synonyms}), so an operator's edit to the synonym list takes effect without rebuilding the index.
 */
public final class ItalianSearchAnalyzer extends Analyzer {
    /** Elided forms of articles and prepositions, as written before an apostrophe: the elision filter drops them. */
    static final CharArraySet ELISIONS = new CharArraySet(Arrays.asList(
        "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl",
        "un", "m", "t", "s", "v", "d", "com", "dov", "cos", "qual"), true);
    /**
     * Elided demonstratives: the apostrophe split keeps them as words ("quest'ufficio" → "quest", "ufficio") so that
     * a question can point at the kiosk's own place; as stopwords they drop out of the index terms all the same.
     */
    static final CharArraySet ELIDED_DEMONSTRATIVES = new CharArraySet(Arrays.asList("quest", "quell"), true);

    /** Words as people write them: split, elided articles dropped, lowercase, accents folded. */
    static TokenStream foldedWords(Tokenizer source) {
        TokenStream result = new ApostropheSplitFilter(new ElisionFilter(source, ELISIONS));
        result = new LowerCaseFilter(result);
        return new ASCIIFoldingFilter(result);
    }

    /** The folded words that carry meaning: stopwords and the fillers of spoken questions are gone. */
    static TokenStream contentWords(Tokenizer source) {
        return new CliticStopFilter(new StopFilter(foldedWords(source), Vocabulary.stopwords()), Vocabulary.gluedStopwords());
    }

    /** The analyzer used to index and to search. */
    public ItalianSearchAnalyzer() {
        super();
    }

    /** One whose components are reused as {@code strategy} says (see {@link PooledReuse}). */
    ItalianSearchAnalyzer(ReuseStrategy strategy) {
        super(strategy);
    }

    /** The words before stopword removal and stemming: the surface words a synonym list is written in. */
    static Analyzer surface(ReuseStrategy strategy) {
        return new Analyzer(strategy) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, foldedWords(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = contentWords(source);
        result = new VerbEndingFilter(result);
        result = new ItalianLightStemFilter(result);
        result = new FinalVowelFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Keeps phrases from matching across two keywords or two paragraphs of one field. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}

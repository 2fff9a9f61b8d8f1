package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Splits text into words and into the index terms (folded, stemmed, stopwords out) that the index holds. */
final class QueryTerms {
    private final Analyzer analyzer;
    private final Analyzer surface = ItalianSearchAnalyzer.surface();

    QueryTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The index terms of a text, in order. */
    List<String> indexTerms(String text) {
        return tokens(analyzer, text);
    }

    /** The words of a text, lowercase and accent-folded, stopwords kept. */
    List<String> words(String text) {
        return tokens(surface, text);
    }

    /** The index term of one folded word, or null when the word is a stopword. */
    String termOf(String word) {
        List<String> terms = tokens(analyzer, word);
        return terms.isEmpty() ? null : terms.get(0);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
    }
}

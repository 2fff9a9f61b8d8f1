package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into words and into the index terms (folded, stemmed, stopwords out) that the index holds. Safe for
 * any number of threads: each call borrows a pair of analyzers from a pool, so their tokenizers are reused across
 * questions even when every question runs on a new virtual thread.
 */
final class QueryTerms {
    /** Enough pairs for the busiest moment of a server; beyond it a borrowed pair is simply not kept. */
    private static final int POOL = 64;

    private record Pair(Analyzer terms, Analyzer surface) {
    }

    private final BlockingQueue<Pair> pool = new ArrayBlockingQueue<>(POOL);
    /** 20,000 words' index terms: beyond it the memory simply starts again. */
    private final BoundedMemory<String, Optional<String>> termsOfWords = new BoundedMemory<>(20_000);

    /** The index terms of a text, in order. */
    List<String> indexTerms(String text) {
        return withPair(pair -> tokens(pair.terms(), text));
    }

    /** The words of a text, lowercase and accent-folded, stopwords kept. */
    List<String> words(String text) {
        return withPair(pair -> tokens(pair.surface(), text));
    }

    /** The index term of one folded word, or null when the word is a stopword. */
    String termOf(String word) {
        // analysis depends on the word alone, never on the content: each word is analysed once, not per question
        Optional<String> known = termsOfWords.get(word, () -> {
            List<String> terms = indexTerms(word);
            return Optional.ofNullable(terms.isEmpty() ? null : terms.get(0));
        });
        return known.orElse(null);
    }

    private <T> T withPair(Function<Pair, T> work) {
        Pair pair = pool.poll();
        if (pair == null) {
            pair = new Pair(new ItalianSearchAnalyzer(new PooledReuse()), ItalianSearchAnalyzer.surface(new PooledReuse()));
        }
        try {
            return work.apply(pair);
        } finally {
            pool.offer(pair);
        }
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

package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms one question looks up, each found in the term dictionary once. A question asks about the same term
 * many times (its frequency, its query in the search, again when weighing coverage at three levels); seeking it
 * anew each time was most of a search's work and of its garbage. One per question, on one searcher.
 */
final class TermLookup implements Predicate<String> {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    TermLookup(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    TermStates states(Term term) {
        return states.computeIfAbsent(term, key -> {
            try {
                return TermStates.build(searcher, key, true);
            } catch (IOException e) {
                throw new UncheckedIOException("the search index cannot be read", e);
            }
        });
    }

    int docFreq(Term term) {
        return states(term).docFreq();
    }

    /** A term query that reuses what was already found about its term. */
    Query query(Term term) {
        return new TermQuery(term, states(term));
    }

    /** What the content most likely meant by an analysed term it lacks ({@link CloseSpellings}). */
    List<CloseSpellings.Correction> corrections(String term) {
        try {
            return CloseSpellings.of(searcher.getIndexReader(), term);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    /** Whether the content has this (analysed) term anywhere. */
    @Override
    public boolean test(String term) {
        return docFreq(new Term(Fields.ALL, term)) > 0;
    }
}

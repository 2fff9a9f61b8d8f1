package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOSupplier;

/**
 * The entries each coverage query of a version of the index matches, found once: whether "spesa" is in an entry's
 * title, or "casa" anywhere in it, is the same for every question that asks. Testing a bit is what weighing
 * coverage then costs, where building the query's scorers for each question was a third of a new question's work.
 * One bit per entry per query; bounded, and when full it simply starts again.
 */
final class MatchingDocs {
    private final IndexSearcher searcher;
    private final BoundedMemory<Object, FixedBitSet> matches = new BoundedMemory<>(4096);

    /** @param searcher the searcher of one version of the index: the sets found are valid for it only */
    MatchingDocs(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The documents a query matches, by their index-wide numbers. {@code key} names the query cheaply (a query's own
     * hash walks all its clauses), and the query is only built when its documents were not yet found.
     */
    FixedBitSet of(Object key, IOSupplier<Query> query) {
        try {
            return matches.get(key, () -> find(query.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    private FixedBitSet find(Query query) throws IOException {
        FixedBitSet found = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        LiveMatches.forEach(searcher, weight, (doc, scorer) -> found.set(doc));
        return found;
    }
}

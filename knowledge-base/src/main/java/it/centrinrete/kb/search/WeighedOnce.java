package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A concept's rewritten query whose {@link Weight} is made once per version of the index and score mode. Making a
 * weight looks up every term of every phrase and synonym and computes its statistics, which for the same words on
 * the same index always come out the same; a question made of words heard before then only pays for scoring. A
 * weight holds no per-search state, and Lucene itself shares one across threads searching slices of an index.
 */
final class WeighedOnce extends Query {
    private final IndexSearcher searcher;
    private final Query query;
    private final Map<ScoreMode, Weight> weights = new ConcurrentHashMap<>();

    /** @param query already rewritten for {@code searcher} */
    WeighedOnce(IndexSearcher searcher, Query query) {
        this.searcher = searcher;
        this.query = query;
    }

    @Override
    public Weight createWeight(IndexSearcher asking, ScoreMode scoreMode, float boost) throws IOException {
        if (asking != searcher || boost != 1f) {
            return asking.createWeight(query, scoreMode, boost);
        }
        try {
            return weights.computeIfAbsent(scoreMode, mode -> {
                try {
                    return searcher.createWeight(query, mode, 1f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Query rewrite(IndexSearcher asking) {
        return this;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The BM25 score every entry gets from each concept of a version of the index, found once: a question's score is the
 * sum of its concepts' scores (what a Lucene query of optional clauses computes), so a new question made of concepts
 * heard before only adds up numbers it already has, where scoring it anew built every term's postings again. Bounded
 * by the number of scores held (about 16 MB), and when full it simply starts again.
 */
final class ConceptScores {
    private static final long BUDGET = 2_000_000;
    /** Enough accumulators for the busiest moment of a server; beyond it a borrowed one is simply not kept. */
    private static final int POOL = 16;

    private final IndexSearcher searcher;
    private final int maxDoc;
    private final Map<Query, Scores> known = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();
    private final BlockingQueue<Accumulator> sums = new ArrayBlockingQueue<>(POOL);

    /** @param searcher the searcher of one version of the index: the scores found are valid for it only */
    ConceptScores(IndexSearcher searcher) {
        this.searcher = searcher;
        this.maxDoc = searcher.getIndexReader().maxDoc();
    }

    /**
     * The best {@code limit} entries for the sum of the clauses' scores, best first, equal scores in index order as
     * Lucene ranks them; only entries in {@code allowed} (null: all) count.
     *
     * @param clauses rewritten queries, each remembered by identity as long as its concept is
     */
    ScoreDoc[] top(List<Query> clauses, FixedBitSet allowed, int limit) {
        Accumulator sum = sums.poll();
        if (sum == null) {
            sum = new Accumulator(new double[maxDoc], new boolean[maxDoc], new int[maxDoc]);
        }
        int touched = 0;
        try {
            for (Query clause : clauses) {
                Scores scores = of(clause);
                for (int i = 0; i < scores.docs().length; i++) {
                    int doc = scores.docs()[i];
                    if (allowed != null && !allowed.get(doc)) {
                        continue;
                    }
                    if (!sum.seen()[doc]) {
                        sum.seen()[doc] = true;
                        sum.touched()[touched++] = doc;
                    }
                    sum.scores()[doc] += scores.scores()[i];
                }
            }
            return best(sum, touched, limit);
        } finally {
            for (int i = 0; i < touched; i++) {
                sum.scores()[sum.touched()[i]] = 0;
                sum.seen()[sum.touched()[i]] = false;
            }
            sums.offer(sum);
        }
    }

    /** The best few of the touched entries, kept in order as they come: a handful out of up to every entry. */
    private static ScoreDoc[] best(Accumulator sum, int touched, int limit) {
        ScoreDoc[] best = new ScoreDoc[Math.min(limit, touched)];
        int size = 0;
        for (int i = 0; i < touched; i++) {
            int doc = sum.touched()[i];
            float score = (float) sum.scores()[doc];
            if (size == best.length && !before(score, doc, best[size - 1])) {
                continue;
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && before(score, doc, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = new ScoreDoc(doc, score);
        }
        return best;
    }

    /** Higher scores first, and among equal scores the entry first in the index, as Lucene ranks them. */
    private static boolean before(float score, int doc, ScoreDoc other) {
        return score > other.score || score == other.score && doc < other.doc;
    }

    private Scores of(Query clause) {
        Scores found = known.get(clause);
        if (found != null) {
            return found;
        }
        try {
            found = score(clause);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
        if (held.addAndGet(found.docs().length) > BUDGET) {
            known.clear();
            held.set(found.docs().length);
        }
        known.put(clause, found);
        return found;
    }

    private Scores score(Query clause) throws IOException {
        Weight weight = searcher.createWeight(clause, ScoreMode.COMPLETE, 1f);
        Growing found = new Growing();
        LiveMatches.forEach(searcher, weight, (doc, scorer) -> found.add(doc, scorer.score()));
        return found.scores();
    }

    /** The scores of one clause as they are found, in arrays that double when full. */
    private static final class Growing {
        private int[] docs = new int[16];
        private float[] scores = new float[16];
        private int count;

        void add(int doc, float score) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, count * 2);
                scores = Arrays.copyOf(scores, count * 2);
            }
            docs[count] = doc;
            scores[count] = score;
            count++;
        }

        Scores scores() {
            return new Scores(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
        }
    }

    /**
     * One question's running sums by entry, and which entries have one (a score may be zero), listed so that they are
     * found and cleared without a walk over every entry.
     */
    private record Accumulator(double[] scores, boolean[] seen, int[] touched) {
    }

    /** The entries a clause matches, by index-wide number, and the score it gives each. */
    private record Scores(int[] docs, float[] scores) {
    }
}

package it.centrinrete.kb.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Walks every entry a weight matches, over all the index's segments, as Lucene's own collectors would see them: a
 * deleted entry stays in its segment until merged away, and only its live-docs bit says it is gone.
 */
final class LiveMatches {
    private LiveMatches() {
    }

    /** What is done with each match; the scorer stands on it, so its score can be read. */
    interface Visitor {
        void visit(int doc, Scorer scorer) throws IOException;
    }

    /** Calls {@code visitor} for each live matching entry, by its index-wide number, in index order. */
    static void forEach(IndexSearcher searcher, Weight weight, Visitor visitor) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator iterator = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                    visitor.visit(leaf.docBase + doc, scorer);
                }
            }
        }
    }
}

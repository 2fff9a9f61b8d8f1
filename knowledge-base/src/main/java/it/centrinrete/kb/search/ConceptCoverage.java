package it.centrinrete.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * How much of a question an entry covers: each concept weighs as much as its word is rare in the content (an
 * inverse document frequency), and a concept matched only through a close spelling or a similar sound counts for
 * less than one matched exactly. Aspect words ("apre", "costa", "dove") do not count: every centre has opening
 * hours even when its text never says "apre", so they rank but never make an entry look less fitting. A concept
 * an entry only mentions in its description ("tempo" in "tempo libero") counts for less than one it is about
 * (in its title or keywords): that keeps a single common word from passing for a grounded answer.
 * Words the content has never seen weigh the most,
 * which is what makes an off-topic question ("chi ha vinto la partita") fall below the threshold.
 */
final class ConceptCoverage {
    private static final double MENTIONED = 0.7;
    private static final double LOOSE_MATCH = 0.6;

    private final IndexSearcher searcher;
    private final List<Concept> concepts = new ArrayList<>();
    private final List<Weight> named = new ArrayList<>();
    private final List<Weight> strict = new ArrayList<>();
    private final List<Weight> loose = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    ConceptCoverage(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The strict and loose queries come rewritten; the loose one is the strict one itself when nothing was loosened. */
    void add(Concept concept, Query namedQuery, Query strictQuery, Query looseQuery) throws IOException {
        concepts.add(concept);
        named.add(searcher.createWeight(searcher.rewrite(namedQuery), ScoreMode.COMPLETE_NO_SCORES, 1));
        Weight strictWeight = searcher.createWeight(strictQuery, ScoreMode.COMPLETE_NO_SCORES, 1);
        strict.add(strictWeight);
        loose.add(looseQuery == strictQuery ? strictWeight : searcher.createWeight(looseQuery, ScoreMode.COMPLETE_NO_SCORES, 1));
        weights.add(weight(concept));
    }

    private double weight(Concept concept) throws IOException {
        int docs = Math.max(1, searcher.getIndexReader().numDocs());
        int rarest = Integer.MAX_VALUE;
        for (String term : concept.own()) {
            rarest = Math.min(rarest, searcher.getIndexReader().docFreq(new Term(Fields.ALL, term)));
        }
        return concept.aspect() ? 0 : Math.log(1 + (docs - rarest + 0.5) / (rarest + 0.5));
    }

    /** Whether the question names a thing at all, not only facets ("a che ora apre?" alone names nothing). */
    boolean hasSubject() {
        return concepts.stream().anyMatch(concept -> !concept.aspect());
    }

    double of(int doc) throws IOException {
        double total = 0;
        double covered = 0;
        for (int i = 0; i < concepts.size(); i++) {
            total += weights.get(i);
            covered += weights.get(i) * match(i, doc);
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * Whether the entry matches at least one thing the question names with the question's own words or their
     * synonyms; an entry reached only through near-spellings and similar sounds is a guess, not an answer.
     */
    boolean matchesExactly(int doc) throws IOException {
        for (int i = 0; i < concepts.size(); i++) {
            if (!concepts.get(i).aspect() && match(i, doc) >= MENTIONED) {
                return true;
            }
        }
        return false;
    }

    /** The words of the question the entry does not cover. */
    List<String> unmatched(int doc) throws IOException {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            if (!concepts.get(i).aspect() && match(i, doc) == 0) {
                words.add(concepts.get(i).words());
            }
        }
        return words;
    }

    private double match(int concept, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        if (named.get(concept).matches(leaf, local) != null) {
            return 1;
        }
        if (strict.get(concept).matches(leaf, local) != null) {
            return MENTIONED;
        }
        return loose.get(concept).matches(leaf, local) != null ? LOOSE_MATCH : 0;
    }
}

package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms questions look up, each found in the term dictionary once per version of the index. A question asks
 * about the same term many times (its frequency, its query in the search, again when weighing coverage at three
 * levels), and the next question mostly about the same words; seeking a term anew each time was most of a search's
 * work and of its garbage. Built with statistics, a {@link TermStates} is complete and only read afterwards, so one
 * can serve every question on its searcher at once. Bounded: when full it simply starts again.
 */
final class TermLookup implements Predicate<String> {
    private final IndexSearcher searcher;
    private final BoundedMemory<Term, TermStates> states = new BoundedMemory<>(20_000);
    /**
     * The close spellings of a term the content lacks: asked for its query, whether a joined pair of unknown words is
     * a likely slip, and whether a mistyped stopword or facet word sounds like a word of the content.
     */
    private final BoundedMemory<String, List<CloseSpellings.Correction>> closeSpellings = new BoundedMemory<>(20_000);
    /** What a word beside another in a question stands for in the content's names: asked for every pair of words. */
    private final BoundedMemory<Beside, Optional<String>> meantNames = new BoundedMemory<>(20_000);
    private final QueryTerms terms;

    /** @param searcher the searcher of one version of the index: the states found are valid for it only */
    TermLookup(IndexSearcher searcher, QueryTerms terms) {
        this.searcher = searcher;
        this.terms = terms;
    }

    TermStates states(Term term) {
        try {
            return states.get(term, () -> TermStates.build(searcher, term, true));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
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
        return closeSpellings.get(term, () -> {
            try {
                return CloseSpellings.of(searcher.getIndexReader(), term);
            } catch (IOException e) {
                throw new UncheckedIOException("the search index cannot be read", e);
            }
        });
    }

    /** The corrections of a word as written, among the content's written words ({@link CloseSpellings#ofWritten}). */
    List<CloseSpellings.Correction> writtenCorrections(String word) {
        try {
            return CloseSpellings.ofWritten(searcher.getIndexReader(), word, terms::termOf);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    /** Whether the content has a word that sounds the same as this (analysed) term: the likeliest slip of all. */
    boolean hasSameSoundOf(String term) {
        return corrections(term).stream().anyMatch(correction -> correction.slip() == 0);
    }

    /** Whether the content has a word this (analysed) term is a likely slip of: the same sound, or a letter away. */
    boolean hasLikelySlipOf(String term) {
        return corrections(term).stream().anyMatch(correction -> correction.slip() <= 1);
    }

    /**
     * The word beside {@code anchor} in one of the content's names that {@code heard} most likely stands for
     * ({@link NamePairs}); {@code heard} itself when the content says the two together, null when nothing is close.
     */
    String meantName(String anchor, String heard, boolean heardFollows) {
        return meantNames.get(new Beside(anchor, heard, heardFollows), () -> {
            try {
                return Optional.ofNullable(NamePairs.meant(searcher.getIndexReader(), anchor, heard, heardFollows));
            } catch (IOException e) {
                throw new UncheckedIOException("the search index cannot be read", e);
            }
        }).orElse(null);
    }

    private record Beside(String anchor, String heard, boolean heardFollows) {
    }

    /** Whether the content has this (analysed) term anywhere. */
    @Override
    public boolean test(String term) {
        return docFreq(new Term(Fields.ALL, term)) > 0;
    }
}

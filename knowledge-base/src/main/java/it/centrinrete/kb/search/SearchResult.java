package it.centrinrete.kb.search;

import java.util.List;

/**
 * What the knowledge base found for a question.
 *
 * @param hits best first; may be non-empty even when not {@code answerable}, for "did you mean" suggestions
 * @param confidence estimated probability (0 to 1) that the first hit is what the person asked about
 * @param answerable whether the first hit is good enough to answer with
 * @param unmatchedWords words of the question that no entry covers: what the content lacks
 * @param evidence what the first hit has to show, from which {@code confidence} comes
 */
public record SearchResult(List<SearchHit> hits, double confidence, boolean answerable, List<String> unmatchedWords,
                           Evidence evidence) {
    public SearchResult {
        hits = List.copyOf(hits);
        unmatchedWords = List.copyOf(unmatchedWords);
    }

    public static SearchResult nothing(List<String> unmatchedWords) {
        return new SearchResult(List.of(), 0, false, unmatchedWords, Evidence.NONE);
    }
}

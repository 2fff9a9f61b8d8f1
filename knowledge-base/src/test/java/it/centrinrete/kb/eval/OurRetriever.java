package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchHit;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;

/** The product's search, with the options under test. */
final class OurRetriever implements Retriever {
    private final String name;
    private final KnowledgeSearcher searcher;

    OurRetriever(String name, KnowledgeSearcher searcher) {
        this.name = name;
        this.searcher = searcher;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Ranking rank(String question, String here, GeoPoint near) {
        SearchResult result = searcher.search(SearchRequest.of(question).at(here, near));
        return new Ranking(result.hits().stream().map(SearchHit::id).toList(), result.answerable(), result.confidence());
    }
}

package it.centrinrete.kb.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.GeoPoint;
import java.util.List;

/**
 * Baseline 2: LangChain4j in-process embeddings (all-MiniLM-L6-v2, shipped inside its Maven artifact) and its
 * in-memory store; one embedding per entry of its title, keywords and texts. It abstains under a cosine threshold.
 */
final class EmbeddingBaseline implements Retriever {
    private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final double threshold;

    EmbeddingBaseline(Content content, double threshold) {
        this.threshold = threshold;
        for (Entry entry : content.entries()) {
            TextSegment segment = TextSegment.from(textOf(entry));
            segment.metadata().put("id", entry.id());
            store.add(model.embed(segment).content(), segment);
        }
    }

    static String textOf(Entry entry) {
        return entry.title() + ". " + String.join(", ", entry.keywords()) + ". " + String.join(" ", entry.bodyTexts());
    }

    @Override
    public String name() {
        return "MiniLM embeddings";
    }

    @Override
    public Ranking rank(String question, String here, GeoPoint near) {
        Embedding query = model.embed(question).content();
        List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
            .queryEmbedding(query).maxResults(5).build()).matches();
        List<String> ids = matches.stream().map(match -> match.embedded().metadata().getString("id")).toList();
        double top = matches.isEmpty() ? 0 : matches.get(0).score();
        return new Ranking(ids, top >= threshold, top);
    }
}

package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchOptions;
import it.centrinrete.kb.search.Synonyms;
import java.util.List;

/**
 * How the abstention threshold ({@code SearchOptions.DEFAULT.minCoverage}) was chosen without tuning on the figures
 * we report: it is swept on the odd lines of the set (dev), the value with the best hit@1 + abstention there is
 * taken, and the even lines (held out) show what it does on questions it was not chosen on.
 * Run: {@code ./mvnw -q -pl knowledge-base test-compile exec:java@threshold}.
 */
public final class ThresholdSelection {
    private ThresholdSelection() {
    }

    public static void main(String[] args) {
        Content content = EvalContent.load();
        List<EvalQuestion> all = EvalSet.load();
        List<EvalQuestion> dev = all.stream().filter(q -> q.line() % 2 == 1).toList();
        List<EvalQuestion> held = all.stream().filter(q -> q.line() % 2 == 0).toList();
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.rebuild(content);
            for (double t = 0.2; t <= 0.61; t += 0.05) {
                var searcher = new KnowledgeSearcher(index, Synonyms.load(SampleContent.folder()),
                    SearchOptions.DEFAULT.withMinCoverage(t));
                Retriever ours = new OurRetriever("t=" + String.format("%.2f", t), searcher);
                Scores d = Scores.of("dev " + ours.name(), dev, Evaluation.run(ours, dev, content));
                Scores h = Scores.of("held " + ours.name(), held, Evaluation.run(ours, held, content));
                System.out.println(d.row());
                System.out.println(h.row());
            }
        }
    }
}

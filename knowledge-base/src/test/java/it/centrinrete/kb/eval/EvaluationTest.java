package it.centrinrete.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.Synonyms;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the search from getting worse than the README reports. The floors sit just under today's figures
 * (development set: hit@1 0.941, hit@3 0.980, abstention 0.917; held-out set: 0.890, 0.974, 0.906; blind set of
 * answerable questions: 0.904, 0.992). The development set meets issue 2's targets; the held-out set is two
 * questions short on hit@1. Raise the floors as the method improves; a change of threshold only trades one figure
 * for the other along the same curve.
 */
class EvaluationTest {

    private static Scores oursOn(List<EvalQuestion> questions) {
        Content content = EvalContent.load();
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.rebuild(content);
            Retriever ours = new OurRetriever("ours", new KnowledgeSearcher(index, Synonyms.load(SampleContent.folder())));
            return Scores.of(ours.name(), questions, Evaluation.run(ours, questions, content));
        }
    }

    @Test
    void ourSearchStaysAtLeastAsGoodAsReported() {
        // when
        Scores scores = oursOn(EvalSet.load());

        // then
        assertThat(scores.answerable()).as("answerable questions").isGreaterThanOrEqualTo(150);
        assertThat(scores.unanswerable()).as("unanswerable questions").isGreaterThanOrEqualTo(20);
        assertThat(scores.hitAt1()).as("hit@1; misses:%n%s", String.join("\n", scores.misses())).isGreaterThanOrEqualTo(0.93);
        assertThat(scores.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.97);
        assertThat(scores.abstention()).as("abstention").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void ourSearchOnTheHeldOutSetStaysAtLeastAsGoodAsReported() {
        // when
        Scores scores = oursOn(EvalSet.holdout());

        // then
        assertThat(scores.hitAt1()).as("held-out hit@1").isGreaterThanOrEqualTo(0.88);
        assertThat(scores.hitAt3()).as("held-out hit@3").isGreaterThanOrEqualTo(0.97);
        assertThat(scores.abstention()).as("held-out abstention").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void ourSearchOnTheBlindSetStaysAtLeastAsGoodAsReported() {
        // when
        Scores scores = oursOn(EvalSet.blind());

        // then
        assertThat(scores.answerable()).as("blind questions").isGreaterThanOrEqualTo(250);
        assertThat(scores.hitAt1()).as("blind hit@1").isGreaterThanOrEqualTo(0.90);
        assertThat(scores.hitAt3()).as("blind hit@3").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void everyExpectedIdExistsInTheContent() {
        Content content = EvalContent.load();
        assertThat(EvalSet.load()).filteredOn(EvalQuestion::answerable)
            .allSatisfy(question -> assertThat(content.find(question.expectedId())).as("line %d", question.line()).isPresent());
        assertThat(EvalSet.holdout()).filteredOn(EvalQuestion::answerable)
            .allSatisfy(question -> assertThat(content.find(question.expectedId())).as("holdout line %d", question.line()).isPresent());
        assertThat(EvalSet.blind())
            .allSatisfy(question -> assertThat(content.find(question.expectedId())).as("blind line %d", question.line()).isPresent());
    }
}

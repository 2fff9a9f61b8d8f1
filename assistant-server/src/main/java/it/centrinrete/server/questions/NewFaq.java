package it.centrinrete.server.questions;

import it.centrinrete.server.http.ApiException;
import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/unanswered/faq}: a FAQ made from questions kiosks could not answer.
 *
 * @param id the FAQ's id; null or blank to make one from the first question
 * @param questions the wordings the FAQ answers; the console proposes the group's
 */
public record NewFaq(List<Long> questionIds, String id, List<String> questions, String answer, List<String> keywords,
                     List<String> related) {
    public NewFaq {
        questionIds = QuestionIds.check(questionIds);
        if (questions == null || questions.stream().allMatch(q -> q == null || q.isBlank())) {
            throw ApiException.badRequest("missing_questions", "'questions' needs at least one wording of the question.");
        }
        keywords = keywords == null ? List.of() : keywords;
        related = related == null ? List.of() : related;
    }
}

package it.centrinrete.server.questions;

import java.util.List;

/** The body of {@code POST /api/v1/admin/unanswered/handled}. */
public record HandledQuestions(List<Long> questionIds) {
    public HandledQuestions {
        questionIds = QuestionIds.check(questionIds);
    }
}

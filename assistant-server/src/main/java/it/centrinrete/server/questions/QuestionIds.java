package it.centrinrete.server.questions;

import it.centrinrete.server.http.ApiException;
import java.util.List;

/** The questions an operator acts on at once: one group, at most a few hundred. */
final class QuestionIds {
    private static final int MOST = 500;

    private QuestionIds() {
    }

    static List<Long> check(List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MOST || ids.contains(null)) {
            throw ApiException.badRequest("invalid_questions", "'questionIds' must list 1 to " + MOST + " question ids.");
        }
        return List.copyOf(ids);
    }
}

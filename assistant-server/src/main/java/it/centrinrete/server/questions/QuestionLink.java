package it.centrinrete.server.questions;

import it.centrinrete.server.http.ApiException;
import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/unanswered/link}: these questions are answered by an existing entry.
 *
 * @param text the wording to add to the entry (to a FAQ's questions, to other entries' keywords); null for the first
 *     question's
 */
public record QuestionLink(List<Long> questionIds, String entryId, String text) {
    public QuestionLink {
        questionIds = QuestionIds.check(questionIds);
        if (entryId == null || entryId.isBlank()) {
            throw ApiException.badRequest("missing_entry", "'entryId' names the entry that answers these questions.");
        }
        if (text != null && text.length() > 300) {
            throw ApiException.badRequest("text_too_long", "'text' may have at most 300 characters.");
        }
    }
}

package it.centrinrete.server.questions;

import java.time.Instant;
import java.util.List;

/**
 * Questions that say nearly the same thing.
 *
 * @param text the wording asked most often (the latest of equals), shown for the whole group
 * @param ids every question of the group, to act on them together
 * @param variants the other wordings, each once
 */
public record QuestionGroup(String text, int count, List<Long> ids, List<String> variants, Instant lastAsked) {
    public QuestionGroup {
        ids = List.copyOf(ids);
        variants = List.copyOf(variants);
    }
}

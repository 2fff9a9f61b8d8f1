package it.centrinrete.server.editing;

import it.centrinrete.kb.content.EntryType;
import java.time.Instant;

/**
 * An entry saved in the console but not yet published.
 *
 * @param body the entry's native fields as JSON, exactly as the console sent them
 */
public record Draft(String entryId, EntryType type, String body, String savedBy, Instant savedAt) {
}

package it.centrinrete.server.editing;

import it.centrinrete.kb.content.EntryType;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What the console's list asks for; a null or empty part asks for everything.
 *
 * @param text words to find in the id, title or keywords, regardless of case and accents
 * @param freshness {@code stale} for entries to review, {@code fresh} for the others, null for both
 * @param draftsOnly only entries with a draft waiting to be published
 */
public record EntryQuery(EntryType type, String centre, String text, String freshness, boolean draftsOnly) {
    public EntryQuery {
        centre = centre == null || centre.isBlank() ? null : centre.strip();
        text = text == null ? "" : fold(text);
        if (freshness != null && !freshness.isBlank() && !freshness.equals("stale") && !freshness.equals("fresh")) {
            throw new IllegalArgumentException("freshness must be stale or fresh, not '" + freshness + "'");
        }
        freshness = freshness == null || freshness.isBlank() ? null : freshness;
    }

    /** Lower case without accents, so "perche" finds "perché". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}

package it.centrinrete.kb.search;

import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.GeoPoint;
import java.util.Set;

/**
 * A question to the knowledge base.
 *
 * @param near where the kiosk is, to prefer nearby entries among equally good ones; may be null
 * @param here id of the kiosk's centre: a question that names nothing but "qui", "siete aperti?" is about it;
 *     may be null
 * @param types the entry types wanted; empty means all
 * @param limit how many hits at most (1 to 50)
 */
public record SearchRequest(String text, GeoPoint near, String here, Set<EntryType> types, int limit) {
    /** Questions longer than this are cut: nobody says more to a kiosk, and it bounds the query's cost. */
    public static final int MAX_TEXT = 500;

    public SearchRequest {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        types = types == null ? Set.of() : Set.copyOf(types);
        if (limit < 1 || limit > 50) {
            throw new IllegalArgumentException("limit must be between 1 and 50, not " + limit);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, Set.of(), 5);
    }

    public SearchRequest near(GeoPoint point) {
        return new SearchRequest(text, point, here, types, limit);
    }

    /** The kiosk stands at this centre, which is at {@code point}. */
    public SearchRequest at(String centreId, GeoPoint point) {
        return new SearchRequest(text, point, centreId, types, limit);
    }

    public SearchRequest only(Set<EntryType> wanted) {
        return new SearchRequest(text, near, here, wanted, limit);
    }
}

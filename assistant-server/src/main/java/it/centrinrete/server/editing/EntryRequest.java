package it.centrinrete.server.editing;

import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.server.http.ApiException;
import java.util.Map;

/**
 * The body of a create or draft request: the entry type and its native fields, as the console's form sends them.
 *
 * @param fields the entry as a content file would hold it ({@code id}, {@code name}, {@code openingHours} …)
 */
public record EntryRequest(String type, Map<String, Object> fields) {
    public EntryRequest {
        parse(type);
        if (fields == null || fields.isEmpty()) {
            throw ApiException.badRequest("missing_fields", "The field 'fields' is required: the entry's fields.");
        }
    }

    EntryType entryType() {
        return parse(type);
    }

    private static EntryType parse(String type) {
        try {
            return EntryType.fromWireName(type == null ? "" : type);
        } catch (InvalidEntryException e) {
            throw ApiException.badRequest("invalid_type", "'type' must be centre, service, activity, guide or faq, not '" + type + "'.");
        }
    }
}

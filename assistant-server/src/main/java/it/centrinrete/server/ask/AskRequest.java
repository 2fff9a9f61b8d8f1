package it.centrinrete.server.ask;

import it.centrinrete.server.http.ApiException;

/**
 * What a kiosk asks.
 *
 * @param sessionId from a previous answer, to continue that conversation; may be null
 * @param lang only "it" for now; may be null
 */
public record AskRequest(String text, String sessionId, String lang) {
    /** Nobody says more than this to a kiosk; longer is a client fault, not a question. */
    public static final int MAX_TEXT = 500;

    public AskRequest {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("missing_text", "The field 'text' is required and must not be empty.");
        }
        if (text.length() > MAX_TEXT) {
            throw ApiException.badRequest("text_too_long", "The field 'text' may hold at most " + MAX_TEXT + " characters.");
        }
        if (lang != null && !lang.equals("it")) {
            throw ApiException.badRequest("unsupported_lang", "Only 'it' is supported for 'lang', not '" + lang + "'.");
        }
        if (sessionId != null && sessionId.length() > 100) {
            throw ApiException.badRequest("invalid_session", "The field 'sessionId' is too long.");
        }
        text = text.strip();
    }
}

package it.centrinrete.server.helpcalls;

import it.centrinrete.server.http.ApiException;

/**
 * The optional body of {@code POST /api/v1/help-calls}.
 *
 * @param reason why: {@code help_button}, {@code screen}, {@code voice} or a few words; null when not said
 * @param sessionId the kiosk's conversation, if one is going on; accepted so kiosks can send it, not stored
 */
public record NewHelpCall(String reason, String sessionId) {
    private static final int LONGEST_REASON = 200;
    private static final int LONGEST_SESSION = 100;

    public NewHelpCall {
        if (reason != null && reason.strip().length() > LONGEST_REASON) {
            throw ApiException.badRequest("invalid_help_call", "reason: at most " + LONGEST_REASON + " characters.");
        }
        if (sessionId != null && sessionId.length() > LONGEST_SESSION) {
            throw ApiException.badRequest("invalid_help_call", "sessionId: at most " + LONGEST_SESSION + " characters.");
        }
    }

    static NewHelpCall none() {
        return new NewHelpCall(null, null);
    }
}

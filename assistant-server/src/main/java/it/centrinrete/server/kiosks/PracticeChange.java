package it.centrinrete.server.kiosks;

import it.centrinrete.server.http.ApiException;

/** The body of {@code PUT /api/v1/admin/kiosks/{name}/practice}: practice mode on or off. */
public record PracticeChange(Boolean practiceMode) {
    public PracticeChange {
        if (practiceMode == null) {
            throw ApiException.badRequest("invalid_practice", "practiceMode: required, true or false.");
        }
    }
}

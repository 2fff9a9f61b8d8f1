package it.centrinrete.server.kiosks;

import it.centrinrete.server.http.ApiException;

/** A kiosk to create: its name and the centre it stands in. */
public record NewKiosk(String name, String centreId) {
    public NewKiosk {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("missing_name", "The field 'name' is required.");
        }
        if (centreId == null || centreId.isBlank()) {
            throw ApiException.badRequest("missing_centre", "The field 'centreId' is required: the centre the kiosk stands in.");
        }
    }
}

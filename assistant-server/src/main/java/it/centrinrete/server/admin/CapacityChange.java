package it.centrinrete.server.admin;

import it.centrinrete.server.http.ApiException;

/** The body of {@code PUT /api/v1/admin/sessions/{id}/capacity}: the new number of seats. */
public record CapacityChange(Integer capacity) {
    public CapacityChange {
        if (capacity == null) {
            throw ApiException.badRequest("invalid_session", "capacity: required, a number of seats from 1 to 500.");
        }
    }
}

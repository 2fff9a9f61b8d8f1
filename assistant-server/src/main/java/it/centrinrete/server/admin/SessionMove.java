package it.centrinrete.server.admin;

import java.time.LocalDateTime;

/** The body of {@code POST /api/v1/admin/sessions/{id}/move}: the new start, Milan local time ("2026-12-03T10:00"). */
public record SessionMove(String start) {
    public SessionMove {
        NewSession.parseStart(start);
    }

    LocalDateTime startTime() {
        return NewSession.parseStart(start);
    }
}

package it.centrinrete.kiosk.net;

import java.time.OffsetDateTime;

/** One bookable activity session (api.md {@code GET /api/v1/activities}). */
public record SessionSlot(String id, String activityId, String title, String centre, String centreName, OffsetDateTime start,
                          OffsetDateTime end, int capacity, int seatsLeft, boolean waitlist, boolean bookable) {
}

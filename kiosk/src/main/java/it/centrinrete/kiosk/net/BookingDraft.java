package it.centrinrete.kiosk.net;

/**
 * A booking as the person filled it in at the kiosk, with the Idempotency-Key it keeps for its whole life: sent now,
 * or queued offline and sent later, the server books it at most once.
 *
 * @param card a membership card id read by the card reader, or null (then name and phone are required)
 */
public record BookingDraft(String idempotencyKey, String activitySessionId, String name, String phone, String card) {
}

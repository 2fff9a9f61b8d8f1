package it.centrinrete.server.booking;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a kiosk receives for a booking: api.md's fields and a few more, never personal data. */
public final class Receipts {

    private Receipts() {
    }

    /**
     * The receipt of a booking. {@code centreName} comes from {@code content} as it is now, so the person hears where to
     * go; it is left out when the centre has since left the content, and the kiosk names it from what it knows.
     */
    public static Map<String, Object> of(Booking booking, Content content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", booking.code());
        body.put("status", booking.status().name());
        body.put("activitySessionId", booking.sessionId());
        body.put("start", booking.start().toOffsetDateTime());
        body.put("end", booking.end().toOffsetDateTime());
        body.put("activityId", booking.activityId());
        body.put("title", booking.title());
        body.put("centre", booking.centreId());
        content.find(booking.centreId(), Centre.class).map(Centre::name).ifPresent(name -> body.put("centreName", name));
        if (booking.status() == BookingStatus.WAITLISTED) {
            body.put("waitlistPosition", booking.waitlistPosition());
        }
        return body;
    }
}

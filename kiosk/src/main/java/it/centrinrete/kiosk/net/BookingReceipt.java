package it.centrinrete.kiosk.net;

import java.time.OffsetDateTime;

/**
 * A booking as the server reports it (api.md {@code POST /api/v1/bookings}, {@code GET /api/v1/bookings/{code}}).
 *
 * @param status the server's CONFIRMED, WAITLISTED or CANCELLED, or one the kiosk gives a receipt itself ({@link #QUEUED},
 *     {@link #CANCEL_QUEUED}, {@link #CANCEL_REFUSED}, {@link #WITHDRAWN})
 * @param centre the id of the centre the activity is held in
 * @param centreName that centre's name, for the person to know where to go: the server's {@code centreName} when it sends
 *     one; an older server, or a centre gone from its content, sends only the id, and the kiosk fills the name in from
 *     what it knows (see {@code offline.ResilientAssistant}); null when not known
 * @param waitlistPosition 1 for the first in the queue, 0 when not waiting
 */
public record BookingReceipt(String code, String status, String activitySessionId, OffsetDateTime start, String title,
                             String centre, String centreName, int waitlistPosition) {
    /** The status of a receipt for a booking kept in the outbox: not yet the server's; its code is null. */
    public static final String QUEUED = "QUEUED";
    /** The status of a receipt for a cancellation kept in the cancellation outbox: sent when the server is back. */
    public static final String CANCEL_QUEUED = "CANCEL_QUEUED";
    /** The status of a booking whose cancellation, sent from the outbox, the server refused: the booking still holds. */
    public static final String CANCEL_REFUSED = "CANCEL_REFUSED";
    /** The status of a receipt for a booking taken out of the outbox before the server saw it: nothing was booked. */
    public static final String WITHDRAWN = "WITHDRAWN";

    /** A receipt whose centre's name is not known (yet). */
    public BookingReceipt(String code, String status, String activitySessionId, OffsetDateTime start, String title, String centre,
                          int waitlistPosition) {
        this(code, status, activitySessionId, start, title, centre, null, waitlistPosition);
    }

    /** The same booking with another status, e.g. its cancellation waiting in the outbox; no longer on a waiting list. */
    public BookingReceipt withStatus(String newStatus) {
        return new BookingReceipt(code, newStatus, activitySessionId, start, title, centre, centreName, 0);
    }

    /** The same booking with its centre's name. */
    public BookingReceipt withCentreName(String name) {
        return new BookingReceipt(code, status, activitySessionId, start, title, centre, name, waitlistPosition);
    }
}

package it.centrinrete.server.ask;

import java.util.List;

/**
 * Where a spoken booking, cancellation or "my bookings" stands in one conversation. Immutable: each answer stores
 * the next one, so a question handled on another thread sees a whole state, never half of one.
 *
 * @param step what the assistant asked last, so what it expects now
 * @param activityId the activity being booked
 * @param offered the session ids read out, in order
 * @param sessionId the session chosen
 * @param name the name given
 * @param phone the phone given, normalised (+39…)
 * @param code the booking code being cancelled
 * @param misses how many answers in a row were not understood at this step
 */
record BookingTalk(Step step, String activityId, List<String> offered, String sessionId, String name, String phone, String code,
                   int misses) {

    /** The question the assistant is waiting to hear answered. */
    enum Step {
        /** Which activity? */
        ACTIVITY,
        /** Which of the offered sessions? */
        SESSION,
        NAME,
        PHONE,
        /** Is the phone read back right? */
        PHONE_CHECK,
        /** Book it? */
        CONFIRM,
        /** What to change: day, name or phone? */
        CHANGE,
        /** Which booking code to cancel? */
        CANCEL_CODE,
        /** Cancel this booking? */
        CANCEL_CONFIRM,
        /** Whose bookings: which phone? */
        LOOKUP_PHONE
    }

    BookingTalk {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    static BookingTalk start(Step step) {
        return new BookingTalk(step, null, List.of(), null, null, null, null, 0);
    }

    BookingTalk at(Step next) {
        return new BookingTalk(next, activityId, offered, sessionId, name, phone, code, 0);
    }

    BookingTalk missed() {
        return new BookingTalk(step, activityId, offered, sessionId, name, phone, code, misses + 1);
    }

    BookingTalk offering(String activity, List<String> sessions) {
        return new BookingTalk(Step.SESSION, activity, sessions, null, name, phone, code, 0);
    }

    BookingTalk withSession(String session) {
        return new BookingTalk(step, activityId, offered, session, name, phone, code, 0);
    }

    BookingTalk withName(String given) {
        return new BookingTalk(step, activityId, offered, sessionId, given, phone, code, 0);
    }

    BookingTalk withPhone(String given) {
        return new BookingTalk(step, activityId, offered, sessionId, name, given, code, 0);
    }

    BookingTalk withCode(String given) {
        return new BookingTalk(step, activityId, offered, sessionId, name, phone, given, 0);
    }
}

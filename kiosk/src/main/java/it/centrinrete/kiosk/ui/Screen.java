package it.centrinrete.kiosk.ui;

/** The screens of the kiosk; exactly one is shown at a time. */
public enum Screen {
    IDLE, HOME, LISTENING, WRITING, CONVERSATION, ACTIVITIES, BOOKING_NAME, BOOKING_PHONE, BOOKING_CHECK, BOOKING_DONE,
    GUIDE, HELP, TUTOR_PIN, TUTOR, CANCEL_CODE, CANCEL_CHECK, CANCEL_DONE,
    MY_BOOKINGS_PHONE, MY_BOOKINGS
}

package it.centrinrete.kiosk.ui;

/**
 * The practice mode an operator sets for this kiosk in the console ({@code GET /api/v1/kiosk}), applied to the model.
 * Only a change of the server's value is applied (and the first value read): a tutor who switched practice mode at
 * the kiosk keeps it until the console's setting changes or the kiosk restarts, rather than losing it at the next
 * five-minute refresh in the middle of a lesson. A change never lands in the middle of a booking or a cancellation,
 * where it would turn a pretend booking into a real one: it waits until the home or idle screen.
 */
final class ServerPracticeMode {
    private final KioskModel model;
    private Boolean lastRead;
    private Boolean waiting;

    ServerPracticeMode(KioskModel model) {
        this.model = model;
    }

    /** The server's value, as read now. */
    void read(boolean on) {
        if (lastRead != null && lastRead == on) {
            return;
        }
        lastRead = on;
        waiting = on;
        applyIfCalm();
    }

    /** Called when the screen changes: a waiting change lands on the home or idle screen. */
    void applyIfCalm() {
        Screen screen = model.screen.get();
        if (waiting != null && (screen == Screen.HOME || screen == Screen.IDLE)) {
            model.practiceMode.set(waiting);
            waiting = null;
        }
    }
}

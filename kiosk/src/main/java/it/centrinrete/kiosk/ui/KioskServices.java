package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;

/**
 * What the UI needs from the rest of the kiosk. {@link it.centrinrete.kiosk.Main} builds one; tests and the demo use
 * fakes. Closed when the application stops.
 */
public interface KioskServices extends AutoCloseable {
    /** The server client (normally the resilient wrapper: retries, offline snapshot, booking queue). */
    AssistantPort assistant();

    SpeechOut speechOut();

    SpeechIn speechIn();

    /** The ticket printer; none by default. */
    default TicketPrinter printer() {
        return TicketPrinter.NONE;
    }

    default ScreenSettings settings() {
        return ScreenSettings.fromSystemProperties();
    }

    @Override
    default void close() {
        speechOut().close();
        speechIn().close();
    }
}

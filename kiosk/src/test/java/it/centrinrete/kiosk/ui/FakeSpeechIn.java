package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.speech.SpeechIn;
import java.util.List;

/** A recogniser the test speaks into. */
final class FakeSpeechIn implements SpeechIn {
    boolean available = true;
    volatile Listener listener;
    volatile List<String> phrases = List.of();
    volatile int stops;

    @Override
    public void listen(List<String> phrases, Listener l) {
        this.phrases = List.copyOf(phrases);
        this.listener = l;
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void close() {
        // nothing to release
    }
}

package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.speech.SpeechOut;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what was said, at which rate, and how often it was silenced. */
final class FakeSpeechOut implements SpeechOut {
    record Said(String text, double rate) {
    }

    final List<Said> said = new CopyOnWriteArrayList<>();
    volatile int stops;

    @Override
    public void speak(String text, double rate) {
        said.add(new Said(text, rate));
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public void close() {
        // nothing to release
    }

    Said last() {
        return said.isEmpty() ? null : said.get(said.size() - 1);
    }

    boolean saidContaining(String part) {
        return said.stream().anyMatch(s -> s.text().contains(part));
    }
}

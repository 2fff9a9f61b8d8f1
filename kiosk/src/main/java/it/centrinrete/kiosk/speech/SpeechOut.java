package it.centrinrete.kiosk.speech;

/**
 * Reads text aloud. {@link #speak} returns at once and plays in the background; a new {@code speak} or {@link #stop}
 * cuts what is playing, so the next touch always silences the kiosk.
 */
public interface SpeechOut extends AutoCloseable {
    /**
     * @param rate 0.5 (slow) to 1.5 (quick); 1.0 is the kiosk's normal, already slower than everyday speech
     */
    void speak(String text, double rate);

    void stop();

    @Override
    void close();
}

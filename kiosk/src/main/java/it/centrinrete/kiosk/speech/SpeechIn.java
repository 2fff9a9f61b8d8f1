package it.centrinrete.kiosk.speech;

import java.util.List;

/**
 * Listens and turns speech into text, offline. Results arrive on a background thread; the controller moves them to
 * the JavaFX thread. No audio is ever stored.
 */
public interface SpeechIn extends AutoCloseable {
    /** What a recogniser reports while and after the person speaks. */
    interface Listener {
        /** The words so far, shown live. */
        void partial(String text);

        /** The whole utterance, once the person stopped (or {@link #stop} was called). */
        void result(String text);

        /** The microphone or the model failed: the kiosk falls back to touch. */
        void failed(String reason);
    }

    /**
     * Starts listening. {@code phrases} restricts what can be recognised (yes/no, digits, activity names) when not empty.
     */
    void listen(List<String> phrases, Listener listener);

    /** Stops listening; the words heard so far come as a result. */
    void stop();

    /** Whether speech can be recognised here (a model folder and a microphone exist). */
    boolean available();

    @Override
    void close();
}

package it.centrinrete.kiosk.speech;

/** Says nothing: used when no speech engine is installed, so the kiosk works on screen alone. */
public final class SilentSpeaker implements SpeechOut {

    @Override
    public void speak(String text, double rate) {
        // Nothing to do: the text is already on screen.
    }

    @Override
    public void stop() {
        // Nothing is ever playing.
    }

    @Override
    public void close() {
        // No resources.
    }
}

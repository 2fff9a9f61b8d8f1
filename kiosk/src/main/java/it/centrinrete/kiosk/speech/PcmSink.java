package it.centrinrete.kiosk.speech;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;

/**
 * Where synthesised speech is played; one sink per utterance. Split from the speakers so tests can stand in for the
 * sound card and so a headless machine (CI, a Pi without a speaker) simply has none.
 */
public interface PcmSink {
    /** Prepares to play; throws when there is no audio device for this format. */
    void open(AudioFormat format) throws LineUnavailableException;

    /** Plays samples, blocking while the device buffer is full. */
    void write(byte[] pcm, int offset, int length);

    /** Waits until everything written has been heard. */
    void drain();

    /** Silences at once and releases the device; safe from any thread, also while {@link #write} blocks. */
    void close();
}

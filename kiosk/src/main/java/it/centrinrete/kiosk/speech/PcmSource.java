package it.centrinrete.kiosk.speech;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/**
 * A stream of 16 kHz, mono, 16-bit signed little-endian PCM: the microphone on the kiosk, a recording in tests and
 * demos. Samples are handed on and never kept.
 */
public interface PcmSource extends AutoCloseable {

    /** The only format recognisers here accept. */
    AudioFormat FORMAT = WavAudio.SPEECH_16K.toAudioFormat();

    void open() throws IOException;

    /**
     * Fills {@code buffer} with up to its length in bytes (whole samples), blocking until some audio is available.
     *
     * @return bytes read, or -1 when the source has ended or was closed
     */
    int read(byte[] buffer) throws IOException;

    /** Ends capture; safe from any thread, a blocked {@link #read} then returns. */
    @Override
    void close();
}

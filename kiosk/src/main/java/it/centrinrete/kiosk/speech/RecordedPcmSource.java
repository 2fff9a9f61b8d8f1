package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Plays back PCM already in memory as if it came from the microphone: for tests, and for PC demos without a microphone.
 * When paced, reads take as long as the audio lasts, so partial results appear as they would live.
 */
public final class RecordedPcmSource implements PcmSource {

    private static final int BYTES_PER_SECOND = 32_000;

    private final byte[] pcm;
    private final boolean paced;
    private int position;
    private volatile boolean closed;

    /**
     * @param pcm   16 kHz mono 16-bit little-endian samples
     * @param paced whether reads wait in real time
     */
    public RecordedPcmSource(byte[] pcm, boolean paced) {
        this.pcm = pcm.clone();
        this.paced = paced;
    }

    /** From a WAV clip in any 16-bit format; it is converted to 16 kHz mono first. */
    public static RecordedPcmSource of(WavAudio audio, boolean paced) {
        return new RecordedPcmSource(audio.toSpeech16k().pcm(), paced);
    }

    /** From a WAV resource on the classpath, e.g. {@code /speech/demo.wav}. */
    public static RecordedPcmSource fromResource(String resource, boolean paced) {
        try (InputStream in = RecordedPcmSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return of(WavAudio.parse(in.readAllBytes()), paced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void open() {
        position = 0;
        closed = false;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (closed || position >= pcm.length) {
            return -1;
        }
        int count = Math.min(buffer.length - buffer.length % 2, pcm.length - position);
        System.arraycopy(pcm, position, buffer, 0, count);
        position += count;
        if (paced) {
            try {
                Thread.sleep(count * 1_000L / BYTES_PER_SECOND);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return count;
    }

    @Override
    public void close() {
        closed = true;
    }
}

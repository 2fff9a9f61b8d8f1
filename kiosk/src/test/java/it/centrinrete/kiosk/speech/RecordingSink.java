package it.centrinrete.kiosk.speech;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.AudioFormat;

/**
 * A sound card for tests: keeps the format it was opened with and every sample written. With {@code blocking} it never
 * finishes playing until closed, like a long answer on a real device.
 */
final class RecordingSink implements PcmSink {
    final CountDownLatch writing = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    private final boolean blocking;
    private final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    private volatile AudioFormat format;
    private volatile boolean drained;

    RecordingSink(boolean blocking) {
        this.blocking = blocking;
    }

    @Override
    public void open(AudioFormat format) {
        this.format = format;
    }

    @Override
    public void write(byte[] samples, int offset, int length) {
        synchronized (pcm) {
            pcm.write(samples, offset, length);
        }
        writing.countDown();
        if (blocking) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void drain() {
        drained = true;
    }

    @Override
    public void close() {
        closed.countDown();
    }

    AudioFormat format() {
        return format;
    }

    boolean drained() {
        return drained;
    }

    /** What was played, in the format the sink was opened with. */
    WavAudio audio() {
        AudioFormat opened = format;
        synchronized (pcm) {
            return new WavAudio(new WavAudio.Format((int) opened.getSampleRate(), opened.getChannels(), opened.getSampleSizeInBits()),
                pcm.toByteArray());
        }
    }
}

package it.centrinrete.kiosk.speech;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays through the default sound card with a {@link SourceDataLine}. */
public final class LineSink implements PcmSink {

    private volatile SourceDataLine line;

    @Override
    public void open(AudioFormat format) throws LineUnavailableException {
        SourceDataLine opened;
        try {
            opened = AudioSystem.getSourceDataLine(format);
        } catch (IllegalArgumentException | SecurityException e) {
            // Thrown instead of LineUnavailableException when the machine has no mixer at all.
            throw new LineUnavailableException("no audio output: " + e.getMessage());
        }
        opened.open(format);
        opened.start();
        line = opened;
    }

    @Override
    public void write(byte[] pcm, int offset, int length) {
        SourceDataLine current = line;
        if (current != null && current.isOpen()) {
            current.write(pcm, offset, length);
        }
    }

    @Override
    public void drain() {
        SourceDataLine current = line;
        if (current != null && current.isOpen()) {
            current.drain();
        }
    }

    @Override
    public void close() {
        SourceDataLine current = line;
        line = null;
        if (current != null) {
            current.stop();
            current.flush();
            current.close();
        }
    }
}

package it.centrinrete.kiosk.speech;

import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/** The default microphone, captured with a {@link TargetDataLine} at 16 kHz mono. */
public final class MicrophoneSource implements PcmSource {

    private volatile TargetDataLine line;

    /** Whether a microphone able to record {@link PcmSource#FORMAT} is attached. */
    public static boolean present() {
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, FORMAT));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void open() throws IOException {
        try {
            TargetDataLine opened = AudioSystem.getTargetDataLine(FORMAT);
            // About 100 ms of buffer: short enough that partial results feel live.
            opened.open(FORMAT, 3_200);
            opened.start();
            line = opened;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new IOException("no microphone: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer) {
        TargetDataLine current = line;
        if (current == null || !current.isOpen()) {
            return -1;
        }
        int read = current.read(buffer, 0, buffer.length - buffer.length % 2);
        return read > 0 || current.isOpen() ? read : -1;
    }

    @Override
    public void close() {
        TargetDataLine current = line;
        line = null;
        if (current != null) {
            current.stop();
            current.close();
        }
    }
}

package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.LineUnavailableException;

/**
 * Speaks Italian with espeak-ng, which is small, offline and on every Raspberry Pi image. The text goes to the process
 * on stdin, never on the command line, and no shell is involved, so whatever the assistant answers is only ever read
 * aloud. Audio is streamed to the sound card while espeak-ng is still synthesising, so long answers start at once.
 */
public final class EspeakSpeaker implements SpeechOut {

    private static final Logger LOG = Logger.getLogger(EspeakSpeaker.class.getName());
    private static final long KILL_WAIT_MS = 1_000;

    private final String executable;
    private final String voice;
    private final int pitch;
    private final Supplier<PcmSink> sinks;
    private final AtomicBoolean noDeviceLogged = new AtomicBoolean();

    // Guarded by this: the utterance playing now; a new speak or stop replaces it.
    private Utterance current;
    private boolean closed;

    /** Italian voice, espeak-ng's default pitch, the default sound card. */
    public EspeakSpeaker() {
        this("espeak-ng", "it", 50, LineSink::new);
    }

    /**
     * @param executable espeak-ng binary name or path
     * @param voice      espeak-ng voice, e.g. {@code it}
     * @param pitch      0 to 99, 50 is espeak-ng's default
     * @param sinks      a fresh audio output for each utterance
     */
    public EspeakSpeaker(String executable, String voice, int pitch, Supplier<PcmSink> sinks) {
        this.executable = executable;
        this.voice = voice;
        this.pitch = Math.max(0, Math.min(99, pitch));
        this.sinks = sinks;
    }

    /** Whether the espeak-ng binary can be run here. */
    public static boolean installed() {
        return Executables.onPath("espeak-ng");
    }

    /**
     * espeak-ng speed for a kiosk rate: 1.0 gives 140 words per minute (calmer than espeak-ng's 175), 0.5 gives 110
     * for people who asked to hear it slower, 1.5 gives 170.
     */
    static int wordsPerMinute(double rate) {
        double clamped = Double.isNaN(rate) ? 1.0 : Math.max(0.5, Math.min(1.5, rate));
        return (int) Math.round(140 + (clamped - 1.0) * 60);
    }

    /** Synthesises without playing and returns the WAV file; blocks the caller. */
    public byte[] synthesise(String text, double rate) {
        String spoken = SpokenText.clean(text);
        if (spoken.isEmpty()) {
            return new WavAudio(new WavAudio.Format(22_050, 1, 16), new byte[0]).toWav();
        }
        Process process = start(spoken, rate);
        try (InputStream in = process.getInputStream()) {
            byte[] wav = in.readAllBytes();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("espeak-ng exited with " + exit);
            }
            return wav;
        } catch (IOException e) {
            throw new UncheckedIOException("espeak-ng failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while synthesising", e);
        } finally {
            process.destroyForcibly();
        }
    }

    @Override
    public void speak(String text, double rate) {
        String spoken = SpokenText.clean(text);
        Utterance next;
        synchronized (this) {
            cut(current);
            current = null;
            if (closed || spoken.isEmpty()) {
                return;
            }
            next = new Utterance(spoken, rate, sinks.get());
            current = next;
        }
        Thread thread = new Thread(next::run, "kiosk-espeak");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Utterance stopped;
        synchronized (this) {
            stopped = current;
            current = null;
        }
        cut(stopped);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stop();
    }

    /** Silences an utterance and waits briefly for its process to be gone, so nothing keeps talking after a touch. */
    private static void cut(Utterance utterance) {
        if (utterance != null) {
            utterance.cancel();
        }
    }

    private Process start(String spoken, double rate) {
        List<String> command = new ArrayList<>(List.of(executable, "-v", voice, "-s", Integer.toString(wordsPerMinute(rate)),
                "-p", Integer.toString(pitch), "-b", "1", "--stdout", "--stdin"));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(spoken.getBytes(StandardCharsets.UTF_8));
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable, e);
        }
    }

    /** One text being synthesised and played on its own daemon thread. */
    private final class Utterance {
        private final String text;
        private final double rate;
        private final PcmSink sink;
        private volatile boolean cancelled;
        private volatile Process process;

        Utterance(String text, double rate, PcmSink sink) {
            this.text = text;
            this.rate = rate;
            this.sink = sink;
        }

        void run() {
            try {
                Process started = start(text, rate);
                process = started;
                if (cancelled) {
                    started.destroyForcibly();
                    return;
                }
                play(started);
            } catch (RuntimeException e) {
                if (!cancelled) {
                    LOG.log(Level.WARNING, "espeak-ng could not speak", e);
                }
            } finally {
                Process started = process;
                if (started != null) {
                    started.destroyForcibly();
                }
                sink.close();
            }
        }

        private void play(Process started) {
            try (InputStream in = started.getInputStream()) {
                WavAudio.Format format = WavAudio.readHeader(in);
                boolean audible = open(format);
                byte[] buffer = new byte[format.bytesPerFrame() * 1024];
                int read;
                while (!cancelled && (read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    if (audible) {
                        sink.write(buffer, 0, read - read % format.bytesPerFrame());
                    }
                }
                if (audible && !cancelled) {
                    sink.drain();
                }
            } catch (IOException e) {
                if (!cancelled) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private boolean open(WavAudio.Format format) {
            try {
                sink.open(format.toAudioFormat());
                return true;
            } catch (LineUnavailableException | RuntimeException e) {
                // Normal on CI and on a Pi with no speaker attached: keep synthesising so behaviour is the same.
                if (noDeviceLogged.compareAndSet(false, true)) {
                    LOG.info("No audio output available, speech is synthesised but not played: " + e.getMessage());
                }
                return false;
            }
        }

        void cancel() {
            cancelled = true;
            sink.close();
            Process started = process;
            if (started != null) {
                started.destroyForcibly();
                try {
                    started.waitFor(KILL_WAIT_MS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}

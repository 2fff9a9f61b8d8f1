package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.LineUnavailableException;

/**
 * Speaks through a synthesiser process ({@link SpeechEngine}): one utterance at a time, each on its own daemon thread,
 * its samples streamed to a fresh {@link PcmSink} while the process is still synthesising, so long answers start at
 * once. A new {@link #speak} or {@link #stop} kills the process and closes the sink, so the next touch silences the
 * kiosk at once. Without a sound card the text is still synthesised (behaviour stays the same) and that is logged once.
 */
final class ProcessSpeaker implements SpeechOut {

    private static final long KILL_WAIT_MS = 1_000;

    private final SpeechEngine engine;
    private final Supplier<PcmSink> sinks;
    private final Logger log;
    private final AtomicBoolean noDeviceLogged = new AtomicBoolean();

    // Guarded by this: the utterance playing now; a new speak or stop replaces it.
    private Utterance current;
    private boolean closed;

    /**
     * @param sinks a fresh audio output for each utterance
     * @param log   the owning speaker's logger, so its log lines keep their source
     */
    ProcessSpeaker(SpeechEngine engine, Supplier<PcmSink> sinks, Logger log) {
        this.engine = engine;
        this.sinks = sinks;
        this.log = log;
    }

    /**
     * Starts the engine for one text, already {@link SpokenText#clean cleaned}. The text goes to the process on stdin and
     * no shell is involved, so whatever the assistant answers is only ever read aloud, never run or taken as an option.
     */
    static Process start(SpeechEngine engine, String spoken, double rate) {
        List<String> command = engine.command(rate);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        }
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(spoken.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // it exited before reading the text (a wrong option, a broken install): nothing will be said
            process.destroyForcibly();
            throw new UncheckedIOException(engine.name() + " did not take the text", e);
        }
        return process;
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
        Thread thread = new Thread(next::run, "kiosk-" + engine.name());
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
                Process started = start(engine, text, rate);
                process = started;
                if (cancelled) {
                    started.destroyForcibly();
                    return;
                }
                play(started);
                reportFailure(started);
            } catch (RuntimeException e) {
                if (!cancelled) {
                    log.log(Level.WARNING, engine.name() + " could not speak", e);
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
                WavAudio.Format format = engine.format(in);
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

        /** An engine that ends in an error has said nothing or only part: worth a line for whoever installs it. */
        private void reportFailure(Process started) {
            try {
                if (!cancelled && started.waitFor(KILL_WAIT_MS, TimeUnit.MILLISECONDS) && started.exitValue() != 0) {
                    log.warning(engine.name() + " exited with " + started.exitValue() + "; the text was not (all) spoken");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean open(WavAudio.Format format) {
            try {
                sink.open(format.toAudioFormat());
                return true;
            } catch (LineUnavailableException | RuntimeException e) {
                // Normal on CI and on a Pi with no speaker attached: keep synthesising so behaviour is the same.
                if (noDeviceLogged.compareAndSet(false, true)) {
                    log.info("No audio output available, speech is synthesised but not played: " + e.getMessage());
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

package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Speaks Italian with espeak-ng, which is small, offline and on every Raspberry Pi image. The text goes to the process
 * on stdin, never on the command line, and no shell is involved, so whatever the assistant answers is only ever read
 * aloud. Audio is streamed to the sound card while espeak-ng is still synthesising, so long answers start at once.
 */
public final class EspeakSpeaker implements SpeechOut {

    private static final Logger LOG = Logger.getLogger(EspeakSpeaker.class.getName());

    private final Engine engine;
    private final ProcessSpeaker speaker;

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
        this.engine = new Engine(executable, voice, Math.max(0, Math.min(99, pitch)));
        this.speaker = new ProcessSpeaker(engine, sinks, LOG);
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
        Process process = ProcessSpeaker.start(engine, spoken, rate);
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
        speaker.speak(text, rate);
    }

    @Override
    public void stop() {
        speaker.stop();
    }

    @Override
    public void close() {
        speaker.close();
    }

    /** espeak-ng writing a WAV stream to stdout ({@code --stdout}), its text read from stdin ({@code --stdin}). */
    private record Engine(String executable, String voice, int pitch) implements SpeechEngine {

        @Override
        public String name() {
            return "espeak-ng";
        }

        @Override
        public List<String> command(double rate) {
            return List.of(executable, "-v", voice, "-s", Integer.toString(wordsPerMinute(rate)), "-p", Integer.toString(pitch),
                "-b", "1", "--stdout", "--stdin");
        }

        /** espeak-ng streams a WAV header with a placeholder size; {@link WavAudio#readHeader} reads past it. */
        @Override
        public WavAudio.Format format(InputStream stdout) throws IOException {
            return WavAudio.readHeader(stdout);
        }
    }
}

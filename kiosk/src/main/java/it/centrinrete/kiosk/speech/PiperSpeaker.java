package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Speaks Italian with Piper (rhasspy/piper), a neural voice far more natural than espeak-ng that still runs offline and
 * was made for boards like the Raspberry Pi 4, with a voice such as {@code it_IT-paola-medium}. {@link Speakers}
 * chooses it when a voice is configured and the binary runs. As with espeak-ng the text goes on stdin, never on the
 * command line, and no shell is involved; with {@code --output_raw} Piper writes raw PCM as soon as each sentence is
 * synthesised, so it streams to the sound card; a new speak or a stop kills the process and silences the sink.
 */
public final class PiperSpeaker implements SpeechOut {

    private static final Logger LOG = Logger.getLogger(PiperSpeaker.class.getName());
    /** Piper's {@code --length_scale} at the kiosk's normal rate: a little calmer than Piper's own 1.0. */
    static final double NORMAL_LENGTH_SCALE = 1.15;
    /** Starting Piper to ask for its help loads its libraries only; longer than this and it is taken as broken. */
    private static final long CHECK_SECONDS = 10;
    /** Both Piper's own binary and the Python {@code piper} list this option in their help. */
    private static final Pattern RAW_OPTION = Pattern.compile("output[-_]raw");

    private final PiperVoice voice;
    private final ProcessSpeaker speaker;

    /**
     * @param executable the piper binary's name (found on the PATH) or path
     * @param voice      the voice model and its sample rate
     * @param sinks      a fresh audio output for each utterance
     */
    public PiperSpeaker(String executable, PiperVoice voice, Supplier<PcmSink> sinks) {
        this.voice = voice;
        this.speaker = new ProcessSpeaker(new Engine(executable, voice), sinks, LOG);
    }

    public PiperVoice voice() {
        return voice;
    }

    /**
     * Piper's {@code --length_scale} for a kiosk rate (larger is slower). Each rate changes the pace in the same
     * proportion as it does espeak-ng's words per minute, so "Più piano" feels the same with either voice: 1.0 gives
     * {@value #NORMAL_LENGTH_SCALE}, 0.5 gives 1.46 (slower), 1.5 gives 0.95 (quicker); rates outside 0.5–1.5 are
     * clamped as espeak-ng's are.
     */
    static double lengthScale(double rate) {
        double scale = NORMAL_LENGTH_SCALE * EspeakSpeaker.wordsPerMinute(1.0) / EspeakSpeaker.wordsPerMinute(rate);
        return Math.round(scale * 100) / 100.0;
    }

    /**
     * Why this binary cannot be used as Piper, or empty when it can: it must start, answer {@code --help} within a few
     * seconds and name {@code --output_raw} there. That catches a binary missing its libraries (onnxruntime,
     * piper-phonemize) and Debian's unrelated {@code piper} package (a tool to set up gaming mice), which would otherwise
     * be taken for it. Runs the binary once; meant for start-up.
     */
    public static Optional<String> problemRunning(String executable) {
        Path output = null;
        try {
            output = Files.createTempFile("kiosk-piper-help", ".txt");
            Process process = new ProcessBuilder(executable, "--help").redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("did not answer --help within " + CHECK_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                return Optional.of("failed to start (--help exited with " + process.exitValue() + ")");
            }
            String help = Files.readString(output, StandardCharsets.UTF_8);
            if (!RAW_OPTION.matcher(help).find()) {
                return Optional.of("is not Piper the speech synthesiser (its --help does not offer --output_raw)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was interrupted while being checked");
        } finally {
            deleteQuietly(output);
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

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a few bytes of help text in the temporary folder
        }
    }

    /** {@code piper --model <voice> --output_raw --length_scale <n>}: raw PCM at the voice's rate, no header. */
    private record Engine(String executable, PiperVoice voice) implements SpeechEngine {

        @Override
        public String name() {
            return "piper";
        }

        @Override
        public List<String> command(double rate) {
            return List.of(executable, "--model", voice.model().toString(), "--output_raw", "--length_scale",
                String.format(Locale.ROOT, "%.2f", lengthScale(rate)));
        }

        @Override
        public WavAudio.Format format(InputStream stdout) {
            return voice.format();
        }
    }
}

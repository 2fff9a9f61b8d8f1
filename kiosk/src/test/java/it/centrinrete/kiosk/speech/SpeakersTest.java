package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakersTest {

    private static final Function<String, Optional<String>> RUNS = binary -> Optional.empty();

    @TempDir
    Path dir;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(Speakers.class.getName()).addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(Speakers.class.getName()).removeHandler(handler);
    }

    @Test
    void piperWhenAVoiceIsConfiguredAndTheBinaryRuns() throws IOException {
        Path model = model("{\"audio\": {\"sample_rate\": 22050}}");

        try (SpeechOut voice = Speakers.best("/opt/piper/piper", model, RUNS, true)) {
            assertThat(voice).isInstanceOf(PiperSpeaker.class);
            assertThat(((PiperSpeaker) voice).voice()).isEqualTo(new PiperVoice(model, 22_050));
        }
        assertThat(said(Level.INFO)).contains("Voice: Piper").contains(model.toString()).contains("22050 Hz");
    }

    @Test
    void espeakWhenPiperDoesNotRunAndTheLogSaysWhy() throws IOException {
        Path model = model("{}");

        try (SpeechOut voice = Speakers.best("piper", model, binary -> Optional.of("failed to start (--help exited with 127)"), true)) {
            assertThat(voice).isInstanceOf(EspeakSpeaker.class);
        }
        assertThat(said(Level.WARNING)).contains("kiosk.piper.binary=piper").contains("exited with 127");
        assertThat(said(Level.INFO)).contains("Voice: espeak-ng");
    }

    @Test
    void espeakWhenTheVoicesSidecarIsMalformed() throws IOException {
        Path model = model("{ not json");

        try (SpeechOut voice = Speakers.best("piper", model, RUNS, true)) {
            assertThat(voice).isInstanceOf(EspeakSpeaker.class);
        }
        assertThat(said(Level.WARNING)).contains(model + ".json").contains("not valid JSON");
    }

    @Test
    void withoutAVoiceConfiguredPiperIsNotEvenRun() {
        Function<String, Optional<String>> mustNotRun = binary -> {
            throw new AssertionError("piper was run without a voice configured");
        };

        try (SpeechOut espeak = Speakers.best("piper", null, mustNotRun, true); SpeechOut silent = Speakers.best("piper", null, mustNotRun,
            false)) {
            assertThat(espeak).isInstanceOf(EspeakSpeaker.class);
            assertThat(silent).isInstanceOf(SilentSpeaker.class);
            silent.speak("Nessuno mi sente", 1.0);
            silent.stop();
        }
        assertThat(said(Level.INFO)).contains("Voice: espeak-ng, because no Piper voice configured (kiosk.piper.model)");
        assertThat(said(Level.WARNING)).contains("No voice").contains("espeak-ng is not installed");
    }

    @Test
    void bestMatchesWhatIsInstalled() {
        try (SpeechOut best = Speakers.best("piper", null)) {
            assertThat(best).isInstanceOf(EspeakSpeaker.installed() ? EspeakSpeaker.class : SilentSpeaker.class);
        }
    }

    @Test
    void soundCardEitherPlaysOrReportsItIsMissing() {
        // On CI there is no device: the only acceptable failure is LineUnavailableException, which speakers handle.
        LineSink sink = new LineSink();
        try {
            sink.open(WavAudio.SPEECH_16K.toAudioFormat());
            sink.write(TestPcm.silence(20), 0, 640);
        } catch (LineUnavailableException expected) {
            // Headless: fine, EspeakSpeaker then only synthesises.
        } finally {
            sink.close();
        }
    }

    private Path model(String sidecar) throws IOException {
        Path model = Files.writeString(dir.resolve("it_IT-paola-medium.onnx"), "not a real model");
        Files.writeString(PiperVoice.sidecar(model), sidecar);
        return model;
    }

    private String said(Level level) {
        synchronized (handler) {
            return String.join("\n", logged.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList());
        }
    }
}

package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real Piper with a real Italian voice, when this machine has them: {@code piper} on the PATH (or
 * {@code kiosk.piper.binary} / {@code KIOSK_PIPER_BINARY}) and a voice in {@code kiosk.piper.model} /
 * {@code KIOSK_PIPER_MODEL}. Skipped, saying what to install, otherwise.
 */
class RealPiperTest {

    private static final String HOW = "install Piper (a release of rhasspy/piper for this machine, e.g. in /opt/piper) and an"
        + " Italian voice (it_IT-paola-medium.onnx with its .onnx.json beside it), then set KIOSK_PIPER_MODEL to the .onnx file"
        + " (and KIOSK_PIPER_BINARY=/opt/piper/piper when piper is not on the PATH)";

    @Test
    void speaksItalianWithTheInstalledVoice() throws Exception {
        String model = setting("kiosk.piper.model", "KIOSK_PIPER_MODEL", null);
        Assumptions.assumeTrue(model != null && Files.isRegularFile(Path.of(model)),
            "skipped: no Piper voice configured; to run it, " + HOW);
        String binary = setting("kiosk.piper.binary", "KIOSK_PIPER_BINARY", "piper");
        Optional<String> problem = PiperSpeaker.problemRunning(binary);
        Assumptions.assumeTrue(problem.isEmpty(), () -> "skipped: " + binary + " " + problem.orElse("") + "; to run it, " + HOW);
        PiperVoice voice = PiperVoice.of(Path.of(model));
        RecordingSink sink = new RecordingSink(false);

        try (PiperSpeaker speaker = new PiperSpeaker(binary, voice, () -> sink)) {
            speaker.speak("Buongiorno, il centro è aperto fino alle diciotto.", 1.0);
            assertThat(sink.closed.await(120, TimeUnit.SECONDS)).isTrue();
        }

        WavAudio spoken = sink.audio();
        assertThat(spoken.format().sampleRate()).isEqualTo(voice.sampleRate());
        assertThat(spoken.seconds()).isGreaterThan(1.0);
        assertThat(spoken.rms()).isGreaterThan(0.02);
        assertThat(spoken.peak()).isGreaterThan(0.1);
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}

package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoskRecognizerTest {

    @Test
    void missingModelIsUnavailableAndListenFails(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("vosk-model-small-it-0.22");
        VoskRecognizer recognizer = new VoskRecognizer(missing, () -> new RecordedPcmSource(TestPcm.silence(100), false), null);
        RecordingListener listener = new RecordingListener();

        recognizer.listen(List.of("sì", "no"), listener);

        assertThat(recognizer.available()).isFalse();
        assertThat(listener.awaitDone()).isTrue();
        assertThat(listener.failure()).contains("no Vosk model").contains(missing.toString());
        assertThat(listener.threads).containsOnly("kiosk-vosk");
        recognizer.close();
    }

    @Test
    void emptyModelFolderReportsFailureInsteadOfCrashing(@TempDir Path dir) throws Exception {
        VoskRecognizer recognizer = new VoskRecognizer(dir, () -> new RecordedPcmSource(TestPcm.silence(100), false), null);
        RecordingListener listener = new RecordingListener();

        recognizer.listen(List.of(), listener);

        assertThat(listener.awaitDone()).isTrue();
        assertThat(listener.failure()).startsWith("speech recognition failed");
        recognizer.close();
    }

    @Test
    void parsesVoskAnswers() {
        assertThat(VoskRecognizer.field("{\"partial\" : \"vorrei prenotare\"}", "partial")).isEqualTo("vorrei prenotare");
        assertThat(VoskRecognizer.field("{\"text\" : \"[unk] sì\"}", "text")).isEqualTo("sì");
        assertThat(VoskRecognizer.field("{\"text\" : \"\"}", "text")).isEmpty();
        assertThat(VoskRecognizer.field("not json", "text")).isEmpty();
        assertThat(VoskRecognizer.grammar(List.of("Sì", "No", "Corso di \"Yoga\"")))
                .isEqualTo("[\"sì\",\"no\",\"corso di \\\"yoga\\\"\",\"[unk]\"]");
        assertThat(VoskRecognizer.asPhrase("corso di yoga", List.of("Corso di Yoga"))).isEqualTo("Corso di Yoga");
    }

    @Test
    void recognisesItalianFromEspeak() throws Exception {
        Path model = configuredModel();
        Assumptions.assumeTrue(model != null && Files.isDirectory(model),
                "skipped: no Vosk model configured (set kiosk.vosk-model)");
        byte[] speech = TestPcm.concat(TestPcm.spoken16k("il centro è aperto fino alle diciotto").pcm(), TestPcm.silence(1_500));
        try (VoskRecognizer recognizer = new VoskRecognizer(model, () -> new RecordedPcmSource(speech, false),
                EndOfSpeech.Settings.TAP_TO_TALK)) {
            RecordingListener listener = new RecordingListener();

            recognizer.listen(List.of(), listener);

            assertThat(listener.awaitDone()).isTrue();
            assertThat(listener.failure()).isNull();
            assertThat(listener.result()).containsAnyOf("centro", "aperto", "diciotto");
            assertThat(listener.threads).containsOnly("kiosk-vosk");
        }
    }

    private static Path configuredModel() {
        String configured = System.getProperty("kiosk.vosk-model", System.getenv("KIOSK_VOSK_MODEL"));
        if (configured == null) {
            configured = System.getenv("kiosk.vosk-model");
        }
        return configured == null || configured.isBlank() ? null : Path.of(configured);
    }
}

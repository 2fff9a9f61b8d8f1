package it.centrinrete.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskSettingsTest {
    private static final String TOKEN = "kiosk-token-0123456789";

    @TempDir
    Path tmp;

    @Test
    void onlyTheTokenIsRequiredTheRestHasDefaults() {
        KioskSettings settings = KioskSettings.from(Map.of(KioskSettings.TOKEN, TOKEN));

        assertThat(settings.server()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(settings.centre()).isEqualTo("csrc-zante");
        assertThat(settings.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".centrinrete-kiosk"));
        assertThat(settings.voskModel()).isNull();
        assertThat(settings.idleSeconds()).isEqualTo(90);
        assertThat(settings.warningSeconds()).isEqualTo(25);
        assertThat(settings.tutorPin()).isNull();
        assertThat(settings.speechRate()).isEqualTo(1.0);
        assertThat(settings.piperBinary()).isEqualTo("piper");
        assertThat(settings.piperModel()).isNull();
    }

    @Test
    void aPiperVoiceIsAnOnnxFileThatExists() throws Exception {
        Path model = Files.writeString(tmp.resolve("it_IT-paola-medium.onnx"), "model");

        KioskSettings settings = KioskSettings.load(new Properties(), Map.of("KIOSK_TOKEN", TOKEN, "KIOSK_PIPER_MODEL", model.toString(),
            "KIOSK_PIPER_BINARY", "/opt/piper/piper"));

        assertThat(settings.piperModel()).isEqualTo(model);
        assertThat(settings.piperBinary()).isEqualTo("/opt/piper/piper");
        assertThat(problem(KioskSettings.PIPER_MODEL, tmp.resolve("it_IT-paola-medium.onnx.json").toString()))
            .startsWith("kiosk.piper.model (KIOSK_PIPER_MODEL) must name a Piper voice model ending in .onnx");
        assertThat(problem(KioskSettings.PIPER_MODEL, tmp.resolve("missing.onnx").toString()))
            .startsWith("kiosk.piper.model (KIOSK_PIPER_MODEL) names").endsWith("which does not exist or is not a file");
        assertThat(problem(KioskSettings.PIPER_MODEL, tmp.toString())).startsWith("kiosk.piper.model");
    }

    @Test
    void theFileIsOverriddenBySystemPropertiesAndTheseByTheEnvironment() throws Exception {
        Path file = tmp.resolve("kiosk.properties");
        Files.writeString(file, """
            kiosk.server=http://file:1
            kiosk.token=%s
            kiosk.centre=from-file
            kiosk.tutor-pin=1234
            """.formatted(TOKEN));
        Properties system = new Properties();
        system.setProperty(KioskSettings.CONFIG_FILE, file.toString());
        system.setProperty(KioskSettings.SERVER, "http://system:2");
        system.setProperty(KioskSettings.CENTRE, "from-system");

        KioskSettings settings = KioskSettings.load(system, Map.of("KIOSK_CENTRE", "from-environment", "KIOSK_DATA_DIR", "/srv/kiosk"));

        assertThat(settings.server()).isEqualTo(URI.create("http://system:2"));
        assertThat(settings.centre()).isEqualTo("from-environment");
        assertThat(settings.tutorPin()).isEqualTo("1234");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/kiosk"));
    }

    @Test
    void aMisspeltKeyInTheFileIsNamed() throws Exception {
        Path file = tmp.resolve("kiosk.properties");
        Files.writeString(file, "kiosk.tokn=" + TOKEN + "\n");

        assertThatThrownBy(() -> KioskSettings.load(new Properties(), Map.of("KIOSK_CONFIG", file.toString())))
            .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("kiosk.tokn");
    }

    @Test
    void everyWrongValueIsReportedWithItsKey() {
        assertThatThrownBy(() -> KioskSettings.from(Map.of())).hasMessageStartingWith("kiosk.token (KIOSK_TOKEN) is required");
        assertThat(problem(KioskSettings.WARNING_SECONDS, "10")).startsWith("kiosk.warning-seconds").contains("at least 20");
        assertThat(problem(KioskSettings.IDLE_SECONDS, "20")).startsWith("kiosk.warning-seconds").contains("shorter than");
        assertThat(problem(KioskSettings.IDLE_SECONDS, "un minuto")).startsWith("kiosk.idle-seconds (KIOSK_IDLE_SECONDS)");
        assertThat(problem(KioskSettings.SERVER, "localhost:8080")).startsWith("kiosk.server");
        assertThat(problem(KioskSettings.FULLSCREEN, "forse")).startsWith("kiosk.fullscreen");
        assertThat(problem(KioskSettings.TUTOR_PIN, "12a4")).startsWith("kiosk.tutor-pin");
        assertThat(problem(KioskSettings.SPEECH_RATE, "5")).startsWith("kiosk.speech-rate");
    }

    @Test
    void theTokenNeverAppearsInTheSettingsText() {
        assertThat(KioskSettings.from(Map.of(KioskSettings.TOKEN, TOKEN)).toString()).doesNotContain(TOKEN);
    }

    private static String problem(String key, String value) {
        try {
            KioskSettings.from(Map.of(KioskSettings.TOKEN, TOKEN, key, value));
            throw new AssertionError(key + "=" + value + " was accepted");
        } catch (InvalidSettingsException e) {
            return e.getMessage();
        }
    }
}

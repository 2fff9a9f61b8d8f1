package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiperVoiceTest {

    @TempDir
    Path dir;

    @Test
    void theSampleRateComesFromTheModelsSidecar() throws IOException {
        Path model = voice("{\"audio\": {\"sample_rate\": 16000, \"quality\": \"low\"}, \"espeak\": {\"voice\": \"it\"}}");

        PiperVoice voice = PiperVoice.of(model);

        assertThat(voice.model()).isEqualTo(model);
        assertThat(voice.sampleRate()).isEqualTo(16_000);
        assertThat(voice.format()).isEqualTo(new WavAudio.Format(16_000, 1, 16));
    }

    @Test
    void aSidecarThatNamesNoRateMeansPipersOwnDefault() throws IOException {
        assertThat(PiperVoice.of(voice("{\"audio\": {\"quality\": \"medium\"}}")).sampleRate()).isEqualTo(22_050);
        assertThat(PiperVoice.of(voice("{}")).sampleRate()).isEqualTo(22_050);
    }

    @Test
    void aMalformedSidecarIsAnErrorNamingTheFileNotAGuess() throws IOException {
        Path model = voice("{\"audio\": {\"sample_rate\": 22050");

        assertThatThrownBy(() -> PiperVoice.of(model)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(model + ".json").hasMessageContaining("not valid JSON");
    }

    @Test
    void aMissingSidecarIsAnErrorNamingTheFile() throws IOException {
        Path model = Files.writeString(dir.resolve("it_IT-paola-medium.onnx"), "model");

        assertThatThrownBy(() -> PiperVoice.of(model)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(model + ".json").hasMessageContaining("cannot be read");
    }

    @Test
    void aRateThatIsNotAPositiveWholeNumberIsRefused() throws IOException {
        for (String rate : new String[] {"\"22050\"", "0", "-16000", "22050.5", "[22050]"}) {
            Path model = voice("{\"audio\": {\"sample_rate\": " + rate + "}}");

            assertThatThrownBy(() -> PiperVoice.of(model)).as(rate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("audio.sample_rate");
        }
        assertThatThrownBy(() -> PiperVoice.of(voice("[1, 2]"))).hasMessageContaining("a JSON object was expected");
    }

    private Path voice(String sidecar) throws IOException {
        Path model = Files.writeString(dir.resolve("it_IT-paola-medium.onnx"), "not a real model");
        Files.writeString(PiperVoice.sidecar(model), sidecar);
        return model;
    }
}

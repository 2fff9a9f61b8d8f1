package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PiperSpeaker against a fake {@code piper} the test writes itself (see {@link FakePiper}); the real one in {@link RealPiperTest}. */
class PiperSpeakerTest {

    private static final long LIVENESS_SECONDS = 20;

    @TempDir
    Path dir;
    private PiperVoice voice;
    private FakePiper piper;

    @BeforeEach
    void fakePiperWithA16kVoice() throws IOException {
        // not Piper's default rate, so the test shows the sidecar's rate reaches the sound card
        Path model = Files.writeString(dir.resolve("it_IT-paola-medium.onnx"), "not a real model");
        Files.writeString(PiperVoice.sidecar(model), "{\"audio\": {\"sample_rate\": 16000}}");
        voice = PiperVoice.of(model);
        piper = FakePiper.expecting(dir, model);
    }

    @Test
    void theKiosksNormalRateIsCalmerThanPipersAndEachRateChangesItLikeEspeak() {
        assertThat(PiperSpeaker.lengthScale(1.0)).isEqualTo(1.15);
        assertThat(PiperSpeaker.lengthScale(0.5)).isEqualTo(1.46);
        assertThat(PiperSpeaker.lengthScale(1.5)).isEqualTo(0.95);
        assertThat(PiperSpeaker.lengthScale(0.75)).isBetween(1.15, 1.46);
        // the settings allow 2.0 and "Più piano" stops at 0.5: both ends are clamped, as espeak-ng's are
        assertThat(PiperSpeaker.lengthScale(2.0)).isEqualTo(0.95);
        assertThat(PiperSpeaker.lengthScale(0.1)).isEqualTo(1.46);
        assertThat(PiperSpeaker.lengthScale(Double.NaN)).isEqualTo(1.15);
    }

    @Test
    void pipersRawOutputReachesTheSoundCardAtTheVoicesRate() throws Exception {
        RecordingSink sink = new RecordingSink(false);
        Path marker = dir.resolve("marker");
        String text = "Il centro apre alle nove. $(touch " + marker + ") --help";

        try (PiperSpeaker speaker = new PiperSpeaker(piper.binary.toString(), voice, () -> sink)) {
            speaker.speak(text, 1.0);
            assertThat(sink.closed.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        }

        AudioFormat format = sink.format();
        assertThat(format.getSampleRate()).isEqualTo(16_000f);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getChannels()).isEqualTo(1);
        assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(format.isBigEndian()).isFalse();
        WavAudio played = sink.audio();
        assertThat(played.pcm()).hasSize(FakePiper.BYTES);
        assertThat(played.rms()).isGreaterThan(0.4);
        assertThat(sink.drained()).isTrue();
        // the text went on stdin, whole, and was never run nor taken as an option
        assertThat(Files.readString(piper.stdin)).isEqualTo(text);
        assertThat(Files.readString(piper.lengthScale)).isEqualTo("1.15");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aSlowerRateAsksPiperForLongerSounds() throws Exception {
        RecordingSink sink = new RecordingSink(false);

        try (PiperSpeaker speaker = new PiperSpeaker(piper.binary.toString(), voice, () -> sink)) {
            speaker.speak("Più piano, per favore", 0.5);
            assertThat(sink.closed.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(Files.readString(piper.lengthScale)).isEqualTo("1.46");
    }

    @Test
    void stopKillsPiperAndSilencesALongAnswer() throws Exception {
        RecordingSink sink = new RecordingSink(true);
        PiperSpeaker speaker = new PiperSpeaker(piper.binary.toString(), voice, () -> sink);

        speaker.speak("Una risposta " + FakePiper.ENDLESS, 1.0);
        assertThat(sink.writing.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        ProcessHandle[] running = piper.running();
        assertThat(running).hasSize(1).allMatch(ProcessHandle::isAlive);

        speaker.stop();

        assertThat(running[0].isAlive()).isFalse();
        assertThat(sink.closed.getCount()).isZero();
        speaker.close();
    }

    @Test
    void aNewSpeakCutsThePreviousOne() throws Exception {
        RecordingSink first = new RecordingSink(true);
        RecordingSink second = new RecordingSink(false);
        List<RecordingSink> sinks = new ArrayList<>(List.of(first, second));
        PiperSpeaker speaker = new PiperSpeaker(piper.binary.toString(), voice, () -> sinks.remove(0));

        speaker.speak("Una risposta " + FakePiper.ENDLESS, 1.0);
        assertThat(first.writing.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        ProcessHandle firstProcess = piper.running()[0];

        speaker.speak("Arrivederci", 1.0);

        assertThat(firstProcess.isAlive()).isFalse();
        assertThat(first.closed.getCount()).isZero();
        assertThat(second.closed.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(second.audio().pcm()).hasSize(FakePiper.BYTES);
        speaker.close();
    }

    @Test
    void onlyAPiperThatStartsAndOffersRawOutputIsUsed() throws IOException {
        assertThat(PiperSpeaker.problemRunning(piper.binary.toString())).isEmpty();
        assertThat(PiperSpeaker.problemRunning(dir.resolve("nowhere").toString())).get().asString().startsWith("cannot be run");
        Path broken = FakePiper.script(dir.resolve("broken"), "#!/bin/sh\necho 'libonnxruntime.so: cannot open' >&2\nexit 127\n");
        assertThat(PiperSpeaker.problemRunning(broken.toString())).get().asString().contains("exited with 127");
        // Debian's package named piper sets up gaming mice
        Path mice = FakePiper.script(dir.resolve("mice"), "#!/bin/sh\necho 'usage: piper [-h] configure gaming devices'\n");
        assertThat(PiperSpeaker.problemRunning(mice.toString())).get().asString().contains("is not Piper the speech synthesiser");
    }
}

package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class SpeakersTest {

    @Test
    void prefersEspeakAndFallsBackToSilence() {
        try (SpeechOut espeak = Speakers.best(true); SpeechOut silent = Speakers.best(false)) {
            assertThat(espeak).isInstanceOf(EspeakSpeaker.class);
            assertThat(silent).isInstanceOf(SilentSpeaker.class);
            silent.speak("Nessuno mi sente", 1.0);
            silent.stop();
        }
    }

    @Test
    void bestMatchesWhatIsInstalled() {
        try (SpeechOut best = Speakers.best()) {
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
}

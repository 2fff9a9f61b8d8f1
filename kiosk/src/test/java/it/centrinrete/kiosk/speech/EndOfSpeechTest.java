package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.speech.EndOfSpeech.Settings;
import it.centrinrete.kiosk.speech.EndOfSpeech.State;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EndOfSpeechTest {

    private static final Settings SETTINGS = new Settings(0.02, 100, 600, 3_000);

    @Test
    void speechFollowedByLongSilenceEnds() {
        EndOfSpeech detector = new EndOfSpeech(SETTINGS);

        assertThat(feed(detector, TestPcm.silence(300))).isEqualTo(State.WAITING);
        assertThat(feed(detector, TestPcm.sine(220, 500, 0.3))).isEqualTo(State.SPEAKING);
        assertThat(feed(detector, TestPcm.silence(400))).isEqualTo(State.SPEAKING);
        assertThat(feed(detector, TestPcm.silence(300))).isEqualTo(State.ENDED);
        assertThat(detector.heardSpeech()).isTrue();
    }

    @Test
    void shortPausesBetweenWordsDoNotEndIt() {
        EndOfSpeech detector = new EndOfSpeech(SETTINGS);
        byte[] word = TestPcm.sine(300, 250, 0.2);
        byte[] pause = TestPcm.silence(400);

        State state = feed(detector, TestPcm.concat(word, pause, word, pause, word, pause, word));

        assertThat(state).isEqualTo(State.SPEAKING);
    }

    @Test
    void clicksAndQuietNoiseAreNotSpeech() {
        EndOfSpeech detector = new EndOfSpeech(SETTINGS);
        byte[] click = TestPcm.sine(1_000, 40, 0.8);
        byte[] hum = TestPcm.sine(50, 1_000, 0.01);

        State state = feed(detector, TestPcm.concat(click, TestPcm.silence(500), hum, click, TestPcm.silence(500)));

        assertThat(state).isEqualTo(State.WAITING);
        assertThat(detector.heardSpeech()).isFalse();
    }

    @Test
    void givesUpWhenNobodySpeaks() {
        EndOfSpeech detector = new EndOfSpeech(SETTINGS);

        assertThat(feed(detector, TestPcm.silence(2_900))).isEqualTo(State.WAITING);
        assertThat(feed(detector, TestPcm.silence(200))).isEqualTo(State.ENDED);
        assertThat(detector.heardSpeech()).isFalse();
    }

    @Test
    void framesMayStraddleOddSizedChunks() {
        EndOfSpeech detector = new EndOfSpeech(SETTINGS);
        byte[] pcm = TestPcm.concat(TestPcm.sine(220, 500, 0.3), TestPcm.silence(800));

        State state = State.WAITING;
        for (int offset = 0; offset < pcm.length; offset += 333) {
            byte[] chunk = Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + 333));
            state = detector.accept(chunk, chunk.length);
        }

        assertThat(state).isEqualTo(State.ENDED);
    }

    @Test
    void realItalianSpeechEndsOnlyAfterTheSentence() {
        byte[] speech = TestPcm.spoken16k("Vorrei prenotare il corso di ginnastica per giovedì").pcm();
        EndOfSpeech detector = new EndOfSpeech(Settings.TAP_TO_TALK);

        State duringSpeech = feed(detector, speech);
        State afterShortPause = feed(detector, TestPcm.silence(Settings.TAP_TO_TALK.silenceMs() / 2));
        State afterSilence = feed(detector, TestPcm.silence(Settings.TAP_TO_TALK.silenceMs()));

        assertThat(duringSpeech).isEqualTo(State.SPEAKING);
        assertThat(afterShortPause).isEqualTo(State.SPEAKING);
        assertThat(afterSilence).isEqualTo(State.ENDED);
        assertThat(detector.heardSpeech()).isTrue();
    }

    /** Feeds in 100 ms chunks, as the recogniser does. */
    private static State feed(EndOfSpeech detector, byte[] pcm) {
        State state = detector.state();
        for (int offset = 0; offset < pcm.length; offset += 3_200) {
            int length = Math.min(3_200, pcm.length - offset);
            state = detector.accept(Arrays.copyOfRange(pcm, offset, offset + length), length);
        }
        return state;
    }
}

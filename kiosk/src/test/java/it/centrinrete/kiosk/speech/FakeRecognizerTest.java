package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeRecognizerTest {

    @Test
    void deliversPartialsThenTheResultOnABackgroundThread() throws Exception {
        FakeRecognizer recognizer = new FakeRecognizer(Duration.ZERO, List.of("Vorrei prenotare la ginnastica"));
        RecordingListener listener = new RecordingListener();

        recognizer.listen(List.of(), listener);

        assertThat(listener.awaitDone()).isTrue();
        assertThat(listener.events).containsExactly(
                "partial:Vorrei", "partial:Vorrei prenotare la ginnastica", "result:Vorrei prenotare la ginnastica");
        assertThat(listener.threads).containsOnly("kiosk-fake-speech");
    }

    @Test
    void eachListenTakesTheNextUtterance() throws Exception {
        FakeRecognizer recognizer = new FakeRecognizer(Duration.ZERO, List.of("sì", "no"));
        recognizer.say("tre");

        assertThat(heard(recognizer, List.of())).isEqualTo("sì");
        assertThat(heard(recognizer, List.of())).isEqualTo("no");
        assertThat(heard(recognizer, List.of())).isEqualTo("tre");
        assertThat(heard(recognizer, List.of())).isEmpty();
    }

    @Test
    void withPhrasesAnswersOnlyWithOneOfThem() throws Exception {
        FakeRecognizer recognizer = new FakeRecognizer(Duration.ZERO, List.of("Sì, grazie", "boh, non so", "il corso di Yoga"));
        List<String> yesNo = List.of("sì", "no");

        assertThat(heard(recognizer, yesNo)).isEqualTo("sì");
        assertThat(heard(recognizer, yesNo)).isEmpty();
        assertThat(heard(recognizer, List.of("yoga", "corso di yoga", "pittura"))).isEqualTo("corso di yoga");
    }

    @Test
    void stopDeliversTheResultAtOnce() throws Exception {
        FakeRecognizer recognizer = new FakeRecognizer(Duration.ofHours(1), List.of("a che ora apre"));
        RecordingListener listener = new RecordingListener();

        recognizer.listen(List.of(), listener);
        recognizer.stop();

        assertThat(listener.awaitDone()).isTrue();
        assertThat(listener.result()).isEqualTo("a che ora apre");
    }

    @Test
    void scriptedFailureAndAvailability() throws Exception {
        FakeRecognizer recognizer = new FakeRecognizer(Duration.ZERO, List.of());
        recognizer.failNext("microfono scollegato");
        recognizer.setAvailable(false);
        RecordingListener listener = new RecordingListener();

        recognizer.listen(List.of(), listener);

        assertThat(listener.awaitDone()).isTrue();
        assertThat(listener.failure()).isEqualTo("microfono scollegato");
        assertThat(recognizer.available()).isFalse();
    }

    @Test
    void aNewListenSilencesThePreviousListener() throws Exception {
        FakeRecognizer recognizer = new FakeRecognizer(Duration.ofHours(1), List.of("prima domanda"));
        recognizer.say("seconda");
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();

        recognizer.listen(List.of(), first);
        recognizer.listen(List.of(), second);
        recognizer.stop();

        assertThat(second.awaitDone()).isTrue();
        assertThat(second.result()).isEqualTo("seconda");
        recognizer.close();
        assertThat(first.events).isEmpty();
    }

    private static String heard(SpeechIn recognizer, List<String> phrases) throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        recognizer.listen(phrases, listener);
        assertThat(listener.awaitDone()).isTrue();
        return listener.result();
    }
}

package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakSpeakerTest {

    private static final String OPENING_HOURS = "Buongiorno, il centro è aperto fino alle diciotto";
    /** Long enough that espeak-ng fills the pipe and is still running when we stop it. */
    private static final String LONG_TEXT = (OPENING_HOURS + ". ").repeat(18);
    private static final long LIVENESS_SECONDS = 20;

    @BeforeEach
    void needsEspeak() {
        TestPcm.assumeEspeak();
    }

    @Test
    void synthesisesAudibleItalianSpeech() {
        WavAudio audio = WavAudio.parse(new EspeakSpeaker().synthesise(OPENING_HOURS, 1.0));

        assertThat(audio.format().channels()).isEqualTo(1);
        assertThat(audio.format().sampleRate()).isEqualTo(22_050);
        assertThat(audio.seconds()).isGreaterThan(0.5);
        assertThat(audio.rms()).isGreaterThan(0.02);
        assertThat(audio.peak()).isGreaterThan(0.1);
    }

    @Test
    void slowerRateGivesLongerAudio() {
        EspeakSpeaker speaker = new EspeakSpeaker();

        double normal = WavAudio.parse(speaker.synthesise(OPENING_HOURS, 1.0)).seconds();
        double slow = WavAudio.parse(speaker.synthesise(OPENING_HOURS, 0.5)).seconds();

        assertThat(EspeakSpeaker.wordsPerMinute(1.0)).isEqualTo(140);
        assertThat(EspeakSpeaker.wordsPerMinute(0.5)).isEqualTo(110);
        assertThat(slow).isGreaterThan(normal * 1.15);
    }

    @Test
    void shellSyntaxIsReadAloudNeverRun(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "still here");
        Path marker = dir.resolve("marker");
        String hostile = "Ciao\"; rm -rf " + victim + "; echo '\n$(touch " + marker + ")` touch " + marker + "`";
        EspeakSpeaker speaker = new EspeakSpeaker();

        WavAudio hello = WavAudio.parse(speaker.synthesise("Ciao", 1.0));
        WavAudio spoken = WavAudio.parse(speaker.synthesise(hostile, 1.0));

        assertThat(victim).exists();
        assertThat(marker).doesNotExist();
        // The whole text, paths included, was read out: far longer than the greeting alone.
        assertThat(spoken.seconds()).isGreaterThan(hello.seconds() * 3);
    }

    @Test
    void textThatLooksLikeAnOptionIsSpokenToo() {
        WavAudio audio = WavAudio.parse(new EspeakSpeaker().synthesise("--version -v en", 1.0));

        assertThat(audio.seconds()).isGreaterThan(0.3);
        assertThat(audio.rms()).isGreaterThan(0.02);
    }

    @Test
    void stopKillsTheProcessAndSilencesTheDevice() throws Exception {
        RecordingSink sink = new RecordingSink(true);
        EspeakSpeaker speaker = new EspeakSpeaker("espeak-ng", "it", 50, () -> sink);

        speaker.speak(LONG_TEXT, 1.0);
        assertThat(sink.writing.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<ProcessHandle> running = espeakChildren();
        assertThat(running).hasSize(1).allMatch(ProcessHandle::isAlive);

        speaker.stop();

        assertThat(running.get(0).isAlive()).isFalse();
        assertThat(sink.closed.getCount()).isZero();
        speaker.close();
    }

    @Test
    void newSpeakCutsThePreviousOne() throws Exception {
        RecordingSink first = new RecordingSink(true);
        RecordingSink second = new RecordingSink(true);
        List<RecordingSink> sinks = new ArrayList<>(List.of(first, second));
        EspeakSpeaker speaker = new EspeakSpeaker("espeak-ng", "it", 50, () -> sinks.remove(0));

        speaker.speak(LONG_TEXT, 1.0);
        assertThat(first.writing.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        ProcessHandle firstProcess = espeakChildren().get(0);

        speaker.speak("Arrivederci", 1.0);

        assertThat(firstProcess.isAlive()).isFalse();
        assertThat(first.closed.getCount()).isZero();
        assertThat(second.writing.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        speaker.close();
        assertThat(second.closed.getCount()).isZero();
    }

    @Test
    void withoutAudioDeviceItSynthesisesAndLogsOnce() throws Exception {
        Logger logger = Logger.getLogger(EspeakSpeaker.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            NoDeviceSink first = new NoDeviceSink();
            NoDeviceSink second = new NoDeviceSink();
            List<NoDeviceSink> sinks = new ArrayList<>(List.of(first, second));
            EspeakSpeaker speaker = new EspeakSpeaker("espeak-ng", "it", 50, () -> sinks.remove(0));

            speaker.speak("Prima frase", 1.0);
            assertThat(first.finished.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
            speaker.speak("Seconda frase", 1.0);
            assertThat(second.finished.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();

            assertThat(first.opened).isTrue();
            assertThat(second.opened).isTrue();
            synchronized (handler) {
                assertThat(records).hasSize(1);
                assertThat(records.get(0).getLevel()).isEqualTo(Level.INFO);
                assertThat(records.get(0).getMessage()).contains("No audio output");
            }
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void emptyTextSaysNothing() {
        WavAudio audio = WavAudio.parse(new EspeakSpeaker().synthesise(" \n\t ", 1.0));

        assertThat(audio.seconds()).isZero();
    }

    private static List<ProcessHandle> espeakChildren() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("espeak-ng")).orElse(false))
                .toList();
    }

    /** A headless machine. */
    private static final class NoDeviceSink implements PcmSink {
        final CountDownLatch finished = new CountDownLatch(1);
        volatile boolean opened;

        @Override
        public void open(AudioFormat format) throws LineUnavailableException {
            opened = true;
            throw new LineUnavailableException("no sound card in tests");
        }

        @Override
        public void write(byte[] pcm, int offset, int length) {
            throw new AssertionError("nothing may be written without a device");
        }

        @Override
        public void drain() {
        }

        @Override
        public void close() {
            finished.countDown();
        }
    }
}

package it.centrinrete.kiosk.speech;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Assumptions;

/** Audio the tests make themselves: tones, silence, and Italian speech from espeak-ng resampled to 16 kHz. */
final class TestPcm {

    static final int RATE = 16_000;

    private TestPcm() {
    }

    /** A 16 kHz mono sine of {@code amplitude} (0 to 1 of full scale). */
    static byte[] sine(double hz, int ms, double amplitude) {
        short[] samples = new short[RATE * ms / 1_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(Math.sin(2 * Math.PI * hz * i / RATE) * amplitude * Short.MAX_VALUE);
        }
        return WavAudio.of(WavAudio.SPEECH_16K, samples).pcm();
    }

    static byte[] silence(int ms) {
        return new byte[RATE * ms / 1_000 * 2];
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static void assumeEspeak() {
        Assumptions.assumeTrue(EspeakSpeaker.installed(), "skipped: espeak-ng is not installed");
    }

    /** What espeak-ng says, as the microphone would deliver it: 16 kHz mono. */
    static WavAudio spoken16k(String text) {
        assumeEspeak();
        return WavAudio.parse(new EspeakSpeaker().synthesise(text, 1.0)).toSpeech16k();
    }
}

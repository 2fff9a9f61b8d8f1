package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavAudioTest {

    @Test
    void wavBytesRoundTripWithFormatAndSamples() {
        WavAudio.Format stereo = new WavAudio.Format(22_050, 2, 16);
        WavAudio audio = WavAudio.of(stereo, new short[] {1, -1, 1000, -1000, Short.MAX_VALUE, Short.MIN_VALUE});

        WavAudio parsed = WavAudio.parse(audio.toWav());

        assertThat(parsed).isEqualTo(audio);
        assertThat(parsed.format()).isEqualTo(stereo);
        assertThat(parsed.samples()).containsExactly(1, -1, 1000, -1000, Short.MAX_VALUE, Short.MIN_VALUE);
        assertThat(audio.toWav()).hasSize(44 + 12);
    }

    @Test
    void sineHasTheRmsAndPeakOfItsAmplitude() {
        WavAudio tone = new WavAudio(WavAudio.SPEECH_16K, TestPcm.sine(440, 1_000, 0.5));

        assertThat(tone.seconds()).isCloseTo(1.0, within(1e-9));
        assertThat(tone.rms()).isCloseTo(0.5 / Math.sqrt(2), within(0.005));
        assertThat(tone.peak()).isCloseTo(0.5, within(0.005));
    }

    @Test
    void silenceIsZero() {
        WavAudio quiet = new WavAudio(WavAudio.SPEECH_16K, TestPcm.silence(500));

        assertThat(quiet.rms()).isZero();
        assertThat(quiet.peak()).isZero();
    }

    @Test
    void streamingHeaderWithPlaceholderSizesAndExtraChunksIsRead() {
        // espeak-ng --stdout writes 0x7ffff000-ish sizes because it cannot seek back; a LIST chunk may precede data.
        ByteBuffer wav = ByteBuffer.allocate(44 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(0x7ffff024).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(22_050).putInt(44_100)
                .putShort((short) 2).putShort((short) 16);
        wav.put("LIST".getBytes()).putInt(4).put("INFO".getBytes());
        wav.put("data".getBytes()).putInt(0x7ffff000).putShort((short) 7).putShort((short) -7);

        WavAudio parsed = WavAudio.parse(wav.array());

        assertThat(parsed.format()).isEqualTo(new WavAudio.Format(22_050, 1, 16));
        assertThat(parsed.samples()).containsExactly(7, -7);
    }

    @Test
    void tornLastFrameIsDropped() {
        WavAudio audio = new WavAudio(new WavAudio.Format(8_000, 2, 16), new byte[7]);

        assertThat(audio.pcm()).hasSize(4);
    }

    @Test
    void rejectsWhatIsNotPcmWav() {
        assertThatThrownBy(() -> WavAudio.parse("not a wav file at all, really".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WavAudio.Format(16_000, 1, 8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stereoIsMixedToMonoAndResampledTo16k() {
        short[] interleaved = new short[22_050 * 2];
        for (int i = 0; i < interleaved.length; i += 2) {
            interleaved[i] = 1_000;
            interleaved[i + 1] = 3_000;
        }
        WavAudio speech = WavAudio.of(new WavAudio.Format(22_050, 2, 16), interleaved).toSpeech16k();

        assertThat(speech.format()).isEqualTo(WavAudio.SPEECH_16K);
        assertThat(speech.seconds()).isCloseTo(1.0, within(0.001));
        assertThat(speech.samples()).containsOnly((short) 2_000);
    }
}

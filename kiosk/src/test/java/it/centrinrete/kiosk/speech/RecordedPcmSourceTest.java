package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class RecordedPcmSourceTest {

    @Test
    void deliversEverySampleThenEnds() throws Exception {
        byte[] pcm = TestPcm.sine(440, 250, 0.5);
        RecordedPcmSource source = new RecordedPcmSource(pcm, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1_001];

        source.open();
        int read;
        while ((read = source.read(buffer)) > 0) {
            assertThat(read % 2).isZero();
            out.write(buffer, 0, read);
        }

        assertThat(out.toByteArray()).isEqualTo(pcm);
        assertThat(source.read(buffer)).isEqualTo(-1);
    }

    @Test
    void closeEndsReadingAndWavIsConvertedTo16k() throws Exception {
        WavAudio clip = WavAudio.of(new WavAudio.Format(22_050, 1, 16), new short[22_050]);
        RecordedPcmSource source = RecordedPcmSource.of(clip, false);

        source.open();
        source.close();

        assertThat(source.read(new byte[640])).isEqualTo(-1);
        source.open();
        byte[] all = new byte[64_000];
        assertThat(source.read(all)).isEqualTo(32_000);
    }
}

package it.centrinrete.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    @Test
    void keepsDurationAndPitchFrom22050To16000() {
        short[] tone = sine(440, 22_050, 22_050);

        short[] out = Resampler.resample(tone, 22_050, 16_000);

        assertThat(out).hasSize(16_000);
        // Zero crossings per second = 2 x frequency: the tone still sounds at 440 Hz.
        assertThat(zeroCrossings(out)).isBetween(875, 885);
    }

    @Test
    void keepsLoudness() {
        short[] tone = sine(300, 48_000, 48_000);

        short[] out = Resampler.resample(tone, 48_000, 16_000);

        assertThat(rms(out)).isCloseTo(rms(tone), within(rms(tone) * 0.05));
    }

    @Test
    void sameRateIsACopy() {
        short[] in = {1, 2, 3};

        short[] out = Resampler.resample(in, 16_000, 16_000);

        assertThat(out).containsExactly(1, 2, 3).isNotSameAs(in);
    }

    private static short[] sine(double hz, int rate, int count) {
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            samples[i] = (short) Math.round(Math.sin(2 * Math.PI * hz * i / rate + 0.1) * 10_000);
        }
        return samples;
    }

    private static int zeroCrossings(short[] samples) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings;
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length);
    }
}

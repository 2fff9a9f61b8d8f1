package it.centrinrete.kiosk.speech;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;

/**
 * A PCM WAV clip: its format and its samples. Used to check synthesised speech is real sound (tests), to turn espeak-ng
 * output into the 16 kHz the recogniser wants, and to hand audio between engines. Only 16-bit PCM is supported: it is
 * all espeak-ng, Piper and Vosk use.
 */
public record WavAudio(Format format, byte[] pcm) {

    /** 16 kHz, mono, 16 bit: what Vosk and the microphone use. */
    public static final Format SPEECH_16K = new Format(16_000, 1, 16);

    private static final int PCM_FORMAT_TAG = 1;

    /** The parts of a WAV header that matter here. */
    public record Format(int sampleRate, int channels, int bitsPerSample) {
        public Format {
            if (sampleRate <= 0 || channels <= 0 || bitsPerSample != 16) {
                throw new IllegalArgumentException("unsupported PCM format: " + sampleRate + " Hz, " + channels + " ch, "
                        + bitsPerSample + " bit");
            }
        }

        public int bytesPerFrame() {
            return channels * bitsPerSample / 8;
        }

        /** Signed little-endian, as WAV stores it. */
        public AudioFormat toAudioFormat() {
            return new AudioFormat(sampleRate, bitsPerSample, channels, true, false);
        }
    }

    public WavAudio {
        if (format == null || pcm == null) {
            throw new IllegalArgumentException("format and pcm are required");
        }
        // A torn last frame (killed process, short read) would shift every later sample, so it is dropped.
        int whole = pcm.length - pcm.length % format.bytesPerFrame();
        pcm = whole == pcm.length ? pcm : Arrays.copyOf(pcm, whole);
    }

    /** Wraps 16-bit samples (interleaved when more than one channel). */
    public static WavAudio of(Format format, short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return new WavAudio(format, buffer.array());
    }

    /** Parses a whole WAV file. */
    public static WavAudio parse(byte[] wav) {
        try {
            InputStream in = new ByteArrayInputStream(wav);
            Format format = readHeader(in);
            return new WavAudio(format, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PCM WAV: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a WAV header from a stream and leaves the stream at the first sample. The data size is ignored: espeak-ng
     * writes a placeholder when streaming to stdout, so the samples simply run to the end of the stream.
     */
    public static Format readHeader(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!"RIFF".equals(tag(data))) {
            throw new IOException("missing RIFF tag");
        }
        littleInt(data);
        if (!"WAVE".equals(tag(data))) {
            throw new IOException("missing WAVE tag");
        }
        Format format = null;
        while (true) {
            String chunk = tag(data);
            long size = Integer.toUnsignedLong(littleInt(data));
            if ("fmt ".equals(chunk)) {
                int tag = littleShort(data);
                int channels = littleShort(data);
                int rate = littleInt(data);
                littleInt(data);
                littleShort(data);
                int bits = littleShort(data);
                if (tag != PCM_FORMAT_TAG) {
                    throw new IOException("not PCM (format tag " + tag + ")");
                }
                format = new Format(rate, channels, bits);
                data.skipNBytes(size - 16 + (size & 1));
            } else if ("data".equals(chunk)) {
                if (format == null) {
                    throw new IOException("data chunk before fmt chunk");
                }
                return format;
            } else {
                data.skipNBytes(size + (size & 1));
            }
        }
    }

    /** A complete WAV file of these samples. */
    public byte[] toWav() {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(36 + pcm.length).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(16).putShort((short) PCM_FORMAT_TAG).putShort((short) format.channels())
                .putInt(format.sampleRate()).putInt(format.sampleRate() * format.bytesPerFrame())
                .putShort((short) format.bytesPerFrame()).putShort((short) format.bitsPerSample());
        header.put(ascii("data")).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        out.writeBytes(header.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    /** All samples, interleaved as stored. */
    public short[] samples() {
        short[] samples = new short[pcm.length / 2];
        ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    /** One channel: the average of all channels. */
    public short[] monoSamples() {
        short[] all = samples();
        int channels = format.channels();
        if (channels == 1) {
            return all;
        }
        short[] mono = new short[all.length / channels];
        for (int i = 0; i < mono.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += all[i * channels + c];
            }
            mono[i] = (short) (sum / channels);
        }
        return mono;
    }

    /** The same sound as 16 kHz mono, ready for the recogniser. */
    public WavAudio toSpeech16k() {
        short[] mono = monoSamples();
        return of(SPEECH_16K, Resampler.resample(mono, format.sampleRate(), SPEECH_16K.sampleRate()));
    }

    public double seconds() {
        return (double) pcm.length / format.bytesPerFrame() / format.sampleRate();
    }

    /** Root mean square of all samples, 0 (silence) to 1 (full scale). */
    public double rms() {
        return rms(pcm, 0, pcm.length);
    }

    /** Largest absolute sample, 0 to 1. */
    public double peak() {
        int peak = 0;
        for (short s : samples()) {
            peak = Math.max(peak, Math.abs((int) s));
        }
        return peak / 32768.0;
    }

    /** RMS, 0 to 1, of 16-bit little-endian samples in {@code pcm[offset, offset + length)}. */
    public static double rms(byte[] pcm, int offset, int length) {
        int count = length / 2;
        if (count == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            int at = offset + 2 * i;
            double s = (short) ((pcm[at] & 0xFF) | (pcm[at + 1] << 8)) / 32768.0;
            sum += s * s;
        }
        return Math.sqrt(sum / count);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WavAudio that && format.equals(that.format) && Arrays.equals(pcm, that.pcm);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(pcm);
    }

    @Override
    public String toString() {
        return "WavAudio[" + format + ", " + String.format(Locale.ROOT, "%.2f s", seconds()) + "]";
    }

    private static String tag(DataInputStream in) throws IOException {
        byte[] tag = new byte[4];
        in.readFully(tag);
        return new String(tag, StandardCharsets.US_ASCII);
    }

    private static int littleInt(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static int littleShort(DataInputStream in) throws IOException {
        int low = in.read();
        int high = in.read();
        if ((low | high) < 0) {
            throw new EOFException();
        }
        return low | high << 8;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

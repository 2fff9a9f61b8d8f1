package it.centrinrete.kiosk.speech;

/**
 * Decides when a person has finished speaking, so tap-to-talk stops by itself: once speech has started, a long enough
 * silence ends it. Plain frame energy rather than a trained detector, because the kiosk only needs "talking / quiet" in
 * a quiet room and this costs nothing on a Pi. Time is counted in samples, not on the clock, so it behaves the same on
 * paced, unpaced and live audio. Works on 16 kHz mono 16-bit little-endian PCM; not thread-safe (one capture thread).
 */
public final class EndOfSpeech {

    private static final int SAMPLE_RATE = 16_000;
    private static final int FRAME_MS = 20;
    private static final int FRAME_BYTES = SAMPLE_RATE / 1_000 * FRAME_MS * 2;

    /**
     * @param threshold  frame RMS (0 to 1) from which a frame counts as voice
     * @param speechMs   voice needed before speech counts as started, so a click or a cough is ignored
     * @param silenceMs  quiet after speech that ends it; long enough for older people's pauses between words
     * @param noSpeechMs give up when nobody speaks for this long; 0 waits for ever
     */
    public record Settings(double threshold, int speechMs, int silenceMs, int noSpeechMs) {
        /** Tuned for a kiosk microphone at arm's length in a community centre. */
        public static final Settings TAP_TO_TALK = new Settings(0.02, 120, 1_200, 8_000);

        public Settings {
            if (threshold <= 0 || speechMs < FRAME_MS || silenceMs < FRAME_MS || noSpeechMs < 0) {
                throw new IllegalArgumentException("invalid end-of-speech settings");
            }
        }
    }

    /** Where the utterance is. */
    public enum State {
        /** Nothing said yet. */
        WAITING,
        /** Someone is talking (or pausing briefly). */
        SPEAKING,
        /** Speech started and then stopped, or nobody spoke in time. */
        ENDED
    }

    private final Settings settings;
    private final byte[] frame = new byte[FRAME_BYTES];
    private int frameFill;
    private State state = State.WAITING;
    private boolean heardSpeech;
    private int voicedMs;
    private int quietMs;
    private int waitedMs;

    public EndOfSpeech(Settings settings) {
        this.settings = settings;
    }

    /** Feeds captured audio (any length, frames may straddle calls) and returns the state after it. */
    public State accept(byte[] pcm, int length) {
        int offset = 0;
        while (offset < length && state != State.ENDED) {
            int take = Math.min(FRAME_BYTES - frameFill, length - offset);
            System.arraycopy(pcm, offset, frame, frameFill, take);
            frameFill += take;
            offset += take;
            if (frameFill == FRAME_BYTES) {
                frameFill = 0;
                step(WavAudio.rms(frame, 0, FRAME_BYTES) >= settings.threshold());
            }
        }
        return state;
    }

    public State state() {
        return state;
    }

    /** Whether real speech was heard; false when it ended because nobody spoke. */
    public boolean heardSpeech() {
        return heardSpeech;
    }

    private void step(boolean voiced) {
        if (state == State.WAITING) {
            voicedMs = voiced ? voicedMs + FRAME_MS : 0;
            waitedMs += FRAME_MS;
            if (voicedMs >= settings.speechMs()) {
                state = State.SPEAKING;
                heardSpeech = true;
                quietMs = 0;
            } else if (settings.noSpeechMs() > 0 && waitedMs >= settings.noSpeechMs()) {
                state = State.ENDED;
            }
        } else if (state == State.SPEAKING) {
            quietMs = voiced ? 0 : quietMs + FRAME_MS;
            if (quietMs >= settings.silenceMs()) {
                state = State.ENDED;
            }
        }
    }
}

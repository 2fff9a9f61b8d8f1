package it.centrinrete.kiosk.speech;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Picks the voice the kiosk uses, once at start, and logs which and why: Piper when a voice model is configured and the
 * binary runs (the most natural voice); otherwise espeak-ng when installed; otherwise silence, so a machine without any
 * engine still runs on screen alone.
 */
public final class Speakers {

    private static final Logger LOG = Logger.getLogger(Speakers.class.getName());

    private Speakers() {
    }

    /**
     * @param piperBinary the piper binary's name or path ({@code kiosk.piper.binary})
     * @param piperModel  the Piper voice model ({@code kiosk.piper.model}); null when none is configured
     */
    public static SpeechOut best(String piperBinary, Path piperModel) {
        return best(piperBinary, piperModel, PiperSpeaker::problemRunning, EspeakSpeaker.installed());
    }

    /**
     * @param piperProblem why a piper binary cannot be used, empty when it can (see {@link PiperSpeaker#problemRunning})
     */
    static SpeechOut best(String piperBinary, Path piperModel, Function<String, Optional<String>> piperProblem,
                          boolean espeakInstalled) {
        String whyNotPiper = "no Piper voice configured (kiosk.piper.model)";
        if (piperModel != null) {
            Optional<String> problem = piperProblem.apply(piperBinary);
            if (problem.isEmpty()) {
                try {
                    PiperVoice voice = PiperVoice.of(piperModel);
                    LOG.info("Voice: Piper (" + piperBinary + ") with " + voice.model() + " at " + voice.sampleRate() + " Hz");
                    return new PiperSpeaker(piperBinary, voice, LineSink::new);
                } catch (IllegalArgumentException e) {
                    whyNotPiper = "the Piper voice cannot be used: " + e.getMessage();
                }
            } else {
                whyNotPiper = "Piper (kiosk.piper.binary=" + piperBinary + ") " + problem.get();
            }
            LOG.warning(whyNotPiper);
        }
        if (espeakInstalled) {
            LOG.info("Voice: espeak-ng, because " + whyNotPiper);
            return new EspeakSpeaker();
        }
        LOG.warning("No voice: espeak-ng is not installed and " + whyNotPiper + "; the kiosk will not speak");
        return new SilentSpeaker();
    }
}

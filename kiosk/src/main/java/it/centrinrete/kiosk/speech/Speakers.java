package it.centrinrete.kiosk.speech;

import java.util.logging.Logger;

/**
 * Picks the voice the kiosk uses. espeak-ng when installed; otherwise silence, so a machine without any engine still
 * runs on screen alone. Piper (a more natural voice) is meant to slot in here, preferred when present.
 */
public final class Speakers {

    private static final Logger LOG = Logger.getLogger(Speakers.class.getName());

    private Speakers() {
    }

    public static SpeechOut best() {
        return best(EspeakSpeaker.installed());
    }

    static SpeechOut best(boolean espeakInstalled) {
        if (espeakInstalled) {
            return new EspeakSpeaker();
        }
        LOG.warning("espeak-ng not found: the kiosk will not speak");
        return new SilentSpeaker();
    }
}

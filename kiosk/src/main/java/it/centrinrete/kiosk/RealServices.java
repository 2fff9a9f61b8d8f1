package it.centrinrete.kiosk;

import it.centrinrete.kiosk.config.KioskSettings;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.offline.ResilientAssistant;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;
import it.centrinrete.kiosk.speech.Speakers;
import it.centrinrete.kiosk.speech.VoskRecognizer;
import it.centrinrete.kiosk.ui.KioskServices;
import it.centrinrete.kiosk.ui.ScreenSettings;
import java.nio.file.Path;

/**
 * The kiosk as it runs in a centre: the server client with its offline snapshot and booking queue, espeak-ng for
 * the voice, Vosk for listening when a model is installed (without one the kiosk is touch only, and says so).
 */
final class RealServices implements KioskServices {
    private final KioskSettings settings;
    private final ResilientAssistant assistant;
    private final SpeechOut speechOut;
    private final SpeechIn speechIn;

    RealServices(KioskSettings settings) {
        this.settings = settings;
        this.assistant = ResilientAssistant.start(settings);
        this.speechOut = Speakers.best();
        // a missing folder makes the recogniser report itself unavailable: the screens then offer the keyboard
        this.speechIn = new VoskRecognizer(settings.voskModel() == null ? Path.of("vosk-model-not-configured") : settings.voskModel());
    }

    @Override
    public AssistantPort assistant() {
        return assistant;
    }

    @Override
    public SpeechOut speechOut() {
        return speechOut;
    }

    @Override
    public SpeechIn speechIn() {
        return speechIn;
    }

    @Override
    public ScreenSettings settings() {
        return ScreenSettings.from(settings);
    }

    @Override
    public void close() {
        KioskServices.super.close();
        assistant.close();
    }
}

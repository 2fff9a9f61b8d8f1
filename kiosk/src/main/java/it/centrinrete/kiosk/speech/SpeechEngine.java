package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One speech synthesiser run as a process, for {@link ProcessSpeaker}: the command that speaks one text (the text
 * itself goes on stdin, never on this command line) and how to learn the format of the samples it writes on stdout.
 */
interface SpeechEngine {

    /** The engine's name, for log lines and thread names. */
    String name();

    /** The program and its options for one utterance at a kiosk rate (0.5 slow, 1.0 the kiosk's normal, 1.5 quick). */
    List<String> command(double rate);

    /**
     * The format of the 16-bit PCM that follows on {@code stdout}; reads the engine's header first when it writes one, so
     * the stream is left at the first sample.
     */
    WavAudio.Format format(InputStream stdout) throws IOException;
}

package it.centrinrete.kiosk.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Offline Italian speech recognition with Vosk. The model is loaded on first use, on the capture thread, because it
 * takes seconds and must not freeze the screen. Audio goes from the {@link PcmSource} straight into Vosk and is never
 * kept. Callbacks arrive on the "kiosk-vosk" daemon thread.
 *
 * <p>The vosk jar bundles native code for x86-64 only; on a Raspberry Pi {@code libvosk.so} must be installed where JNA
 * finds it. If it cannot be loaded, {@link Listener#failed} is reported and the kiosk stays touch-only.
 */
public final class VoskRecognizer implements SpeechIn {

    private static final Logger LOG = Logger.getLogger(VoskRecognizer.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final float SAMPLE_RATE = 16_000f;
    private static final String UNKNOWN = "[unk]";
    private static final long CLOSE_WAIT_MS = 2_000;

    private final Path modelDir;
    private final Supplier<PcmSource> sources;
    private final BooleanSupplier sourcePresent;
    private final EndOfSpeech.Settings endOfSpeech;
    private final Object modelLock = new Object();

    private Model model; // guarded by modelLock
    private Session current; // guarded by this
    private boolean closed; // guarded by this

    /** The default microphone, stopping by itself when the person stops talking. */
    public VoskRecognizer(Path modelDir) {
        this(modelDir, MicrophoneSource::new, MicrophoneSource::present, EndOfSpeech.Settings.TAP_TO_TALK);
    }

    /**
     * @param sources     a fresh audio source for each {@code listen}
     * @param endOfSpeech when to stop by itself, or null to listen until {@link #stop} or the source ends
     */
    public VoskRecognizer(Path modelDir, Supplier<PcmSource> sources, EndOfSpeech.Settings endOfSpeech) {
        this(modelDir, sources, () -> true, endOfSpeech);
    }

    private VoskRecognizer(Path modelDir, Supplier<PcmSource> sources, BooleanSupplier sourcePresent,
            EndOfSpeech.Settings endOfSpeech) {
        this.modelDir = modelDir;
        this.sources = sources;
        this.sourcePresent = sourcePresent;
        this.endOfSpeech = endOfSpeech;
    }

    @Override
    public boolean available() {
        return Files.isDirectory(modelDir) && sourcePresent.getAsBoolean();
    }

    @Override
    public void listen(List<String> phrases, Listener listener) {
        Session session;
        synchronized (this) {
            if (current != null) {
                // A new question replaces the old one; its listener must not get a late answer.
                current.cancel();
            }
            if (closed) {
                listener.failed("recogniser closed");
                return;
            }
            session = new Session(List.copyOf(phrases), listener);
            current = session;
        }
        session.thread.start();
    }

    @Override
    public void stop() {
        Session session;
        synchronized (this) {
            session = current;
        }
        if (session != null) {
            session.finish();
        }
    }

    @Override
    public void close() {
        Session session;
        synchronized (this) {
            closed = true;
            session = current;
            current = null;
        }
        if (session != null) {
            session.cancel();
            try {
                session.thread.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (modelLock) {
            if (model != null) {
                model.close();
                model = null;
            }
        }
    }

    /** Vosk grammar: the allowed phrases in lower case, plus "[unk]" so that other words are not forced onto them. */
    static String grammar(List<String> phrases) {
        List<String> grammar = new ArrayList<>();
        for (String phrase : phrases) {
            grammar.add(phrase.toLowerCase(Locale.ITALIAN).strip());
        }
        grammar.add(UNKNOWN);
        try {
            return JSON.writeValueAsString(grammar);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field of a Vosk JSON answer, without "[unk]" markers; empty when absent. */
    static String field(String json, String name) {
        try {
            String text = JSON.readTree(json).path(name).asText("");
            return text.replace(UNKNOWN, " ").replaceAll("\\s+", " ").strip();
        } catch (JsonProcessingException e) {
            LOG.log(Level.FINE, "unreadable Vosk answer", e);
            return "";
        }
    }

    /** With a grammar, gives back the caller's own spelling of the phrase heard, so it can compare with equals. */
    static String asPhrase(String heard, List<String> phrases) {
        for (String phrase : phrases) {
            if (phrase.strip().equalsIgnoreCase(heard)) {
                return phrase;
            }
        }
        return heard;
    }

    private Model model() throws IOException {
        synchronized (modelLock) {
            if (model == null) {
                LibVosk.setLogLevel(LogLevel.WARNINGS);
                model = new Model(modelDir.toString());
            }
            return model;
        }
    }

    private synchronized void ended(Session session) {
        if (current == session) {
            current = null;
        }
    }

    /** One listen: capture, recognise and report on its own daemon thread. */
    private final class Session {
        private final List<String> phrases;
        private final Listener listener;
        private final Thread thread;
        private volatile boolean finishing;
        private volatile boolean cancelled;
        private volatile PcmSource source;

        Session(List<String> phrases, Listener listener) {
            this.phrases = phrases;
            this.listener = listener;
            this.thread = new Thread(this::run, "kiosk-vosk");
            thread.setDaemon(true);
        }

        void finish() {
            finishing = true;
            PcmSource open = source;
            if (open != null) {
                open.close();
            }
        }

        void cancel() {
            cancelled = true;
            finish();
        }

        private void run() {
            try {
                if (!Files.isDirectory(modelDir)) {
                    report(() -> listener.failed("no Vosk model at " + modelDir));
                    return;
                }
                recognise(model());
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "speech recognition failed", e);
                report(() -> listener.failed("speech recognition failed: " + e.getMessage()));
            } finally {
                ended(this);
            }
        }

        private void recognise(Model loaded) throws IOException {
            try (PcmSource opened = sources.get();
                    Recognizer recognizer = phrases.isEmpty() ? new Recognizer(loaded, SAMPLE_RATE)
                            : new Recognizer(loaded, SAMPLE_RATE, grammar(phrases))) {
                // Published before open() so that stop() can end even a blocking capture; if stop() came earlier, the
                // loop below sees finishing and goes straight to the final result.
                source = opened;
                opened.open();
                EndOfSpeech detector = endOfSpeech == null ? null : new EndOfSpeech(endOfSpeech);
                byte[] buffer = new byte[3_200]; // 100 ms: partials update about ten times a second
                StringBuilder heard = new StringBuilder();
                String shown = "";
                int read;
                while (!finishing && (read = opened.read(buffer)) > 0) {
                    if (recognizer.acceptWaveForm(buffer, read)) {
                        append(heard, field(recognizer.getResult(), "text"));
                    } else {
                        String partial = joined(heard, field(recognizer.getPartialResult(), "partial"));
                        if (!partial.isEmpty() && !partial.equals(shown)) {
                            shown = partial;
                            report(() -> listener.partial(partial));
                        }
                    }
                    if (detector != null && detector.accept(buffer, read) == EndOfSpeech.State.ENDED) {
                        break;
                    }
                }
                append(heard, field(recognizer.getFinalResult(), "text"));
                String result = asPhrase(heard.toString(), phrases);
                report(() -> listener.result(result));
            }
        }

        /** Calls the listener unless this session was replaced, and keeps a faulty listener from killing capture. */
        private void report(Runnable call) {
            if (cancelled) {
                return;
            }
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "speech listener failed", e);
            }
        }

        private static void append(StringBuilder heard, String words) {
            if (!words.isEmpty()) {
                if (!heard.isEmpty()) {
                    heard.append(' ');
                }
                heard.append(words);
            }
        }

        private static String joined(StringBuilder heard, String partial) {
            if (heard.isEmpty()) {
                return partial;
            }
            return partial.isEmpty() ? heard.toString() : heard + " " + partial;
        }
    }
}

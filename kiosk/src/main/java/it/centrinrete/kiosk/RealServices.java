package it.centrinrete.kiosk;

import it.centrinrete.kiosk.config.InvalidSettingsException;
import it.centrinrete.kiosk.config.KioskSettings;
import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import it.centrinrete.kiosk.offline.BookingOutcome;
import it.centrinrete.kiosk.offline.CancelOutcome;
import it.centrinrete.kiosk.offline.ResilientAssistant;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;
import it.centrinrete.kiosk.speech.Speakers;
import it.centrinrete.kiosk.speech.VoskRecognizer;
import it.centrinrete.kiosk.ui.KioskApp;
import it.centrinrete.kiosk.ui.KioskServices;
import it.centrinrete.kiosk.ui.ScreenSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosk as it runs in a centre: the server client with its offline snapshot and booking queue, Piper or espeak-ng
 * for the voice ({@link Speakers}), Vosk for listening when a model is installed (without one the kiosk is touch only,
 * and says so).
 *
 * <p>The resilient assistant (outbox, offline index of the kept snapshot: seconds on a small board) is built on a
 * background thread as soon as the first screen is shown; every call to it comes from the controller's background
 * thread, which waits for it if the first question comes that early.
 */
final class RealServices implements KioskServices {
    private static final Logger LOG = Logger.getLogger(RealServices.class.getName());

    private final KioskSettings settings;
    private final CompletableFuture<ResilientAssistant> assistant;
    private final SpeechOut speechOut;
    private final SpeechIn speechIn;

    RealServices(KioskSettings settings) {
        this.settings = settings;
        // a data folder that cannot be written still stops the kiosk here, with the key named, before any window opens
        requireWritable(settings.dataDir());
        // started once the first screen is up: on two cores it would otherwise slow the start-up it runs beside
        this.assistant = KioskApp.ready().thenApplyAsync(shown -> ResilientAssistant.start(settings), runnable -> {
            Thread t = new Thread(runnable, "kiosk-assistant-start");
            t.setDaemon(true);
            t.start();
        });
        assistant.whenComplete((started, e) -> {
            if (e != null) {
                LOG.log(Level.SEVERE, "the kiosk's assistant could not start; every question will fail", e);
            }
        });
        this.speechOut = Speakers.best(settings.piperBinary(), settings.piperModel());
        // a missing folder makes the recogniser report itself unavailable: the screens then offer the keyboard
        this.speechIn = new VoskRecognizer(settings.voskModel() == null ? Path.of("vosk-model-not-configured") : settings.voskModel());
    }

    private static void requireWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new InvalidSettingsException(KioskSettings.DATA_DIR + " (" + KioskSettings.environmentName(KioskSettings.DATA_DIR)
                + ") names " + dataDir + ", which cannot be created: " + e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new InvalidSettingsException(KioskSettings.DATA_DIR + " (" + KioskSettings.environmentName(KioskSettings.DATA_DIR)
                + ") names " + dataDir + ", which this user cannot write");
        }
    }

    private ResilientAssistant started() {
        try {
            return assistant.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the kiosk's assistant could not start", e.getCause());
        }
    }

    @Override
    public AssistantPort assistant() {
        return new AssistantPort() {
            @Override
            public AskReply ask(String text, String sessionId) throws Unreachable, Refusal {
                return started().ask(text, sessionId);
            }

            @Override
            public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) throws Unreachable, Refusal {
                return started().activities(from, to, centreId);
            }

            @Override
            public BookingReceipt book(BookingDraft draft) throws Unreachable, Refusal {
                return started().book(draft);
            }

            @Override
            public Optional<BookingReceipt> booking(String code) throws Unreachable, Refusal {
                return started().booking(code);
            }

            @Override
            public BookingReceipt cancel(String code) throws Unreachable, Refusal {
                return started().cancel(code);
            }

            @Override
            public HeldBookings bookingsFor(String phone) throws Unreachable, Refusal {
                return started().bookingsFor(phone);
            }

            @Override
            public BookingReceipt cancelQueued(String idempotencyKey) throws Unreachable, Refusal {
                return started().cancelQueued(idempotencyKey);
            }

            @Override
            public void callHelp(String reason, String sessionId) throws Unreachable, Refusal {
                started().callHelp(reason, sessionId);
            }
        };
    }

    @Override
    public void queuedOutcomeShown(String idempotencyKey) {
        assistant.thenAccept(started -> started.forgetOutcome(idempotencyKey));
    }

    @Override
    public void whenPracticeModeRead(Consumer<Boolean> listener) {
        assistant.thenAccept(started -> started.onProfile(profile -> listener.accept(profile.practiceMode())));
    }

    @Override
    public void whenQueuedCancellationDecided(QueuedCancellationListener listener) {
        assistant.thenAccept(started -> started.onCancellationDecided(outcome -> listener.decided(outcome.code(),
            outcome.result() == CancelOutcome.Result.CANCELLED, outcome.refusalCode())));
    }

    @Override
    public void queuedCancellationShown(String code) {
        assistant.thenAccept(started -> started.forgetCancelOutcome(code));
    }

    @Override
    public void whenQueuedBookingDecided(QueuedBookingListener listener) {
        assistant.thenAccept(started -> started.onBookingDecided(outcome -> tell(listener, outcome)));
    }

    /** A queued booking's outcome for the screens: a refusal by its code, which they word in Italian (the server's sentence is English). */
    static void tell(QueuedBookingListener listener, BookingOutcome outcome) {
        listener.decided(outcome.idempotencyKey(), outcome.booked() ? outcome.receipt() : null,
            outcome.booked() ? null : outcome.refusalCode());
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
        // closed now if it is running, or as soon as it has started
        assistant.thenAccept(ResilientAssistant::close);
    }
}

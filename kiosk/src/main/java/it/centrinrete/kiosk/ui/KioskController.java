package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The one place every touch, spoken command and physical button goes through. Public methods are called on the
 * JavaFX thread; calls to the assistant run on the background executor and their results come back through the FX
 * executor. Late results of a conversation that was reset in the meantime are dropped.
 */
public final class KioskController {
    /** Activities shown per page of the list. */
    public static final int PAGE_SIZE = 3;
    private static final Logger LOG = Logger.getLogger(KioskController.class.getName());
    private static final int MAX_TYPED = 200;
    private static final int MIN_PHONE_DIGITS = 6;
    private static final String CALL_OPERATOR_INTENT = "call_operator";
    private static final String MY_BOOKINGS_INTENT = "my_bookings";
    /** Why a help call was made, as the server's console shows it. */
    private static final String HELP_BY_BUTTON = "help_button";
    private static final String HELP_BY_SCREEN = "screen";
    private static final String HELP_BY_VOICE = "voice";
    /** The letters and digits a booking code is made of (no 0/O, 1/I/L, B/8 to confuse). */
    public static final String CODE_ALPHABET = "23456789ACDEFGHMNPRSTUVZ";
    public static final int CODE_LENGTH = 6;

    /**
     * One stop of the first-use tour.
     *
     * @param key its messages: {@code tour.<key>.pointer} (shown by the control) and {@code tour.<key>.say} (spoken and shown)
     * @param controls the ids of the real controls it points at
     */
    public record TourStop(String key, List<String> controls) {
    }

    /** The tour's stop shown on an example answer (the view draws it instead of the home screen). */
    public static final String TOUR_ANSWER = "answer";

    /** The first-use tour: every control on the home screen, one at a time; then "Ripeti" and "Più piano" on an example answer. */
    public static final List<TourStop> TOUR = List.of(
        new TourStop("talk", List.of("choice-talk")),
        new TourStop("write", List.of("choice-write")),
        new TourStop("activities", List.of("choice-activities")),
        new TourStop("help", List.of("choice-help", "bar-help")),
        new TourStop("voice", List.of("voice-slower", "voice-faster")),
        new TourStop("text", List.of("text-smaller", "text-bigger")),
        new TourStop(TOUR_ANSWER, List.of("repeat", "slower")));

    private final KioskModel model;
    private final AssistantPort assistant;
    private final SpeechOut speechOut;
    private final SpeechIn speechIn;
    private final TicketPrinter printer;
    private final ScreenSettings settings;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final Messages msg = Messages.italian();
    private final IdleTimer idleTimer;
    private final ReplyTiming replyTiming = new ReplyTiming();
    private final MyBookings myBookings;
    private final ServerPracticeMode serverPractice;
    private int generation;
    private String lastSpoken = "";
    private boolean listening;

    public KioskController(KioskModel model, AssistantPort assistant, SpeechOut speechOut, SpeechIn speechIn, TicketPrinter printer,
                           ScreenSettings settings, Executor background, Executor fx, Clock clock) {
        this.model = model;
        this.assistant = assistant;
        this.speechOut = speechOut;
        this.speechIn = speechIn;
        this.printer = printer == null ? TicketPrinter.NONE : printer;
        this.settings = settings;
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        this.idleTimer = new IdleTimer(settings.idleTimeout(), settings.idleGrace(), this::idleWarning, this::reset);
        model.startingRate(settings.speechRate());
        this.myBookings = new MyBookings(model, assistant, background, fx, this::speak, () -> generation);
        this.serverPractice = new ServerPracticeMode(model);
        // the tour points at the home screen's controls: going anywhere else ends it
        model.screen.addListener((o, before, now) -> {
            if (now != Screen.HOME) {
                model.tourStep.set(-1);
            }
            serverPractice.applyIfCalm();
        });
    }

    /** The usual wiring: one daemon background thread, results applied with {@link Platform#runLater}. */
    public static KioskController standard(KioskModel model, KioskServices services, ScreenSettings settings) {
        ExecutorService bg = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-assistant");
            t.setDaemon(true);
            return t;
        });
        KioskController controller = new KioskController(model, services.assistant(), services.speechOut(), services.speechIn(),
                services.printer(), settings, bg, Platform::runLater, Clock.system(Formats.ROME));
        services.whenQueuedBookingDecided((key, receipt, refusalCode) -> Platform.runLater(() -> {
            if (controller.queuedBookingDecided(key, receipt, refusalCode)) {
                services.queuedOutcomeShown(key);
            }
        }));
        services.whenQueuedCancellationDecided((code, cancelled, refusalCode) -> Platform.runLater(() -> {
            if (controller.queuedCancellationDecided(code, cancelled, refusalCode)) {
                services.queuedCancellationShown(code);
            }
        }));
        services.whenPracticeModeRead(on -> Platform.runLater(() -> controller.practiceModeRead(on)));
        return controller;
    }

    /**
     * The server decided a booking made offline. If the person who made it is still looking at its confirmation, the
     * "in attesa di conferma" becomes the code (or the reason it could not be booked); otherwise nothing shows —
     * the next person must not see it — and the outcome stays for the operators.
     *
     * @param refusalCode the machine code of the server's no when the booking was refused, else null
     * @return whether the person was shown the outcome (then the kiosk need not keep it)
     */
    public boolean queuedBookingDecided(String idempotencyKey, BookingReceipt receipt, String refusalCode) {
        BookingReceipt shown = model.receipt.get();
        boolean stillHere = model.screen.get() == Screen.BOOKING_DONE && shown != null
            && BookingReceipt.QUEUED.equalsIgnoreCase(shown.status())
            && idempotencyKey != null && idempotencyKey.equals(model.draftKey.get());
        if (!stillHere) {
            return false;
        }
        if (receipt != null) {
            showReceipt(receipt);
        } else {
            model.receipt.set(null);
            model.bookingMessage.set(msg.get("booking.sentRefused", bookingRefusal(refusalCode)));
            speak(model.bookingMessage.get());
        }
        return true;
    }

    /**
     * The server decided a cancellation that waited in the kiosk's outbox. Like a booking made offline, it is shown only
     * where the person who asked for it may still be looking: the "verrà inviata appena possibile" of its done screen
     * becomes the outcome, or its row in "le mie prenotazioni" changes from "cancellazione in attesa di invio" to
     * "cancellata" or "cancellazione non accettata"; either is said. Otherwise nothing shows (the next person must not
     * see it) and the outcome is kept for a day: a refusal still marks the booking when the person looks it up again.
     *
     * @param refusalCode the machine code of the server's no when the booking is not cancelled, else null
     * @return whether the person was shown the outcome (then the kiosk need not keep it)
     */
    public boolean queuedCancellationDecided(String code, boolean cancelled, String refusalCode) {
        if (code == null) {
            return false;
        }
        if (model.screen.get() == Screen.CANCEL_DONE && code.equals(model.queuedCancelCode.get())) {
            model.queuedCancelCode.set(null);
            model.offline.set(false);
            model.cancelMessage.set(cancelled ? msg.get("cancel.sentDone")
                : msg.get("cancel.sentRefused", msg.refusal(refusalCode, "cancel.askStaff")));
            speak(model.cancelMessage.get());
            return true;
        }
        return model.screen.get() == Screen.MY_BOOKINGS && myBookings.cancellationDecided(code, cancelled, refusalCode);
    }

    /** The practice mode the server keeps for this kiosk, read at start and with each refresh (see {@link ServerPracticeMode}). */
    public void practiceModeRead(boolean on) {
        serverPractice.read(on);
    }

    /** The "le mie prenotazioni" flow, for the view (its pages and statuses). */
    public MyBookings myBookings() {
        return myBookings;
    }

    public KioskModel model() {
        return model;
    }

    public IdleTimer idleTimer() {
        return idleTimer;
    }

    public ScreenSettings settings() {
        return settings;
    }

    /** Reply-to-screen times of the answers shown so far. */
    public ReplyTiming replyTiming() {
        return replyTiming;
    }

    // ---------------------------------------------------------------- presence, idle

    /** Any touch anywhere: silences the kiosk and restarts the idle clock. */
    public void touch() {
        speechOut.stop();
        activity();
    }

    private void activity() {
        idleTimer.touch();
        if (model.idleWarning.get()) {
            model.idleWarning.set(false);
        }
    }

    /** The person woke the kiosk from the idle screen. */
    public void wake() {
        activity();
        idleTimer.arm();
        model.notice.set("");
        model.screen.set(Screen.HOME);
        speak(msg.get("home.greeting"));
    }

    public void goHome() {
        activity();
        stopListening();
        model.notice.set("");
        model.typed.set("");
        model.guideId.set(null);
        // a person's list of bookings is not left behind for whoever touches the kiosk next
        model.myBookings.set(null);
        model.screen.set(Screen.HOME);
    }

    /** "Vuole continuare?" — called by the idle timer. */
    void idleWarning() {
        model.idleWarning.set(true);
        speak(msg.get("idle.warning"));
    }

    /** The person touched "Continuo" on the idle warning. */
    public void continueSession() {
        touch();
    }

    /** Clears everything personal and returns to the idle screen. */
    public void reset() {
        generation++;
        speechOut.stop();
        stopListening();
        lastSpoken = "";
        model.clearPersonal();
        model.screen.set(Screen.IDLE);
        idleTimer.disarm();
    }

    // ---------------------------------------------------------------- voice in

    /** "Parla": listen with the microphone, or fall back to the keyboard when there is none. */
    public void startListening() {
        touch();
        if (!speechIn.available()) {
            model.notice.set(msg.get("listen.unavailable"));
            openKeyboard("");
            return;
        }
        model.heard.set("");
        model.notice.set("");
        model.screen.set(Screen.LISTENING);
        listening = true;
        int gen = generation;
        speechIn.listen(List.of(), new SpeechIn.Listener() {
            @Override
            public void partial(String text) {
                fx.execute(() -> {
                    if (gen == generation) {
                        model.heard.set(text);
                    }
                });
            }

            @Override
            public void result(String text) {
                fx.execute(() -> {
                    if (gen == generation) {
                        listening = false;
                        heardUtterance(text);
                    }
                });
            }

            @Override
            public void failed(String reason) {
                fx.execute(() -> {
                    if (gen == generation) {
                        listening = false;
                        LOG.log(Level.INFO, "speech recognition failed: {0}", reason);
                        model.notice.set(msg.get("listen.failed"));
                        openKeyboard("");
                    }
                });
            }
        });
    }

    /** "Ho finito": stop listening; what was heard comes as a result. */
    public void stopListening() {
        if (listening) {
            listening = false;
            speechIn.stop();
        }
    }

    /** A whole utterance: a few commands are handled here, everything else is a question. */
    public void heardUtterance(String text) {
        activity();
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ITALIAN);
        switch (t) {
            case "" -> {
                model.notice.set(msg.get("listen.nothing"));
                model.screen.set(Screen.HOME);
                speak(msg.get("listen.nothing"));
            }
            case "ripeti" -> repeat();
            case "più piano", "piu piano" -> slower();
            case "aiuto", "operatore" -> callOperator(HELP_BY_VOICE);
            case "basta", "fine", "arrivederci" -> reset();
            default -> ask(text.trim());
        }
    }

    /** The push-to-talk button on the kiosk. */
    public void talkButton() {
        if (listening) {
            stopListening();
            return;
        }
        SpokenChoices choices = SpokenChoices.on(model, this);
        if (choices.phrases().isEmpty() || !speechIn.available()) {
            startListening();
        } else {
            listenFor(choices);
        }
    }

    /**
     * On a screen that waits for a choice (yes or no, digits, an activity), the talk button listens for those words
     * only and the screen stays: what is heard acts as the matching touch would.
     */
    private void listenFor(SpokenChoices choices) {
        touch();
        Screen on = model.screen.get();
        model.notice.set(msg.get("listen.choice"));
        listening = true;
        int gen = generation;
        speechIn.listen(choices.phrases(), new SpeechIn.Listener() {
            @Override
            public void partial(String text) {
                // the screen shows its choices; the words come as one result
            }

            @Override
            public void result(String text) {
                fx.execute(() -> {
                    if (gen != generation || model.screen.get() != on) {
                        return;
                    }
                    listening = false;
                    model.notice.set("");
                    choices.meaning().apply(text).ifPresentOrElse(Runnable::run, () -> {
                        model.notice.set(msg.get("listen.choiceUnclear"));
                        speak(msg.get("listen.choiceUnclear"));
                    });
                });
            }

            @Override
            public void failed(String reason) {
                fx.execute(() -> {
                    if (gen == generation) {
                        listening = false;
                        LOG.log(Level.INFO, "speech recognition failed: {0}", reason);
                        model.notice.set(msg.get("listen.choiceUnclear"));
                    }
                });
            }
        });
    }

    /** The physical help button. */
    public void helpButton() {
        touch();
        callOperator(HELP_BY_BUTTON);
    }

    // ---------------------------------------------------------------- keyboard

    /** "Scrivi": the on-screen keyboard for a question. */
    public void startWriting() {
        touch();
        model.notice.set("");
        openKeyboard("");
    }

    private void openKeyboard(String text) {
        model.typed.set(text);
        model.screen.set(Screen.WRITING);
    }

    /** One key of the on-screen keyboard or keypad (a letter, a digit or a space). */
    public void keyTyped(String key) {
        activity();
        Screen s = model.screen.get();
        if (s == Screen.CANCEL_CODE) {
            codeKey(key);
            return;
        }
        boolean digitsOnly = s == Screen.BOOKING_PHONE || s == Screen.TUTOR_PIN || s == Screen.MY_BOOKINGS_PHONE;
        if (digitsOnly && !key.chars().allMatch(Character::isDigit)) {
            return;
        }
        String now = model.typed.get();
        if (now.length() + key.length() > MAX_TYPED) {
            return;
        }
        String text = s == Screen.WRITING || s == Screen.BOOKING_NAME ? now + capitalised(now, key) : now + key;
        model.typed.set(text);
        model.notice.set("");
    }

    /** Letters are shown as capitals on the keys; the text reads better in lower case after the first letter. */
    private static String capitalised(String before, String key) {
        boolean startOfWord = before.isEmpty() || before.endsWith(" ");
        return startOfWord ? key.toUpperCase(Locale.ITALIAN) : key.toLowerCase(Locale.ITALIAN);
    }

    public void space() {
        String now = model.typed.get();
        if (!now.isEmpty() && !now.endsWith(" ")) {
            keyTyped(" ");
        }
    }

    public void backspace() {
        activity();
        String now = model.typed.get();
        if (!now.isEmpty()) {
            model.typed.set(now.substring(0, now.length() - 1));
        }
    }

    /** The keyboard's confirm key: its meaning depends on the screen. */
    public void submitTyped() {
        activity();
        switch (model.screen.get()) {
            case WRITING -> ask(model.typed.get());
            case BOOKING_NAME -> nameDone();
            case BOOKING_PHONE -> phoneDone();
            case TUTOR_PIN -> checkPin();
            case CANCEL_CODE -> lookUpCode();
            case MY_BOOKINGS_PHONE -> myBookings.phoneDone();
            default -> {
            }
        }
    }

    // ---------------------------------------------------------------- conversation

    /** Sends a question (typed, spoken, or a suggestion). */
    public void ask(String text) {
        send(text, true);
    }

    private void send(String text, boolean showAsQuestion) {
        activity();
        String q = text == null ? "" : text.trim();
        if (q.isEmpty()) {
            model.notice.set(msg.get("write.empty"));
            return;
        }
        speechOut.stop();
        if (showAsQuestion) {
            model.question.set(q);
        }
        model.answerText.set("");
        model.answerSpeech.set("");
        model.suggestions.clear();
        model.notice.set("");
        model.typed.set("");
        model.busy.set(true);
        if (model.screen.get() != Screen.GUIDE) {
            model.screen.set(Screen.CONVERSATION);
        }
        int gen = generation;
        String session = model.sessionId.get();
        background.execute(() -> {
            try {
                AskReply reply = assistant.ask(q, session);
                long received = System.nanoTime();
                fx.execute(() -> {
                    if (gen == generation) {
                        applyReply(reply);
                        replyTiming.replyApplied(received);
                    }
                });
            } catch (Unreachable e) {
                fx.execute(() -> {
                    if (gen == generation) {
                        showProblem(msg.get("offline.answer"), true);
                    }
                });
            } catch (Refusal e) {
                fx.execute(() -> {
                    if (gen == generation) {
                        showProblem(refusalText(e), false);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "ask failed", e);
                fx.execute(() -> {
                    if (gen == generation) {
                        showProblem(msg.get("error.generic"), false);
                    }
                });
            }
        });
    }

    private void showProblem(String text, boolean offline) {
        model.busy.set(false);
        if (offline) {
            model.offline.set(true);
        }
        model.answerText.set(text);
        model.answerSpeech.set(text);
        model.suggestions.setAll(msg.get("suggestion.operator"));
        if (model.screen.get() == Screen.GUIDE) {
            model.screen.set(Screen.CONVERSATION);
        }
        speak(text);
    }

    void applyReply(AskReply reply) {
        model.busy.set(false);
        model.offline.set(reply.offline());
        if (reply.sessionId() != null) {
            model.sessionId.set(reply.sessionId());
        }
        model.lastReply.set(reply);
        if (MY_BOOKINGS_INTENT.equals(reply.intent()) && !reply.offline()) {
            // the kiosk's own screens list them, one per row, each with "Annulla questa"
            myBookings.fromDialogue(model.question.get());
            return;
        }
        String text = reply.text() == null ? "" : reply.text();
        String speech = reply.speech() == null || reply.speech().isBlank() ? text : reply.speech();
        model.answerText.set(text);
        model.answerSpeech.set(speech);
        model.suggestions.setAll(reply.suggestions());
        boolean guide = false;
        for (Map<String, Object> action : reply.actions()) {
            Object type = action.get("type");
            if ("show_guide_step".equals(type)) {
                guide = true;
                model.guideId.set(String.valueOf(action.get("guideId")));
                model.guideStep.set(action.get("step") instanceof Number n ? n.intValue() : model.guideStep.get() + 1);
            }
        }
        if (guide) {
            model.screen.set(Screen.GUIDE);
        } else if (model.screen.get() == Screen.GUIDE) {
            model.guideId.set(null);
            model.screen.set(Screen.CONVERSATION);
        }
        speak(speech);
        for (Map<String, Object> action : reply.actions()) {
            Object type = action.get("type");
            // the server also sends call_operator with an offer ("Vuole che chiami un operatore?"): only its
            // call_operator intent means an operator was called
            if ("call_operator".equals(type) && CALL_OPERATOR_INTENT.equals(reply.intent())) {
                model.operatorCalled.set(true);
                model.screen.set(Screen.HELP);
            } else if ("book".equals(type) && action.get("activitySessionId") != null) {
                startBooking(slotFor(String.valueOf(action.get("activitySessionId")), reply));
            } else if ("print_ticket".equals(type)) {
                Object code = action.get("code");
                printer.print(code == null ? text : code + "\n" + text);
            }
        }
    }

    private SessionSlot slotFor(String sessionId, AskReply reply) {
        for (SessionSlot s : model.activities) {
            if (s.id().equals(sessionId)) {
                return s;
            }
        }
        String title = reply.sources().stream().filter(s -> "activity".equals(s.type())).map(AskReply.Source::title)
                .findFirst().orElse(reply.sources().isEmpty() ? "" : reply.sources().get(0).title());
        return new SessionSlot(sessionId, null, title, null, null, null, null, 0, 0, false, true);
    }

    public void tapSuggestion(String suggestion) {
        touch();
        if (msg.get("suggestion.operator").equals(suggestion)) {
            callOperator();
        } else {
            ask(suggestion);
        }
    }

    /** "Ripeti": says again what was said last. */
    public void repeat() {
        activity();
        if (!lastSpoken.isEmpty()) {
            speechOut.speak(lastSpoken, model.speechRate.get());
        }
    }

    /** "Più piano": slower voice from now on, and says the last thing again. */
    public void slower() {
        activity();
        model.speechRate.set(Math.max(KioskModel.SLOWEST_RATE, model.speechRate.get() - KioskModel.RATE_STEP));
        repeat();
    }

    /** "Più veloce". */
    public void faster() {
        activity();
        // a configured rate may already be above the quickest step: "Più veloce" never slows it down
        double now = model.speechRate.get();
        model.speechRate.set(Math.max(now, Math.min(KioskModel.QUICKEST_RATE, now + KioskModel.RATE_STEP)));
        repeat();
    }

    /** "Ho sbagliato": the recognised question goes back on the keyboard to be corrected. */
    public void wrongQuestion() {
        touch();
        model.notice.set(msg.get("write.correct"));
        openKeyboard(model.question.get());
    }

    private void speak(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        lastSpoken = text;
        speechOut.speak(text, model.speechRate.get());
    }

    // ---------------------------------------------------------------- activities and booking

    public void openActivities() {
        touch();
        model.screen.set(Screen.ACTIVITIES);
        model.activitiesPage.set(0);
        model.notice.set("");
        model.busy.set(true);
        int gen = generation;
        LocalDate today = LocalDate.now(clock);
        background.execute(() -> {
            try {
                List<SessionSlot> slots = assistant.activities(today, today.plusDays(settings.activityDays()), settings.centreId());
                fx.execute(() -> {
                    if (gen == generation) {
                        model.busy.set(false);
                        model.offline.set(false);
                        model.activities.setAll(slots);
                        speak(slots.isEmpty() ? msg.get("activities.none") : msg.get("activities.intro"));
                    }
                });
            } catch (Unreachable e) {
                fx.execute(() -> problem(gen, msg.get("offline.activities"), true));
            } catch (Refusal e) {
                fx.execute(() -> problem(gen, refusalText(e), false));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "activities failed", e);
                fx.execute(() -> problem(gen, msg.get("error.generic"), false));
            }
        });
    }

    /**
     * A call that failed, told on the screen it was made from and aloud; dropped when the kiosk was reset since (a
     * newer generation), so nobody hears the previous person's problem.
     */
    private void problem(int gen, String text, boolean offline) {
        if (gen != generation) {
            return;
        }
        model.busy.set(false);
        if (offline) {
            model.offline.set(true);
        }
        model.notice.set(text);
        speak(text);
    }

    /** Activities per page at the current text size: {@value #PAGE_SIZE} at the smallest, fewer as the text grows. */
    public int pageSize() {
        return model.rowsPerPage();
    }

    public int pageCount() {
        return Math.max(1, (model.activities.size() + pageSize() - 1) / pageSize());
    }

    public List<SessionSlot> currentPage() {
        int from = Math.min(model.activities.size(), model.activitiesPage.get() * pageSize());
        return List.copyOf(model.activities.subList(from, Math.min(model.activities.size(), from + pageSize())));
    }

    public void nextPage() {
        activity();
        if (model.activitiesPage.get() + 1 < pageCount()) {
            model.activitiesPage.set(model.activitiesPage.get() + 1);
        }
    }

    public void previousPage() {
        activity();
        if (model.activitiesPage.get() > 0) {
            model.activitiesPage.set(model.activitiesPage.get() - 1);
        }
    }

    /** "Prenota" on an activity: name first, on the big keyboard. */
    public void startBooking(SessionSlot slot) {
        activity();
        model.bookingSlot.set(slot);
        model.draftKey.set(UUID.randomUUID().toString());
        model.draftName.set("");
        model.draftPhone.set("");
        model.receipt.set(null);
        model.bookingMessage.set("");
        model.notice.set("");
        model.typed.set("");
        model.screen.set(Screen.BOOKING_NAME);
        speak(msg.get("booking.askName"));
    }

    void nameDone() {
        String name = model.typed.get().trim();
        if (name.length() < 2) {
            model.notice.set(msg.get("booking.nameMissing"));
            speak(msg.get("booking.nameMissing"));
            return;
        }
        model.draftName.set(name);
        model.typed.set(model.draftPhone.get());
        model.notice.set("");
        model.screen.set(Screen.BOOKING_PHONE);
        speak(msg.get("booking.askPhone"));
    }

    void phoneDone() {
        String phone = model.typed.get().replaceAll("\\D", "");
        if (phone.length() < MIN_PHONE_DIGITS) {
            model.notice.set(msg.get("booking.phoneMissing"));
            speak(msg.get("booking.phoneMissing"));
            return;
        }
        model.draftPhone.set(phone);
        model.typed.set("");
        model.notice.set("");
        model.screen.set(Screen.BOOKING_CHECK);
        speak(readBack());
    }

    /** The sentence read back before confirming. */
    public String readBack() {
        SessionSlot slot = model.bookingSlot.get();
        String title = slot == null || slot.title() == null ? "" : slot.title();
        String when = slot == null ? "" : Formats.when(slot.start());
        return msg.get("booking.readBack", title, when, model.draftName.get(),
                String.join(" ", model.draftPhone.get().split("")));
    }

    /** "Correggi" on the read-back: back to the name, keeping what was written. */
    public void correctBooking() {
        touch();
        model.typed.set(model.draftName.get());
        model.screen.set(Screen.BOOKING_NAME);
    }

    /** "Confermo": books (or, in practice mode, pretends to). */
    public void confirmBooking() {
        touch();
        SessionSlot slot = model.bookingSlot.get();
        if (slot == null || model.busy.get()) {
            return;
        }
        if (model.practiceMode.get()) {
            showReceipt(new BookingReceipt("PROVA1", "PRACTICE", slot.id(), slot.start(), slot.title(), slot.centre(), slot.centreName(),
                0));
            return;
        }
        BookingDraft draft = new BookingDraft(model.draftKey.get(), slot.id(), model.draftName.get(), model.draftPhone.get(), null);
        model.busy.set(true);
        model.notice.set("");
        int gen = generation;
        background.execute(() -> {
            try {
                BookingReceipt r = assistant.book(draft);
                fx.execute(() -> {
                    if (gen == generation) {
                        model.busy.set(false);
                        showReceipt(r);
                    }
                });
            } catch (Unreachable e) {
                fx.execute(() -> bookingProblem(gen, msg.get("offline.booking"), true, false));
            } catch (Refusal e) {
                fx.execute(() -> bookingProblem(gen, refusalText(e), false, true));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "booking failed", e);
                fx.execute(() -> bookingProblem(gen, msg.get("error.generic"), false, false));
            }
        });
    }

    private void bookingProblem(int gen, String text, boolean offline, boolean finalAnswer) {
        if (!finalAnswer) {
            problem(gen, text, offline);
            return;
        }
        if (gen != generation) {
            return;
        }
        model.busy.set(false);
        model.receipt.set(null);
        model.bookingMessage.set(text);
        model.screen.set(Screen.BOOKING_DONE);
        speak(text);
    }

    private void showReceipt(BookingReceipt r) {
        model.receipt.set(r);
        String status = r.status() == null ? "" : r.status().toUpperCase(Locale.ROOT);
        String text = switch (status) {
            case "CONFIRMED" -> msg.get("booking.confirmed");
            case "WAITLISTED" -> msg.get("booking.waitlisted", r.waitlistPosition());
            case BookingReceipt.QUEUED -> msg.get("booking.queued");
            case "PRACTICE" -> msg.get("booking.practice");
            case "CANCELLED" -> msg.get("booking.cancelled");
            default -> msg.get("booking.status", status);
        };
        model.bookingMessage.set(text);
        model.screen.set(Screen.BOOKING_DONE);
        // a booking queued offline has no code yet: it is told when the server gives one
        speak(r.code() == null ? text : text + " " + msg.get("booking.codeSpoken", Formats.spelled(r.code())));
    }

    /** "Stampa il biglietto" on the confirmation. */
    public void printReceipt() {
        touch();
        BookingReceipt r = model.receipt.get();
        if (r == null) {
            return;
        }
        String lines = r.code() + "\n" + (r.title() == null ? "" : r.title()) + "\n" + Formats.when(r.start()) + "\n"
                + (r.centreName() == null ? "" : r.centreName() + "\n") + model.bookingMessage.get();
        boolean printed = printer.print(lines);
        String text = msg.get(printed ? "ticket.printed" : "ticket.noPrinter");
        model.notice.set(text);
        speak(text);
    }

    // ---------------------------------------------------------------- cancelling a booking

    /** "Cancella una prenotazione" on the home screen: the code, on the code keyboard. */
    public void openCancel() {
        touch();
        model.cancelQueueKey.set(null);
        model.cancelReceipt.set(null);
        model.cancelMessage.set("");
        model.typed.set("");
        model.notice.set("");
        model.screen.set(Screen.CANCEL_CODE);
        speak(msg.get("cancel.askCode"));
    }

    /** "Le mie prenotazioni" on the home screen. */
    public void openMyBookings() {
        touch();
        myBookings.open();
    }

    /** "Annulla questa" on one row of "le mie prenotazioni". */
    public void cancelHeld(HeldBookings.Held held) {
        touch();
        myBookings.cancel(held);
    }

    public void myBookingsNextPage() {
        activity();
        myBookings.nextPage();
    }

    public void myBookingsPreviousPage() {
        activity();
        myBookings.previousPage();
    }

    /** "Annulla questa prenotazione" on a booking's confirmation: looks it up, then asks yes or no. */
    public void cancelThisBooking() {
        touch();
        BookingReceipt r = model.receipt.get();
        if (model.screen.get() != Screen.BOOKING_DONE || r == null || r.code() == null) {
            return;
        }
        model.cancelReceipt.set(null);
        model.cancelQueueKey.set(null);
        model.cancelMessage.set("");
        model.notice.set("");
        model.typed.set(r.code());
        model.screen.set(Screen.CANCEL_CODE);
        lookUpCode();
    }

    private void codeKey(String key) {
        String k = key.toUpperCase(Locale.ROOT);
        String now = model.typed.get();
        if (k.length() != 1 || CODE_ALPHABET.indexOf(k.charAt(0)) < 0 || now.length() >= CODE_LENGTH) {
            return;
        }
        model.typed.set(now + k);
        model.notice.set("");
    }

    /** "Cerca" on the code keyboard. */
    void lookUpCode() {
        String code = model.typed.get();
        if (code.length() != CODE_LENGTH) {
            model.notice.set(msg.get("cancel.codeShort"));
            speak(msg.get("cancel.codeShort"));
            return;
        }
        if (model.busy.get()) {
            return;
        }
        model.busy.set(true);
        model.notice.set("");
        int gen = generation;
        background.execute(() -> {
            try {
                Optional<BookingReceipt> found = assistant.booking(code);
                fx.execute(() -> {
                    if (gen == generation) {
                        model.busy.set(false);
                        model.offline.set(false);
                        if (model.screen.get() == Screen.CANCEL_CODE) {
                            found(code, found.orElse(null));
                        }
                    }
                });
            } catch (Unreachable e) {
                fx.execute(() -> unverified(gen, code));
            } catch (Refusal e) {
                fx.execute(() -> problem(gen, refusalText(e), false));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "booking lookup failed", e);
                fx.execute(() -> problem(gen, msg.get("error.generic"), false));
            }
        });
    }

    /**
     * The code could not be checked (no server): the person may still ask for the cancellation, which the kiosk
     * keeps and sends when the server is back; a wrong code is then simply found unknown.
     */
    private void unverified(int gen, String code) {
        if (gen != generation || model.screen.get() != Screen.CANCEL_CODE) {
            return;
        }
        model.busy.set(false);
        model.offline.set(true);
        model.cancelReceipt.set(new BookingReceipt(code, null, null, null, null, null, 0));
        model.typed.set("");
        model.screen.set(Screen.CANCEL_CHECK);
        model.notice.set(msg.get("cancel.unverified"));
        speak(msg.get("cancel.unverified"));
    }

    private void found(String code, BookingReceipt r) {
        if (r == null) {
            model.notice.set(msg.get("cancel.unknown"));
            speak(msg.get("cancel.unknown"));
            return;
        }
        if ("CANCELLED".equalsIgnoreCase(r.status())) {
            model.cancelMessage.set(msg.get("cancel.already"));
            model.screen.set(Screen.CANCEL_DONE);
            speak(model.cancelMessage.get());
            return;
        }
        BookingReceipt shown = r.code() == null
            ? new BookingReceipt(code, r.status(), r.activitySessionId(), r.start(), r.title(), r.centre(), r.centreName(),
                r.waitlistPosition()) : r;
        model.cancelReceipt.set(shown);
        model.typed.set("");
        model.screen.set(Screen.CANCEL_CHECK);
        speak(msg.get("cancel.check", shown.title() == null ? "" : shown.title(), Formats.when(shown.start()),
            Formats.spelled(shown.code())));
    }

    /** "Sì, la cancelli": cancels it (in practice mode, pretends to). */
    public void confirmCancel() {
        touch();
        BookingReceipt r = model.cancelReceipt.get();
        if (r == null || model.busy.get()) {
            return;
        }
        if (model.practiceMode.get()) {
            cancelled(msg.get("cancel.practice"));
            return;
        }
        model.busy.set(true);
        model.notice.set("");
        int gen = generation;
        String code = r.code();
        String queueKey = model.cancelQueueKey.get();
        background.execute(() -> {
            try {
                BookingReceipt done = queueKey != null ? assistant.cancelQueued(queueKey) : assistant.cancel(code);
                String status = done == null || done.status() == null ? "" : done.status();
                fx.execute(() -> {
                    if (gen == generation) {
                        model.busy.set(false);
                        model.offline.set(status.equals(BookingReceipt.CANCEL_QUEUED));
                        if (model.screen.get() == Screen.CANCEL_CHECK) {
                            cancelled(msg.get(switch (status) {
                                case BookingReceipt.CANCEL_QUEUED -> "cancel.queued";
                                case BookingReceipt.WITHDRAWN -> "cancel.withdrawn";
                                default -> "cancel.done";
                            }));
                            // told on this screen when the server decides, if the person is still here
                            model.queuedCancelCode.set(status.equals(BookingReceipt.CANCEL_QUEUED) ? done.code() : null);
                        }
                    }
                });
            } catch (Unreachable e) {
                fx.execute(() -> problem(gen, msg.get("offline.cancel"), true));
            } catch (Refusal e) {
                fx.execute(() -> {
                    if (gen == generation) {
                        model.busy.set(false);
                        cancelled(refusalText(e));
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cancel failed", e);
                fx.execute(() -> problem(gen, msg.get("error.generic"), false));
            }
        });
    }

    private void cancelled(String text) {
        model.cancelQueueKey.set(null);
        model.queuedCancelCode.set(null);
        model.cancelMessage.set(text);
        model.notice.set("");
        model.screen.set(Screen.CANCEL_DONE);
        speak(text);
    }

    /** "No, la tengo": nothing changes. */
    public void keepBooking() {
        touch();
        model.cancelReceipt.set(null);
        model.cancelQueueKey.set(null);
        model.typed.set("");
        model.screen.set(Screen.HOME);
        model.notice.set(msg.get("cancel.kept"));
        speak(msg.get("cancel.kept"));
    }

    // ---------------------------------------------------------------- first-use tour

    /** "Prima volta? Le mostro come funziona": the tour starts at its first stop, on the home screen. */
    public void startTour() {
        touch();
        stopListening();
        model.notice.set("");
        model.typed.set("");
        model.guideId.set(null);
        model.screen.set(Screen.HOME);
        model.tourStep.set(0);
        speak(msg.get("tour.intro") + " " + tourSay(0));
    }

    /** The tour, from the tutor panel: the panel closes first. */
    public void startTourFromTutor() {
        model.tutorUnlocked.set(false);
        startTour();
    }

    /** "Avanti": the next stop; after the last one the tour ends. */
    public void tourNext() {
        activity();
        int step = model.tourStep.get();
        if (step < 0) {
            return;
        }
        if (step + 1 >= TOUR.size()) {
            model.tourStep.set(-1);
            speak(msg.get("tour.end"));
            return;
        }
        model.tourStep.set(step + 1);
        speak(tourSay(step + 1));
    }

    /** "Indietro": the stop before. */
    public void tourBack() {
        activity();
        int step = model.tourStep.get();
        if (step > 0) {
            model.tourStep.set(step - 1);
            speak(tourSay(step - 1));
        }
    }

    /** "Basta, ho capito": ends the tour at once. */
    public void stopTour() {
        touch();
        if (model.tourStep.get() >= 0) {
            model.tourStep.set(-1);
            speak(msg.get("tour.stopped"));
        }
    }

    /** Whether the tour is at its stop on the example answer. */
    public boolean tourOnExampleAnswer() {
        return model.touring() && TOUR_ANSWER.equals(TOUR.get(model.tourStep.get()).key());
    }

    /** What is said (and shown) at one stop of the tour. */
    public String tourSay(int step) {
        return msg.get("tour." + TOUR.get(step).key() + ".say");
    }

    /** The pointer shown next to the controls at one stop ("▲ Questo pulsante: «Parla»"). */
    public String tourPointer(int step) {
        return msg.get("tour." + TOUR.get(step).key() + ".pointer");
    }

    // ---------------------------------------------------------------- guide

    public void guideNext() {
        touch();
        send(msg.get("guide.nextWord"), false);
    }

    public void guideBack() {
        touch();
        send(msg.get("guide.backWord"), false);
    }

    public void guideRepeat() {
        touch();
        repeat();
    }

    // ---------------------------------------------------------------- help

    public void openHelp() {
        touch();
        model.screen.set(Screen.HELP);
        speak(msg.get("help.question"));
    }

    /** "Chiami una persona" on the screen. */
    public void callOperator() {
        callOperator(HELP_BY_SCREEN);
    }

    /**
     * Calls a person: one help call to the server, which shows it at once on the centre's consoles. When the server
     * cannot be reached the person is told so and sent to the desk; the call is not kept for later.
     */
    private void callOperator(String reason) {
        activity();
        model.notice.set("");
        model.operatorCalled.set(true);
        model.screen.set(Screen.HELP);
        speak(msg.get("help.called"));
        String session = model.sessionId.get();
        background.execute(() -> {
            try {
                assistant.callHelp(reason, session);
            } catch (Unreachable | Refusal | RuntimeException e) {
                LOG.log(Level.INFO, "help call not delivered: {0}", e.getMessage());
                fx.execute(this::helpNotDelivered);
            }
        });
    }

    private void helpNotDelivered() {
        if (model.screen.get() != Screen.HELP) {
            return;
        }
        model.operatorCalled.set(false);
        model.notice.set(msg.get("help.unreachable"));
        speak(msg.get("help.unreachable"));
    }

    // ---------------------------------------------------------------- tutor

    public void openTutor() {
        touch();
        if (settings.tutorPin() == null) {
            return;
        }
        model.typed.set("");
        model.notice.set("");
        model.screen.set(Screen.TUTOR_PIN);
    }

    void checkPin() {
        if (model.typed.get().equals(settings.tutorPin())) {
            model.tutorUnlocked.set(true);
            model.typed.set("");
            model.notice.set("");
            model.screen.set(Screen.TUTOR);
        } else {
            model.typed.set("");
            model.notice.set(msg.get("tutor.wrongPin"));
        }
    }

    public void closeTutor() {
        touch();
        model.tutorUnlocked.set(false);
        model.screen.set(Screen.HOME);
    }

    public void setPracticeMode(boolean on) {
        activity();
        if (model.tutorUnlocked.get()) {
            model.practiceMode.set(on);
        }
    }

    public void setTextSize(int step) {
        activity();
        int firstActivity = model.activitiesPage.get() * model.rowsPerPage();
        int firstBooking = model.myBookingsPage.get() * model.bookingRowsPerPage();
        model.textSizeStep.set(Math.max(0, Math.min(KioskModel.TEXT_SIZES.length - 1, step)));
        // the row at the top of a list's page stays in view
        model.activitiesPage.set(firstActivity / model.rowsPerPage());
        model.myBookingsPage.set(firstBooking / model.bookingRowsPerPage());
    }

    public void biggerText() {
        setTextSize(model.textSizeStep.get() + 1);
    }

    public void smallerText() {
        setTextSize(model.textSizeStep.get() - 1);
    }

    public void setSpeechRate(double rate) {
        activity();
        model.speechRate.set(Math.max(KioskModel.SLOWEST_RATE, Math.min(KioskModel.QUICKEST_RATE, rate)));
    }

    // ---------------------------------------------------------------- messages

    /** Why the server refused a booking: in the booking's own words where the shared ones speak of cancelling. */
    private String bookingRefusal(String code) {
        return code != null && msg.has("booking.refusal." + code) ? msg.get("booking.refusal." + code)
            : msg.refusal(code, "booking.askStaff");
    }

    /** The server's sentence is for developers and may be English: the person hears only the bundle's Italian. */
    private String refusalText(Refusal e) {
        return msg.refusal(e.code(), "error.generic");
    }

    /** Today's date on the kiosk's clock. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import it.centrinrete.kiosk.speech.FakeRecognizer;
import it.centrinrete.kiosk.speech.SilentSpeaker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;

/**
 * Pays the conversation screen's cold start once, right after the first screen is up, so that the first person's first
 * answer does not: class loading and JIT of the screen's code, its CSS, text layout, the first software rendering of its
 * fonts at every text size. The screen is built from a model of its own holding an internal sample answer, in a scene
 * that is never put in a window, and rendered to an image that is thrown away; its controller has no voice and no
 * server. Nothing of it is ever visible or spoken, and the kiosk's own model is not touched. Runs on the JavaFX thread.
 */
final class ConversationWarmUp {
    /** Never shown: what the off-screen conversation screen is rendered with. */
    static final String SAMPLE_QUESTION = "prova interna di avvio";
    static final String SAMPLE_ANSWER = "Prova interna di avvio del chiosco, mai mostrata: il centro è aperto dal lunedì al venerdì, "
            + "dalle 9 alle 18. Per prenotare tocchi «Attività».";

    private ConversationWarmUp() {
    }

    /** Renders the conversation screen off screen once at each text size; returns how long it took, in ms. */
    static long run(ScreenSettings settings) {
        long start = System.nanoTime();
        KioskModel sample = new KioskModel();
        KioskController quiet = new KioskController(sample, new NoServer(), new SilentSpeaker(), new FakeRecognizer(),
                TicketPrinter.NONE, settings, task -> {
                    throw new IllegalStateException("the warm-up runs nothing in the background");
                }, Runnable::run, Clock.systemUTC());
        KioskView view = new KioskView(sample, quiet);
        Scene scene = view.createScene(KioskApp.WIDTH, KioskApp.HEIGHT);
        sample.question.set(SAMPLE_QUESTION);
        sample.screen.set(Screen.CONVERSATION);
        quiet.applyReply(new AskReply(null, true, "warm_up", SAMPLE_ANSWER, SAMPLE_ANSWER, List.of(),
                List.of("Quali attività ci sono domani?", "Dove si trova il centro?", "Posso parlare con una persona?"), List.of(),
                false));
        for (int step = 0; step < KioskModel.TEXT_SIZES.length; step++) {
            sample.textSizeStep.set(step);
            view.render();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.snapshot(null);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The warm-up's controller never asks anything; if it did, the answer would be: no server. */
    private static final class NoServer implements AssistantPort {
        private static Unreachable none() {
            return new Unreachable("the warm-up has no server", null);
        }

        @Override
        public AskReply ask(String text, String sessionId) throws Unreachable {
            throw none();
        }

        @Override
        public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) throws Unreachable {
            throw none();
        }

        @Override
        public BookingReceipt book(BookingDraft draft) throws Unreachable {
            throw none();
        }

        @Override
        public Optional<BookingReceipt> booking(String code) throws Unreachable {
            throw none();
        }

        @Override
        public BookingReceipt cancel(String code) throws Unreachable {
            throw none();
        }

        @Override
        public HeldBookings bookingsFor(String phone) throws Unreachable {
            throw none();
        }

        @Override
        public void callHelp(String reason, String sessionId) throws Unreachable {
            throw none();
        }
    }
}

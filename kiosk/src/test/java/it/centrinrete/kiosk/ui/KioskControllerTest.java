package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.Unreachable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The controller without any UI: background and FX executors run inline. */
class KioskControllerTest {
    private final FakeAssistant assistant = new FakeAssistant();
    private final FakeSpeechOut out = new FakeSpeechOut();
    private final FakeSpeechIn in = new FakeSpeechIn();
    private final StringBuilder printed = new StringBuilder();
    private KioskModel model;
    private KioskController c;

    @BeforeEach
    void setUp() {
        model = new KioskModel();
        c = new KioskController(model, assistant, out, in, lines -> printed.append(lines) != null, ScreenSettings.defaults(),
                Runnable::run, Runnable::run, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), Formats.ROME));
        c.wake();
    }

    @Test
    void wakeGoesHomeAndGreets() {
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
        assertThat(out.last().text()).isEqualTo("Buongiorno. Come posso aiutarLa?");
        assertThat(c.idleTimer().armed()).isTrue();
    }

    @Test
    void askShowsAndSpeaksTheAnswerAndKeepsTheSession() {
        assistant.thenReply(FakeAssistant.answer("Oggi è aperto fino alle 18.", "Oggi è aperto fino alle diciotto.",
                List.of("E domani?"), List.of()));
        c.ask("a che ora apre il centro zante");
        assertThat(model.screen.get()).isEqualTo(Screen.CONVERSATION);
        assertThat(model.question.get()).isEqualTo("a che ora apre il centro zante");
        assertThat(model.answerText.get()).isEqualTo("Oggi è aperto fino alle 18.");
        assertThat(model.suggestions).containsExactly("E domani?");
        assertThat(model.busy.get()).isFalse();
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said("Oggi è aperto fino alle diciotto.", 1.0));
        c.tapSuggestion("E domani?");
        assertThat(assistant.questions).containsExactly("a che ora apre il centro zante", "E domani?");
        assertThat(model.sessionId.get()).isEqualTo("sess-1");
    }

    @Test
    void repeatSlowerAndWrongQuestion() {
        c.ask("orari");
        String said = out.last().text();
        c.repeat();
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said(said, 1.0));
        c.slower();
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said(said, 0.75));
        c.wrongQuestion();
        assertThat(model.screen.get()).isEqualTo(Screen.WRITING);
        assertThat(model.typed.get()).isEqualTo("orari");
    }

    @Test
    void typingCapitalisesWordsAndSubmits() {
        c.startWriting();
        for (String k : List.of("O", "R", "A", "R", "I")) {
            c.keyTyped(k);
        }
        c.space();
        c.keyTyped("Z");
        c.backspace();
        assertThat(model.typed.get()).isEqualTo("Orari ");
        c.submitTyped();
        assertThat(assistant.questions).containsExactly("Orari");
    }

    @Test
    void unreachableGivesACalmOfflineMessage() {
        assistant.thenFail(new Unreachable("down", null));
        c.ask("orari");
        assertThat(model.offline.get()).isTrue();
        assertThat(model.answerText.get()).startsWith("Ora non riesco a collegarmi.");
        assertThat(out.last().text()).startsWith("Ora non riesco a collegarmi.");
        assertThat(model.busy.get()).isFalse();
    }

    @Test
    void refusalIsToldInPlainWords() {
        assistant.thenFail(new Refusal(409, "full", "full"));
        c.ask("prenota");
        assertThat(model.answerText.get()).isEqualTo("Mi dispiace. Non ci sono più posti.");
    }

    @Test
    void actionsAreActedUpon() {
        assistant.thenReply(FakeAssistant.answer("Apro la guida.", null, List.of(),
                List.of(Map.of("type", "show_guide_step", "guideId", "cup", "step", 1))));
        c.ask("come prenoto una visita al cup");
        assertThat(model.screen.get()).isEqualTo(Screen.GUIDE);
        assertThat(model.guideStep.get()).isEqualTo(1);
        assistant.thenReply(FakeAssistant.answer("Secondo passo.", null, List.of(),
                List.of(Map.of("type", "show_guide_step", "guideId", "cup", "step", 2))));
        c.guideNext();
        assertThat(model.guideStep.get()).isEqualTo(2);
        assertThat(model.answerText.get()).isEqualTo("Secondo passo.");
        assertThat(assistant.questions).last().isEqualTo("avanti");

        assistant.thenReply(FakeAssistant.answer("Ecco il biglietto.", null, List.of(),
                List.of(Map.of("type", "print_ticket", "code", "A1"))));
        c.ask("stampa");
        assertThat(printed.toString()).startsWith("A1");

        assistant.thenReply(FakeAssistant.answer("Prenotiamo.", null, List.of(),
                List.of(Map.of("type", "book", "activitySessionId", "s9"))));
        c.ask("vorrei iscrivermi alla ginnastica");
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_NAME);
        assertThat(model.bookingSlot.get().id()).isEqualTo("s9");

        assistant.thenReply(FakeAssistant.answer("Se vuole, chiamo qualcuno.", null, List.of(), List.of(Map.of("type", "call_operator"))));
        c.ask("non trovo");
        assertThat(model.screen.get()).as("an offer of an operator is not a call").isEqualTo(Screen.CONVERSATION);
        assertThat(model.operatorCalled.get()).isFalse();
        assistant.thenReply(new AskReply("sess-1", true, "call_operator", "Chiamo qualcuno.", null, List.of(), List.of(),
                List.of(Map.of("type", "call_operator")), false));
        c.ask("aiuto");
        assertThat(model.screen.get()).isEqualTo(Screen.HELP);
        assertThat(model.operatorCalled.get()).isTrue();
    }

    @Test
    void bookingFlowKeepsOneIdempotencyKeyAcrossRetries() {
        c.openActivities();
        assertThat(model.activities).hasSize(4);
        c.startBooking(model.activities.get(0));
        "MARIA ROSSI".chars().forEach(ch -> {
            if (ch == ' ') {
                c.space();
            } else {
                c.keyTyped(String.valueOf((char) ch));
            }
        });
        c.submitTyped();
        assertThat(model.draftName.get()).isEqualTo("Maria Rossi");
        c.keyTyped("A");
        "3331234567".chars().forEach(ch -> c.keyTyped(String.valueOf((char) ch)));
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_CHECK);
        assertThat(out.last().text()).contains("Ginnastica dolce", "Maria Rossi", "3 3 3 1 2 3 4 5 6 7");
        assistant.thenBook(new Unreachable("down", null));
        c.confirmBooking();
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_CHECK);
        assertThat(model.notice.get()).contains("non è ancora fatta");
        c.confirmBooking();
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_DONE);
        assertThat(model.receipt.get().code()).isEqualTo("K7P2QX");
        assertThat(assistant.drafts).hasSize(2);
        assertThat(assistant.drafts.get(0).idempotencyKey()).isEqualTo(assistant.drafts.get(1).idempotencyKey());
        assertThat(assistant.drafts.get(1).phone()).isEqualTo("3331234567");
        assertThat(out.last().text()).contains("K, 7, P, 2, Q, X");
    }

    @Test
    void queuedAndPracticeBookings() {
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.draftName.set("Ada");
        model.draftPhone.set("3331234567");
        model.screen.set(Screen.BOOKING_CHECK);
        assistant.thenBook(new BookingReceipt("Q1", "QUEUED", "s1", null, "Ginnastica dolce", null, 0));
        c.confirmBooking();
        assertThat(model.bookingMessage.get()).contains("in attesa di conferma");

        c.openTutor();
        "2468".chars().forEach(ch -> c.keyTyped(String.valueOf((char) ch)));
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.TUTOR);
        c.setPracticeMode(true);
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        c.confirmBooking();
        assertThat(model.receipt.get().status()).isEqualTo("PRACTICE");
        assertThat(assistant.drafts).hasSize(1);
    }

    @Test
    void aQueuedBookingShowsItsCodeWhenTheServerConfirmsItWhileThePersonIsStillThere() {
        // given: booked while offline
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.draftName.set("Ada");
        model.draftPhone.set("3331234567");
        assistant.thenBook(new BookingReceipt(null, "QUEUED", "s1", null, "Ginnastica dolce", null, 0));
        c.confirmBooking();
        String key = model.draftKey.get();

        // when: another booking's outcome arrives, then this one's
        c.queuedBookingDecided("someone-else", new BookingReceipt("ZZZZZZ", "CONFIRMED", "s1", null, "Ginnastica dolce", null, 0), null);
        assertThat(model.bookingMessage.get()).contains("in attesa di conferma");
        c.queuedBookingDecided(key, new BookingReceipt("H3DF9Z", "CONFIRMED", "s1", null, "Ginnastica dolce", null, 0), null);

        // then
        assertThat(model.receipt.get().code()).isEqualTo("H3DF9Z");
        assertThat(model.bookingMessage.get()).doesNotContain("in attesa");
    }

    @Test
    void aQueuedBookingDecidedAfterTheResetIsNotShownToTheNextPerson() {
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.draftName.set("Ada");
        model.draftPhone.set("3331234567");
        assistant.thenBook(new BookingReceipt(null, "QUEUED", "s1", null, "Ginnastica dolce", null, 0));
        c.confirmBooking();
        String key = model.draftKey.get();

        c.reset();
        c.queuedBookingDecided(key, new BookingReceipt("H3DF9Z", "CONFIRMED", "s1", null, "Ginnastica dolce", null, 0), null);

        assertThat(model.receipt.get()).isNull();
        assertThat(model.screen.get()).isNotEqualTo(Screen.BOOKING_DONE);
    }

    @Test
    void wrongPinStaysLocked() {
        c.openTutor();
        c.keyTyped("1");
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.TUTOR_PIN);
        assertThat(model.notice.get()).isEqualTo("PIN sbagliato. Riprovi.");
        c.setPracticeMode(true);
        assertThat(model.practiceMode.get()).isFalse();
    }

    @Test
    void idleWarnsThenResetsEverythingPersonal() {
        c.ask("mi chiamo Maria e abito in via Zante");
        c.setTextSize(2);
        c.idleTimer().tick(Duration.ofSeconds(89));
        assertThat(model.idleWarning.get()).isFalse();
        c.idleTimer().tick(Duration.ofSeconds(1));
        assertThat(model.idleWarning.get()).isTrue();
        assertThat(out.last().text()).isEqualTo("Vuole continuare? Tocchi lo schermo.");
        c.touch();
        assertThat(model.idleWarning.get()).isFalse();
        c.idleTimer().tick(Duration.ofSeconds(90));
        c.idleTimer().tick(Duration.ofSeconds(19));
        assertThat(model.screen.get()).isEqualTo(Screen.CONVERSATION);
        c.idleTimer().tick(Duration.ofSeconds(11));
        assertThat(model.screen.get()).isEqualTo(Screen.IDLE);
        assertThat(model.question.get()).isEmpty();
        assertThat(model.answerText.get()).isEmpty();
        assertThat(model.sessionId.get()).isNull();
        assertThat(model.textSizeStep.get()).isZero();
        assertThat(c.idleTimer().armed()).isFalse();
    }

    @Test
    void spokenUtterancesAndTouchSilences() {
        c.startListening();
        assertThat(model.screen.get()).isEqualTo(Screen.LISTENING);
        in.listener.partial("a che ora");
        assertThat(model.heard.get()).isEqualTo("a che ora");
        in.listener.result("a che ora apre");
        assertThat(assistant.questions).containsExactly("a che ora apre");
        int stops = out.stops;
        c.touch();
        assertThat(out.stops).isEqualTo(stops + 1);
        in.available = false;
        c.startListening();
        assertThat(model.screen.get()).isEqualTo(Screen.WRITING);
        assertThat(model.notice.get()).contains("microfono");
    }
}

package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.config.KioskSettings;
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
    void aRefusalTheKioskHasNoWordsForIsToldInItalianNotInTheServersSentence() {
        assistant.thenFail(new Refusal(409, "some_new_reason", "The session is closed for a reason this kiosk never heard of"));
        c.ask("prenota");
        assertThat(model.answerText.get()).isEqualTo("C’è stato un problema. Riprovi, oppure chieda al personale del centro.");
    }

    @Test
    void theTicketSaysWhereToGo() {
        // given
        model.receipt.set(new BookingReceipt("K7P2QX", "CONFIRMED", "s1", FakeAssistant.MONDAY_10, "Ginnastica dolce", "zante",
                "CSRC Zante", 0));
        model.bookingMessage.set("Prenotazione confermata.");
        // when
        c.printReceipt();
        // then
        assertThat(printed.toString().split("\n"))
                .containsExactly("K7P2QX", "Ginnastica dolce", "lunedì 2 marzo, ore 10:00", "CSRC Zante", "Prenotazione confermata.");
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
    void theHelpButtonSendsExactlyOneHelpCall() {
        c.helpButton();

        assertThat(assistant.helpCalls).containsExactly("help_button");
        assertThat(assistant.questions).as("no question that would make the server call a second time").isEmpty();
        assertThat(model.screen.get()).isEqualTo(Screen.HELP);
        assertThat(model.operatorCalled.get()).isTrue();
        assertThat(out.last().text()).startsWith("Ho chiamato una persona");
    }

    @Test
    void callingFromTheScreenOrByVoiceSaysWhyAndNeverAsksTheAssistant() {
        c.callOperator();
        c.heardUtterance("aiuto");

        assertThat(assistant.helpCalls).containsExactly("screen", "voice");
        assertThat(assistant.questions).isEmpty();
    }

    @Test
    void aHelpCallThatCannotBeMadeSendsThePersonToTheDeskAndIsNotKept() {
        assistant.helpFailure = new Unreachable("offline", null);

        c.helpButton();

        assertThat(assistant.helpCalls).isEmpty();
        assertThat(model.screen.get()).isEqualTo(Screen.HELP);
        assertThat(model.operatorCalled.get()).isFalse();
        assertThat(model.notice.get()).contains("chieda al banco del centro");
        assertThat(out.last().text()).contains("Non riesco a chiamare una persona");
    }

    @Test
    void largerTextShowsFewerActivitiesPerPageAndKeepsTheTopOneInView() {
        // given: four activities, the second page at the smallest text (the fourth activity at its top)
        c.openActivities();
        c.nextPage();
        assertThat(c.currentPage()).containsExactly(model.activities.get(3));
        // when
        c.biggerText();
        // then: two per page, the fourth still shown (with the third, now at the top)
        assertThat(c.pageSize()).isEqualTo(2);
        assertThat(c.pageCount()).isEqualTo(2);
        assertThat(c.currentPage()).contains(model.activities.get(3));
        c.biggerText();
        assertThat(c.pageCount()).isEqualTo(4);
        assertThat(c.currentPage()).containsExactly(model.activities.get(2));
        c.setTextSize(0);
        assertThat(c.currentPage()).contains(model.activities.get(2));
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
    void onTheReadBackTheTalkButtonListensOnlyForYesOrNoAndActsOnIt() {
        // given: a booking read back, waiting for yes or no
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.draftName.set("Ada");
        model.draftPhone.set("3331234567");
        model.screen.set(Screen.BOOKING_CHECK);

        // when: "no" by voice
        c.talkButton();
        assertThat(in.phrases).contains("sì", "no", "va bene").doesNotContain("Ginnastica dolce");
        in.listener.result("no");

        // then: as if "Correggi" had been touched, without a question sent to the assistant
        assertThat(model.screen.get()).isNotEqualTo(Screen.BOOKING_CHECK).isNotEqualTo(Screen.CONVERSATION);
        assertThat(assistant.questions).isEmpty();
    }

    @Test
    void onThePhoneKeypadSpokenDigitsAreTyped() {
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.screen.set(Screen.BOOKING_PHONE);
        model.typed.set("");

        c.talkButton();
        in.listener.result("tre tre tre uno");

        assertThat(model.typed.get()).isEqualTo("3331");
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_PHONE);
    }

    @Test
    void onTheActivitiesASpokenTitleStartsItsBookingAndAnythingElseIsNotForced() {
        c.openActivities();
        String title = c.currentPage().get(0).title();

        c.talkButton();
        assertThat(in.phrases).contains(title);
        in.listener.result("");
        assertThat(model.screen.get()).isEqualTo(Screen.ACTIVITIES);
        assertThat(model.notice.get()).contains("Non ho capito");

        c.talkButton();
        in.listener.result(title);
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_NAME);
        assertThat(model.bookingSlot.get().title()).isEqualTo(title);
    }

    @Test
    void elsewhereTheTalkButtonListensFreely() {
        c.talkButton();

        assertThat(model.screen.get()).isEqualTo(Screen.LISTENING);
        assertThat(in.phrases).isEmpty();
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
    void aQueuedBookingRefusedLaterIsToldInItalianByItsCodeNeverInTheServersWords() {
        // given: booked while offline, still on the confirmation screen
        String key = queuedBooking();

        // when: the server refused it, the seats having gone meanwhile
        boolean shown = c.queuedBookingDecided(key, null, "full");

        // then
        assertThat(shown).isTrue();
        assertThat(model.receipt.get()).isNull();
        assertThat(model.bookingMessage.get()).isEqualTo("La prenotazione non è stata accettata. Mi dispiace. Non ci sono più posti.");
        assertThat(out.last().text()).isEqualTo(model.bookingMessage.get());
    }

    @Test
    void aQueuedBookingRefusedForAReasonTheKioskHasNoWordsForSendsThePersonToTheStaff() {
        // given
        String key = queuedBooking();

        // when: a code newer than this kiosk
        c.queuedBookingDecided(key, null, "a_reason_from_a_newer_server");

        // then
        assertThat(model.bookingMessage.get()).isEqualTo("La prenotazione non è stata accettata. Chieda al personale del centro.");
    }

    @Test
    void aQueuedBookingForASessionAlreadyStartedIsNotSaidToBeACancellation() {
        // given
        String key = queuedBooking();

        // when
        c.queuedBookingDecided(key, null, "session_over");

        // then
        assertThat(model.bookingMessage.get()).isEqualTo("La prenotazione non è stata accettata. L’attività è già cominciata o finita.");
    }

    /** Books while offline: the person is left on the confirmation screen saying "in attesa di conferma"; its key. */
    private String queuedBooking() {
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.draftName.set("Ada");
        model.draftPhone.set("3331234567");
        assistant.thenBook(new BookingReceipt(null, "QUEUED", "s1", null, "Ginnastica dolce", null, 0));
        c.confirmBooking();
        assertThat(model.bookingMessage.get()).contains("in attesa di conferma");
        return model.draftKey.get();
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

    // ---------------------------------------------------------------- speech rate from configuration

    private KioskController withRate(KioskModel m, double rate) {
        return new KioskController(m, assistant, out, in, TicketPrinter.NONE, ScreenSettings.defaults().withSpeechRate(rate),
                Runnable::run, Runnable::run, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), Formats.ROME));
    }

    @Test
    void theConfiguredSpeechRateIsWhereEachPersonStartsAndWhereTheIdleResetReturns() {
        KioskModel m = new KioskModel();
        KioskController slow = withRate(m, 0.75);
        slow.wake();
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said("Buongiorno. Come posso aiutarLa?", 0.75));
        slow.ask("orari");
        assertThat(out.last().rate()).isEqualTo(0.75);
        slow.faster();
        assertThat(m.speechRate.get()).isEqualTo(1.0);
        slow.idleTimer().tick(Duration.ofSeconds(90));
        slow.idleTimer().tick(Duration.ofSeconds(30));
        assertThat(m.screen.get()).isEqualTo(Screen.IDLE);
        assertThat(m.speechRate.get()).isEqualTo(0.75);
        slow.wake();
        assertThat(out.last().rate()).isEqualTo(0.75);
    }

    @Test
    void aConfiguredRateAboveTheQuickestStepIsKeptAndFasterNeverSlowsIt() {
        KioskModel m = new KioskModel();
        KioskController quick = withRate(m, 2.0);
        quick.wake();
        assertThat(out.last().rate()).isEqualTo(2.0);
        quick.faster();
        assertThat(m.speechRate.get()).isEqualTo(2.0);
        quick.slower();
        assertThat(m.speechRate.get()).isEqualTo(1.75);
    }

    @Test
    void screenSettingsTakeTheSpeechRateFromTheConfiguration() {
        KioskSettings kiosk = KioskSettings.from(Map.of(KioskSettings.TOKEN, "a-token-of-sixteen-chars", KioskSettings.SPEECH_RATE, "0.8"));
        assertThat(ScreenSettings.from(kiosk).speechRate()).isEqualTo(0.8);
        assertThat(ScreenSettings.defaults().speechRate()).isEqualTo(1.0);
        assertThat(model.speechRate.get()).isEqualTo(1.0);
    }

    // ---------------------------------------------------------------- first-use tour

    @Test
    void theTourPointsAtEachHomeControlInTurnAndSpeaksIt() {
        assertThat(KioskController.TOUR).extracting(KioskController.TourStop::key)
                .containsExactly("talk", "write", "activities", "help", "voice", "text", "answer");
        c.startTour();
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
        assertThat(model.tourStep.get()).isZero();
        assertThat(out.last().text()).startsWith("Le mostro come funziona: i pulsanti, uno alla volta.").contains("«Parla»");
        c.tourBack();
        assertThat(model.tourStep.get()).isZero();
        c.tourNext();
        assertThat(model.tourStep.get()).isEqualTo(1);
        assertThat(out.last().text()).isEqualTo(c.tourSay(1)).contains("«Scrivi»");
        assertThat(c.tourPointer(1)).isEqualTo("▲ Questo pulsante: «Scrivi»");
        c.tourBack();
        assertThat(model.tourStep.get()).isZero();
        for (int i = 1; i < KioskController.TOUR.size(); i++) {
            c.tourNext();
            assertThat(out.last().text()).isEqualTo(c.tourSay(i));
        }
        assertThat(out.saidContaining("«A+»")).isTrue();
        assertThat(out.saidContaining("«Ripeti» e «Più piano»")).isTrue();
        // the last stop is on an example answer: the person's conversation stays empty, the screen stays home
        assertThat(c.tourOnExampleAnswer()).isTrue();
        assertThat(out.last().text()).contains("«Ripeti»", "«Più piano»");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
        assertThat(model.question.get()).isEmpty();
        assertThat(model.answerText.get()).isEmpty();
        c.tourNext();
        assertThat(model.touring()).isFalse();
        assertThat(out.last().text()).startsWith("Ecco, è tutto.");
    }

    @Test
    void theTourStopsOnBastaOnAResetAndWhenThePersonGoesElsewhere() {
        c.startTour();
        c.tourNext();
        c.stopTour();
        assertThat(model.tourStep.get()).isEqualTo(-1);
        assertThat(out.last().text()).isEqualTo("Va bene. Quando vuole, tocchi un pulsante.");

        c.startTour();
        c.reset();
        assertThat(model.touring()).isFalse();

        c.wake();
        c.startTour();
        c.biggerText();
        assertThat(model.touring()).as("trying A+ keeps the tour").isTrue();
        c.openActivities();
        assertThat(model.touring()).isFalse();
    }

    @Test
    void theTourStartsFromTheTutorPanelToo() {
        c.openTutor();
        "2468".chars().forEach(ch -> c.keyTyped(String.valueOf((char) ch)));
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.TUTOR);
        c.startTourFromTutor();
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
        assertThat(model.tourStep.get()).isZero();
        assertThat(model.tutorUnlocked.get()).isFalse();
    }

    // ---------------------------------------------------------------- cancel by code

    private void typeCode(String keys) {
        keys.chars().forEach(ch -> c.keyTyped(String.valueOf((char) ch)));
    }

    @Test
    void cancelByCodeTypesOnlyTheCodeAlphabetLooksUpAsksAndCancels() {
        assistant.knows("HM4D7Z", "Ginnastica dolce");
        c.openCancel();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CODE);
        assertThat(out.last().text()).startsWith("Scriva il codice della prenotazione.");
        typeCode("h0O1M4BD7Z8A");
        assertThat(model.typed.get()).as("lower case is raised; 0, O, 1, B, 8 are not in codes; six at most").isEqualTo("HM4D7Z");
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(model.cancelReceipt.get().title()).isEqualTo("Ginnastica dolce");
        assertThat(out.last().text()).startsWith("Vuole cancellare Ginnastica dolce,").contains("H, M, 4, D, 7, Z");
        c.confirmCancel();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_DONE);
        assertThat(model.cancelMessage.get()).isEqualTo("La prenotazione è cancellata.");
        assertThat(out.last().text()).isEqualTo("La prenotazione è cancellata.");
        assertThat(assistant.cancelled).containsExactly("HM4D7Z");
    }

    @Test
    void shortUnknownOfflineAndRefusedCodesAreToldCalmly() {
        c.openCancel();
        typeCode("HM4");
        c.submitTyped();
        assertThat(model.notice.get()).isEqualTo("Il codice ha sei lettere e numeri. Lo controlli, per favore.");
        typeCode("D7Z");
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CODE);
        assertThat(model.notice.get()).startsWith("Non trovo una prenotazione");
        assertThat(model.typed.get()).as("kept, to be corrected").isEqualTo("HM4D7Z");

        // offline the code cannot be checked: the person may still ask (MyBookingsTest follows that through)
        assistant.known.put("HM4D7Z", new Unreachable("down", null));
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(model.notice.get()).startsWith("Ora non posso controllare questo codice.");
        assertThat(model.offline.get()).isTrue();
        assertThat(model.busy.get()).isFalse();
        c.keepBooking();

        c.openCancel();
        c.keyTyped("H");
        c.keyTyped("M");
        c.keyTyped("4");
        c.keyTyped("D");
        c.keyTyped("7");
        c.keyTyped("Z");
        assistant.knows("HM4D7Z", "Ginnastica dolce");
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assistant.thenCancel(new Unreachable("down", null));
        c.confirmCancel();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(model.notice.get()).contains("non è ancora cancellata");
        assistant.thenCancel(new Refusal(409, "session_over", "over"));
        c.confirmCancel();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_DONE);
        assertThat(model.cancelMessage.get()).isEqualTo("L’attività è già cominciata o finita. Non si può più cancellare.");
        assertThat(assistant.cancelled).isEmpty();
    }

    @Test
    void anAlreadyCancelledBookingAndNoLaTengo() {
        assistant.known.put("HM4D7Z", new BookingReceipt("HM4D7Z", "CANCELLED", "s1", FakeAssistant.MONDAY_10, "Coro", null, 0));
        c.openCancel();
        typeCode("HM4D7Z");
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_DONE);
        assertThat(model.cancelMessage.get()).isEqualTo("Questa prenotazione era già cancellata.");

        assistant.knows("K7P2QX", "Coro");
        c.openCancel();
        typeCode("K7P2QX");
        c.submitTyped();
        c.keepBooking();
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
        assertThat(model.notice.get()).isEqualTo("Va bene. La prenotazione resta valida.");
        assertThat(model.cancelReceipt.get()).isNull();
        assertThat(assistant.cancelled).isEmpty();
    }

    @Test
    void cancelFromTheBookingConfirmationAndPretendInPracticeMode() {
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        model.draftName.set("Ada");
        model.draftPhone.set("3331234567");
        c.confirmBooking();
        assertThat(model.receipt.get().code()).isEqualTo("K7P2QX");
        assistant.knows("K7P2QX", "Ginnastica dolce");
        c.cancelThisBooking();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(model.cancelReceipt.get().code()).isEqualTo("K7P2QX");
        model.practiceMode.set(true);
        c.confirmCancel();
        assertThat(model.cancelMessage.get()).isEqualTo("Questa era una prova. La prenotazione non è cancellata.");
        assertThat(assistant.cancelled).isEmpty();
        model.practiceMode.set(false);
        c.cancelThisBooking();
        assertThat(model.screen.get()).as("no receipt on screen any more: nothing to cancel").isEqualTo(Screen.CANCEL_DONE);
    }
}

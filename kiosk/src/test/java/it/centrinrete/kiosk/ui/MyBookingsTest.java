package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.Unreachable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Le mie prenotazioni", offline cancelling and the server's practice mode, through the controller without a UI. */
class MyBookingsTest {
    private final FakeAssistant assistant = new FakeAssistant();
    private final FakeSpeechOut out = new FakeSpeechOut();
    private KioskModel model;
    private KioskController c;

    @BeforeEach
    void setUp() {
        model = new KioskModel();
        c = new KioskController(model, assistant, out, new FakeSpeechIn(), TicketPrinter.NONE, ScreenSettings.defaults(),
                Runnable::run, Runnable::run, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), Formats.ROME));
        c.wake();
    }

    private void typePhone(String digits) {
        for (char d : digits.toCharArray()) {
            c.keyTyped(String.valueOf(d));
        }
        c.submitTyped();
    }

    @Test
    void thePhoneOnTheKeypadListsTheBookingsOnePerRowAndReadsThemBriefly() {
        // given
        assistant.held = new HeldBookings(List.of(FakeAssistant.held("H3M4P7", "CONFIRMED", "Ginnastica dolce"),
                FakeAssistant.held("C9T2RZ", "WAITLISTED", "Torneo di burraco")), true);
        // when
        c.openMyBookings();
        assertThat(model.screen.get()).isEqualTo(Screen.MY_BOOKINGS_PHONE);
        c.keyTyped("A");
        typePhone("3331234567");
        // then
        assertThat(assistant.lookedUp).containsExactly("3331234567");
        assertThat(model.screen.get()).isEqualTo(Screen.MY_BOOKINGS);
        assertThat(c.myBookings().currentPage()).hasSize(2);
        // where each one is, too: a booking may be at another centre
        assertThat(out.last().text()).startsWith("Ha 2 prenotazioni. Ginnastica dolce, lunedì 2 marzo, ore 10:00, Centro Zante, "
                + "confermata.")
                .contains("Torneo di burraco").contains("in lista d’attesa");
        assertThat(model.offline.get()).isFalse();
    }

    @Test
    void aShortNumberIsNotLookedUp() {
        c.openMyBookings();
        typePhone("333");
        assertThat(assistant.lookedUp).isEmpty();
        assertThat(model.notice.get()).isEqualTo("Il numero è troppo corto. Lo controlli, per favore.");
    }

    @Test
    void noBookingsIsSaid() {
        c.openMyBookings();
        typePhone("3331234567");
        assertThat(out.last().text()).isEqualTo("Non trovo prenotazioni per questo numero.");
    }

    @Test
    void offlineOnlyTheOutboxIsShownAndTheRestCannotBeChecked() {
        // given: the resilient assistant's offline answer: the outbox alone
        assistant.held = new HeldBookings(List.of(new HeldBookings.Held(new BookingReceipt(null, "QUEUED", "s1", FakeAssistant.MONDAY_10,
                "Ginnastica dolce", "zante", 0), "key-1")), false);
        // when
        c.openMyBookings();
        typePhone("3331234567");
        // then
        assertThat(model.offline.get()).isTrue();
        assertThat(c.myBookings().status(c.myBookings().currentPage().get(0).receipt())).isEqualTo("in attesa di conferma");
        assertThat(out.last().text()).contains("Ha una prenotazione.").contains("Le altre non posso controllarle adesso.");
    }

    @Test
    void aRefusedNumberGoesBackToTheKeypad() {
        assistant.held = new Refusal(400, "invalid_lookup", "bad");
        c.openMyBookings();
        typePhone("3331234567");
        assertThat(model.screen.get()).isEqualTo(Screen.MY_BOOKINGS_PHONE);
        assertThat(model.notice.get()).isEqualTo("Questo numero non sembra giusto. Lo controlli, per favore.");
    }

    @Test
    void cancellingOneLeadsToTheUsualConfirmation() {
        // given
        assistant.held = new HeldBookings(List.of(FakeAssistant.held("H3M4P7", "CONFIRMED", "Ginnastica dolce")), true);
        c.openMyBookings();
        typePhone("3331234567");
        // when
        c.cancelHeld(c.myBookings().currentPage().get(0));
        // then
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(out.last().text()).startsWith("Vuole cancellare Ginnastica dolce");
        c.confirmCancel();
        assertThat(assistant.cancelled).containsExactly("H3M4P7");
        assertThat(model.cancelMessage.get()).isEqualTo("La prenotazione è cancellata.");
    }

    @Test
    void cancellingOneStillInTheOutboxWithdrawsIt() {
        assistant.held = new HeldBookings(List.of(new HeldBookings.Held(new BookingReceipt(null, "QUEUED", "s1", FakeAssistant.MONDAY_10,
                "Ginnastica dolce", "zante", 0), "key-1")), false);
        c.openMyBookings();
        typePhone("3331234567");
        c.cancelHeld(c.myBookings().currentPage().get(0));
        assertThat(out.last().text()).isEqualTo("Vuole cancellare Ginnastica dolce, lunedì 2 marzo, ore 10:00? Non è ancora confermata.");
        c.confirmCancel();
        assertThat(assistant.withdrawn).containsExactly("key-1");
        assertThat(assistant.cancelled).isEmpty();
        assertThat(model.cancelMessage.get()).isEqualTo("La prenotazione è cancellata. Non era ancora stata inviata.");
    }

    @Test
    void theDialoguesMyBookingsOpensTheKeypadOrLooksTheNumberUp() {
        assistant.thenReply(new it.centrinrete.kiosk.net.AskReply("s", true, "my_bookings", "Mi dica il numero.", null, List.of(),
                List.of(), List.of(), false));
        c.ask("le mie prenotazioni");
        assertThat(model.screen.get()).isEqualTo(Screen.MY_BOOKINGS_PHONE);
        assertThat(out.last().text()).startsWith("Per vedere le Sue prenotazioni");

        assistant.thenReply(new it.centrinrete.kiosk.net.AskReply("s", true, "my_bookings", "Per il numero…", null, List.of(),
                List.of(), List.of(), false));
        c.ask("le mie prenotazioni 333 123 4567");
        assertThat(assistant.lookedUp).containsExactly("3331234567");
        assertThat(model.screen.get()).isEqualTo(Screen.MY_BOOKINGS);
    }

    @Test
    void theIdleResetAndGoingHomeLeaveNothingPersonal() {
        assistant.held = new HeldBookings(List.of(FakeAssistant.held("H3M4P7", "CONFIRMED", "Ginnastica dolce")), true);
        c.openMyBookings();
        typePhone("3331234567");
        c.goHome();
        assertThat(model.myBookings.get()).isNull();
        c.openMyBookings();
        typePhone("3331234567");
        c.reset();
        assertThat(model.myBookings.get()).isNull();
        assertThat(model.typed.get()).isEmpty();
        assertThat(model.screen.get()).isEqualTo(Screen.IDLE);
    }

    @Test
    void offlineACodeThatCannotBeCheckedCanStillBeCancelledLater() {
        // given: the lookup cannot reach the server; the resilient assistant keeps the cancellation
        assistant.known.put("H3M4P7", new Unreachable("down", null));
        assistant.thenCancel(new BookingReceipt("H3M4P7", "CANCEL_QUEUED", null, null, null, null, 0));
        c.openCancel();
        for (char k : "H3M4P7".toCharArray()) {
            c.keyTyped(String.valueOf(k));
        }
        c.submitTyped();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(model.notice.get()).startsWith("Ora non posso controllare questo codice.");
        // when
        c.confirmCancel();
        // then
        assertThat(assistant.cancelled).containsExactly("H3M4P7");
        assertThat(model.cancelMessage.get()).isEqualTo("La cancellazione verrà inviata appena possibile. Non serve fare altro.");
    }

    private void cancelOffline(String code) {
        assistant.known.put(code, new Unreachable("down", null));
        assistant.thenCancel(new BookingReceipt(code, "CANCEL_QUEUED", null, null, null, null, 0));
        c.openCancel();
        for (char k : code.toCharArray()) {
            c.keyTyped(String.valueOf(k));
        }
        c.submitTyped();
        c.confirmCancel();
    }

    @Test
    void aCancellationSentLaterIsToldOnItsScreenIfThePersonIsStillThere() {
        // given: cancelled offline, "verrà inviata appena possibile" on the screen
        cancelOffline("H3M4P7");
        assertThat(model.offline.get()).isTrue();
        // when: the background sender delivers it
        boolean shown = c.queuedCancellationDecided("H3M4P7", true, null);
        // then
        assertThat(shown).isTrue();
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_DONE);
        assertThat(model.cancelMessage.get()).isEqualTo("La cancellazione è stata inviata. La prenotazione è cancellata.");
        assertThat(out.last().text()).isEqualTo(model.cancelMessage.get());
        assertThat(model.offline.get()).isFalse();
        assertThat(c.queuedCancellationDecided("H3M4P7", true, null)).as("told once").isFalse();
    }

    @Test
    void aRefusedCancellationSentLaterSaysWhy() {
        cancelOffline("H3M4P7");
        assertThat(c.queuedCancellationDecided("H3M4P7", false, "session_over")).isTrue();
        assertThat(model.cancelMessage.get())
                .isEqualTo("La cancellazione non è stata accettata. L’attività è già cominciata o finita. Non si può più cancellare.");
        cancelOffline("C9T2RZ");
        assertThat(c.queuedCancellationDecided("C9T2RZ", false, "something_new")).isTrue();
        assertThat(model.cancelMessage.get()).isEqualTo("La cancellazione non è stata accettata. Chieda al personale del centro.");
    }

    @Test
    void aCancellationSentLaterIsNotShownToTheNextPersonNorOnAnotherCode() {
        cancelOffline("H3M4P7");
        assertThat(c.queuedCancellationDecided("C9T2RZ", true, null)).isFalse();
        int spoken = out.said.size();
        c.reset();
        c.wake();
        assertThat(c.queuedCancellationDecided("H3M4P7", true, null)).isFalse();
        assertThat(model.cancelMessage.get()).isEmpty();
        assertThat(out.said.subList(spoken, out.said.size())).noneMatch(s -> s.text().contains("cancellazione"));
    }

    @Test
    void inMyBookingsACancellationWaitingToBeSentBecomesCancelledOrRefused() {
        // given: the server lists both; their cancellations still wait in the kiosk's outbox
        assistant.held = new HeldBookings(List.of(FakeAssistant.held("H3M4P7", "CANCEL_QUEUED", "Ginnastica dolce"),
                FakeAssistant.held("C9T2RZ", "CANCEL_QUEUED", "Torneo di burraco")), true);
        c.openMyBookings();
        typePhone("3331234567");
        MyBookings list = c.myBookings();
        assertThat(list.currentPage()).extracting(h -> list.status(h.receipt())).containsOnly("cancellazione in attesa di invio");
        assertThat(list.currentPage()).noneMatch(MyBookings::cancellable);
        // when
        assertThat(c.queuedCancellationDecided("H3M4P7", true, null)).isTrue();
        assertThat(out.last().text()).isEqualTo("Ginnastica dolce: la cancellazione è stata inviata. La prenotazione è cancellata.");
        assertThat(c.queuedCancellationDecided("C9T2RZ", false, "session_over")).isTrue();
        // then
        assertThat(out.last().text()).startsWith("Torneo di burraco: la cancellazione non è stata accettata. L’attività è già cominciata");
        assertThat(list.currentPage()).extracting(h -> list.status(h.receipt()))
                .containsExactly("cancellata", "confermata: la cancellazione non è stata accettata");
        assertThat(list.currentPage()).extracting(MyBookings::cancellable).containsExactly(false, true);
        assertThat(c.queuedCancellationDecided("H3M4P7", true, null)).as("no row waits for it any more").isFalse();
    }

    @Test
    void theServersPracticeModeLandsOnTheHomeScreenAndOnlyWhenItChanges() {
        // when: read at start
        c.practiceModeRead(true);
        assertThat(model.practiceMode.get()).isTrue();
        // a tutor switches it off here; the same value read again does not undo that
        model.tutorUnlocked.set(true);
        c.setPracticeMode(false);
        c.practiceModeRead(true);
        assertThat(model.practiceMode.get()).isFalse();
        // a change in the middle of a booking waits for the home screen
        c.practiceModeRead(false);
        c.practiceModeRead(true);
        c.startBooking(FakeAssistant.slot("s1", "Ginnastica dolce", 5, false));
        c.practiceModeRead(false);
        c.practiceModeRead(true);
        c.practiceModeRead(false);
        assertThat(model.practiceMode.get()).isTrue();
        c.goHome();
        assertThat(model.practiceMode.get()).isFalse();
    }
}

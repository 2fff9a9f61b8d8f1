package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.Unreachable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every flow through the real screens, headless (Monocle), with fake assistant and speech. */
@ExtendWith(ApplicationExtension.class)
class KioskUiTest {
    private final FakeAssistant assistant = new FakeAssistant();
    private final FakeSpeechOut out = new FakeSpeechOut();
    private final FakeSpeechIn in = new FakeSpeechIn();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private KioskModel model;
    private KioskController controller;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new KioskModel();
        controller = new KioskController(model, assistant, out, in, TicketPrinter.NONE, ScreenSettings.defaults(), background,
                Platform::runLater, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), Formats.ROME));
        scene = new KioskView(model, controller).createScene(KioskApp.WIDTH, KioskApp.HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void type(FxRobot robot, String words) {
        for (char ch : words.toCharArray()) {
            robot.clickOn(ch == ' ' ? "#key-space" : "#key-" + ch);
        }
    }

    private void wake(FxRobot robot) {
        ScreenShots.save(scene, "01-idle");
        robot.clickOn("#idle");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
    }

    @Test
    void askByTypingThenSuggestionRepeatSlowerAndWrongQuestion(FxRobot robot) {
        wake(robot);
        ScreenShots.save(scene, "02-home");
        assistant.thenReply(FakeAssistant.answer("Il Centro Zante oggi è aperto fino alle 18.", "Oggi è aperto fino alle diciotto.",
                List.of("E domani?", "Dove si trova?"), List.of()));
        robot.clickOn("#choice-write");
        type(robot, "ORARI ZANTE");
        assertThat(text(robot, "#typed")).startsWith("Orari Zante");
        ScreenShots.save(scene, "03-keyboard");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get());
        assertThat(text(robot, "#answer")).isEqualTo("Il Centro Zante oggi è aperto fino alle 18.");
        assertThat(text(robot, "#question")).contains("Orari Zante");
        assertThat(out.last().text()).isEqualTo("Oggi è aperto fino alle diciotto.");
        ScreenShots.save(scene, "04-conversation");

        robot.clickOn("#repeat");
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said("Oggi è aperto fino alle diciotto.", 1.0));
        robot.clickOn("#slower");
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said("Oggi è aperto fino alle diciotto.", 0.75));

        robot.clickOn("#suggestion-0");
        await(() -> assistant.questions.size() == 2 && !model.busy.get());
        assertThat(assistant.questions.get(1)).isEqualTo("E domani?");

        robot.clickOn("#wrong");
        assertThat(model.screen.get()).isEqualTo(Screen.WRITING);
        assertThat(text(robot, "#typed")).startsWith("E domani?");
        assertThat(text(robot, "#notice")).contains("Corregga");
    }

    @Test
    void offlineMessageOnUnreachable(FxRobot robot) {
        wake(robot);
        assistant.thenFail(new Unreachable("down", null));
        robot.clickOn("#choice-write");
        type(robot, "ORARI");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get());
        assertThat(text(robot, "#answer")).startsWith("Ora non riesco a collegarmi.");
        assertThat(robot.lookup("#offline").tryQuery()).isPresent();
        ScreenShots.save(scene, "05-offline");
    }

    @Test
    void activitiesBookingWithKeyboardAndKeypad(FxRobot robot) {
        wake(robot);
        robot.clickOn("#choice-activities");
        await(() -> !model.busy.get());
        assertThat(robot.lookup("#book-0").tryQuery()).isPresent();
        ScreenShots.save(scene, "06-activities");
        robot.clickOn("#page-next");
        assertThat(robot.lookup("#book-0").tryQuery()).isPresent();
        robot.clickOn("#page-previous");
        robot.clickOn("#book-0");
        type(robot, "MARIA ROSSI");
        ScreenShots.save(scene, "07-booking-name");
        robot.clickOn("#key-submit");
        for (char d : "3331234567".toCharArray()) {
            robot.clickOn("#digit-" + d);
        }
        assertThat(text(robot, "#typed")).startsWith("333 123 4567");
        ScreenShots.save(scene, "08-booking-phone");
        robot.clickOn("#key-submit");
        assertThat(text(robot, "#check-2")).isEqualTo("Maria Rossi");
        assertThat(out.last().text()).contains("Maria Rossi");
        ScreenShots.save(scene, "09-booking-check");
        robot.clickOn("#confirm");
        await(() -> model.screen.get() == Screen.BOOKING_DONE);
        Label code = robot.lookup("#code").queryAs(Label.class);
        assertThat(code.getText()).isEqualTo("K7P2QX");
        assertThat(code.getFont().getSize()).isGreaterThanOrEqualTo(96);
        assertThat(text(robot, "#booking-message")).isEqualTo("Prenotazione confermata.");
        assertThat(text(robot, "#booking-where")).isEqualTo("Centro Zante");
        assertThat(assistant.drafts.get(0).name()).isEqualTo("Maria Rossi");
        ScreenShots.save(scene, "10-booking-done");

        assistant.knows("K7P2QX", "Ginnastica dolce");
        robot.clickOn("#cancel-this");
        await(() -> model.screen.get() == Screen.CANCEL_CHECK);
        assertThat(text(robot, "#cancel-code")).isEqualTo("K7P2QX");
        robot.clickOn("#cancel-no");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
        assertThat(text(robot, "#notice")).isEqualTo("Va bene. La prenotazione resta valida.");
        assertThat(assistant.cancelled).isEmpty();
    }

    @Test
    void queuedBookingSaysItAwaitsConfirmation(FxRobot robot) {
        wake(robot);
        assistant.thenBook(new BookingReceipt("Q7P2QX", "QUEUED", "s1", FakeAssistant.MONDAY_10, "Ginnastica dolce", null, 0));
        robot.clickOn("#choice-activities");
        await(() -> !model.busy.get());
        robot.clickOn("#book-0");
        type(robot, "ADA");
        robot.clickOn("#key-submit");
        for (char d : "0255551234".toCharArray()) {
            robot.clickOn("#digit-" + d);
        }
        robot.clickOn("#key-submit");
        robot.clickOn("#confirm");
        await(() -> model.screen.get() == Screen.BOOKING_DONE);
        assertThat(text(robot, "#booking-message")).contains("in attesa di conferma");
        ScreenShots.save(scene, "11-booking-queued");
    }

    @Test
    void guideStepsOnePerScreen(FxRobot robot) {
        wake(robot);
        assistant.thenReply(FakeAssistant.answer("Prenda la tessera sanitaria.", null, List.of(),
                List.of(Map.of("type", "show_guide_step", "guideId", "cup", "step", 1))));
        assistant.thenReply(FakeAssistant.answer("Chiami il numero verde del CUP.", null, List.of(),
                List.of(Map.of("type", "show_guide_step", "guideId", "cup", "step", 2))));
        robot.clickOn("#choice-write");
        type(robot, "CUP");
        robot.clickOn("#key-submit");
        await(() -> model.screen.get() == Screen.GUIDE && !model.busy.get());
        assertThat(text(robot, "#guide-step")).isEqualTo("Passo 1");
        robot.clickOn("#guide-next");
        await(() -> model.guideStep.get() == 2 && !model.busy.get());
        assertThat(text(robot, "#guide-text")).isEqualTo("Chiami il numero verde del CUP.");
        ScreenShots.save(scene, "12-guide");
        robot.clickOn("#guide-repeat");
        assertThat(out.last().text()).isEqualTo("Chiami il numero verde del CUP.");
        robot.clickOn("#guide-exit");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
    }

    @Test
    void helpCallsAnOperatorAndTutorNeedsThePin(FxRobot robot) {
        wake(robot);
        robot.clickOn("#choice-help");
        ScreenShots.save(scene, "13-help");
        robot.clickOn("#call-operator");
        assertThat(text(robot, "#help-called")).startsWith("Ho chiamato una persona");
        await(() -> assistant.helpCalls.equals(List.of("screen")));
        robot.clickOn("#tutor");
        robot.clickOn("#digit-1");
        robot.clickOn("#key-submit");
        assertThat(text(robot, "#notice")).isEqualTo("PIN sbagliato. Riprovi.");
        for (char d : "2468".toCharArray()) {
            robot.clickOn("#digit-" + d);
        }
        ScreenShots.save(scene, "14-tutor-pin");
        robot.clickOn("#key-submit");
        assertThat(model.screen.get()).isEqualTo(Screen.TUTOR);
        robot.clickOn("#practice-toggle");
        assertThat(model.practiceMode.get()).isTrue();
        assertThat(robot.lookup("#practice-banner").tryQuery()).isPresent();
        assertThat(text(robot, "#practice-status")).contains("ATTIVA");
        robot.clickOn("#tutor-text-1");
        assertThat(model.textSizeStep.get()).isEqualTo(1);
        ScreenShots.save(scene, "15-tutor");
        robot.clickOn("#tutor-exit");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
    }

    @Test
    void idleWarningThenResetClearsPersonalData(FxRobot robot) {
        wake(robot);
        robot.clickOn("#choice-write");
        type(robot, "MARIA");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get());
        Platform.runLater(() -> controller.idleTimer().tick(Duration.ofSeconds(90)));
        await(() -> model.idleWarning.get());
        assertThat(text(robot, "#idle-warning")).isEqualTo("Vuole continuare? Tocchi lo schermo.");
        assertThat(out.last().text()).isEqualTo("Vuole continuare? Tocchi lo schermo.");
        ScreenShots.save(scene, "16-idle-warning");
        robot.clickOn("#idle-continue");
        assertThat(model.idleWarning.get()).isFalse();
        assertThat(model.screen.get()).isEqualTo(Screen.CONVERSATION);
        Platform.runLater(() -> controller.idleTimer().tick(Duration.ofSeconds(90)));
        Platform.runLater(() -> controller.idleTimer().tick(Duration.ofSeconds(30)));
        await(() -> model.screen.get() == Screen.IDLE);
        assertThat(model.question.get()).isEmpty();
        assertThat(model.answerText.get()).isEmpty();
        assertThat(robot.lookup("#idle").tryQuery()).isPresent();
        assertThat(robot.lookup("#answer").tryQuery()).isEmpty();
    }

    @Test
    void textSizeControlMakesTextBigger(FxRobot robot) {
        wake(robot);
        robot.clickOn("#choice-write");
        type(robot, "ORARI");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get());
        double before = robot.lookup("#answer").queryAs(Label.class).getFont().getSize();
        robot.clickOn("#text-bigger");
        robot.clickOn("#text-bigger");
        double after = robot.lookup("#answer").queryAs(Label.class).getFont().getSize();
        assertThat(model.textSizeStep.get()).isEqualTo(2);
        assertThat(after).isGreaterThan(before);
        ScreenShots.save(scene, "17-large-text");
        Node smaller = robot.lookup("#text-smaller").query();
        assertThat(smaller.isDisabled()).isFalse();
    }

    @Test
    void aNewAnswerChangesTheConversationScreenInPlaceAndTheTextSizeRebuildsIt(FxRobot robot) {
        // given: an answer on the conversation screen
        wake(robot);
        assistant.thenReply(FakeAssistant.answer("Aperto fino alle 18.", null, List.of("E domani?"), List.of()));
        Platform.runLater(() -> controller.ask("orari"));
        await(() -> !model.busy.get());
        Node answer = robot.lookup("#answer").query();
        Node bar = robot.lookup("#bar-home").query();
        // when: the next question and its answer
        assistant.thenReply(FakeAssistant.answer("Domani apre alle 9.", null, List.of("Dove si trova?", "Chi lo gestisce?"), List.of()));
        robot.clickOn("#suggestion-0");
        await(() -> !model.busy.get());
        // then: the same screen shows the new words and suggestions
        assertThat(text(robot, "#answer")).isEqualTo("Domani apre alle 9.");
        assertThat(text(robot, "#question")).contains("E domani?");
        assertThat(robot.lookup("#answer").queryAs(Node.class)).isSameAs(answer);
        assertThat(robot.lookup("#bar-home").queryAs(Node.class)).isSameAs(bar);
        assertThat(robot.lookup("#suggestion-1").queryButton().getText()).isEqualTo("Chi lo gestisce?");
        // and a larger text is a new screen, with as many suggestions as fit
        robot.clickOn("#text-bigger");
        robot.clickOn("#text-bigger");
        assertThat(robot.lookup("#answer").queryAs(Node.class)).isNotSameAs(answer);
        assertThat(text(robot, "#answer")).isEqualTo("Domani apre alle 9.");
        assertThat(robot.lookup("#suggestion-1").tryQuery()).isEmpty();
    }

    @Test
    void homeAtTheLargestTextSizeKeepsEveryChoiceWhole(FxRobot robot) {
        wake(robot);
        robot.clickOn("#text-bigger");
        robot.clickOn("#text-bigger");
        WaitForAsyncUtils.waitForFxEvents();
        // AccessibilityTest checks every screen at every size; this is the picture of the crowded one
        assertThat(robot.lookup("#home-tour").queryButton().getText()).isEqualTo("Prima volta?");
        assertThat(robot.lookup("#home-mine").tryQuery()).isPresent();
        assertThat(robot.lookup("#home-cancel").tryQuery()).isPresent();
        ScreenShots.save(scene, "28-home-large-text");
        robot.clickOn("#home-tour");
        assertThat(out.last().text()).startsWith("Le mostro come funziona");
    }

    private boolean highlighted(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).query().getStyleClass().contains(KioskView.TOUR_HIGHLIGHT);
    }

    @Test
    void firstUseTourHighlightsEachControlSpeaksAndStops(FxRobot robot) {
        wake(robot);
        robot.clickOn("#home-tour");
        assertThat(model.tourStep.get()).isZero();
        assertThat(text(robot, "#tour-pointer")).isEqualTo("▲ Questo pulsante: «Parla»");
        assertThat(text(robot, "#tour-count")).isEqualTo("Passo 1 di 7");
        assertThat(highlighted(robot, "#choice-talk")).isTrue();
        assertThat(highlighted(robot, "#choice-write")).isFalse();
        assertThat(out.last().text()).contains("«Parla»");
        assertThat(robot.lookup("#tour-back").query().isDisabled()).isTrue();
        ScreenShots.save(scene, "19-tour");
        robot.clickOn("#tour-next");
        assertThat(highlighted(robot, "#choice-write")).isTrue();
        assertThat(highlighted(robot, "#choice-talk")).isFalse();
        robot.clickOn("#tour-back");
        assertThat(highlighted(robot, "#choice-talk")).isTrue();
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#tour-next");
        }
        assertThat(highlighted(robot, "#voice-slower")).isTrue();
        assertThat(highlighted(robot, "#voice-faster")).isTrue();
        assertThat(text(robot, "#tour-text")).contains("«Ripeti» e «Più piano»");
        ScreenShots.save(scene, "20-tour-voice");
        robot.clickOn("#tour-stop");
        assertThat(model.touring()).isFalse();
        assertThat(robot.lookup("#tour-bubble").tryQuery()).isEmpty();
        assertThat(highlighted(robot, "#voice-slower")).isFalse();
        assertThat(out.last().text()).isEqualTo("Va bene. Quando vuole, tocchi un pulsante.");
        assertThat(robot.lookup("#home-tour").tryQuery()).isPresent();
    }

    @Test
    void theTourEndsOnAnExampleAnswerMarkedEsempioThenReturnsHome(FxRobot robot) {
        // given: the tour at its stop before the last
        wake(robot);
        robot.clickOn("#home-tour");
        for (int i = 0; i < KioskController.TOUR.size() - 2; i++) {
            robot.clickOn("#tour-next");
        }
        assertThat(robot.lookup("#tour-example").tryQuery()).isEmpty();
        // when
        robot.clickOn("#tour-next");
        // then: an example answer, marked as such, with "Ripeti" and "Più piano" outlined
        assertThat(text(robot, "#tour-example")).startsWith("ESEMPIO");
        assertThat(text(robot, "#tour-example-answer")).isEqualTo("Il centro apre alle 9.");
        assertThat(highlighted(robot, "#repeat")).isTrue();
        assertThat(highlighted(robot, "#slower")).isTrue();
        assertThat(text(robot, "#tour-count")).isEqualTo("Passo 7 di 7");
        assertThat(out.last().text()).contains("«Ripeti»", "«Più piano»");
        assertThat(model.question.get()).isEmpty();
        ScreenShots.save(scene, "29-tour-answer");
        // "Ripeti" works as on a real answer: it says the stop again
        robot.clickOn("#repeat");
        assertThat(out.last().text()).contains("«Ripeti»", "«Più piano»");
        robot.clickOn("#tour-next");
        assertThat(model.touring()).isFalse();
        assertThat(robot.lookup("#tour-example").tryQuery()).isEmpty();
        assertThat(robot.lookup("#choice-talk").tryQuery()).isPresent();
    }

    @Test
    void theTourCanBeStoppedOnTheExampleAnswer(FxRobot robot) {
        wake(robot);
        robot.clickOn("#home-tour");
        for (int i = 0; i < KioskController.TOUR.size() - 1; i++) {
            robot.clickOn("#tour-next");
        }
        assertThat(robot.lookup("#tour-example").tryQuery()).isPresent();
        robot.clickOn("#tour-stop");
        assertThat(model.touring()).isFalse();
        assertThat(robot.lookup("#tour-example").tryQuery()).isEmpty();
        assertThat(robot.lookup("#home-tour").tryQuery()).isPresent();
    }

    @Test
    void cancelByCodeOnTheCodeKeyboard(FxRobot robot) {
        wake(robot);
        assistant.known.put("HM4D7Z", new Unreachable("down", null));
        robot.clickOn("#home-cancel");
        assertThat(robot.lookup("#key-O").tryQuery()).as("only the code alphabet").isEmpty();
        type(robot, "HM4D7");
        assertThat(text(robot, "#typed")).isEqualTo("H M 4 D 7 _");
        robot.clickOn("#key-submit");
        assertThat(text(robot, "#notice")).startsWith("Il codice ha sei lettere");
        type(robot, "Z");
        ScreenShots.save(scene, "21-cancel-code");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get() && !model.notice.get().isEmpty());
        // offline the code cannot be checked: "No, la tengo", then again with the server back
        assertThat(text(robot, "#notice")).startsWith("Ora non posso controllare questo codice.");
        robot.clickOn("#cancel-no");
        assistant.knows("HM4D7Z", "Ginnastica dolce");
        robot.clickOn("#home-cancel");
        type(robot, "HM4D7Z");
        robot.clickOn("#key-submit");
        await(() -> model.screen.get() == Screen.CANCEL_CHECK && model.cancelReceipt.get().title() != null);
        assertThat(text(robot, "#cancel-title")).isEqualTo("Ginnastica dolce");
        assertThat(text(robot, "#cancel-when")).isEqualTo(Formats.when(FakeAssistant.MONDAY_10));
        // where, too: a booking may be at another centre
        assertThat(text(robot, "#cancel-where")).isEqualTo("Centro Zante");
        ScreenShots.save(scene, "22-cancel-check");
        robot.clickOn("#cancel-yes");
        await(() -> model.screen.get() == Screen.CANCEL_DONE);
        assertThat(text(robot, "#cancel-message")).isEqualTo("La prenotazione è cancellata.");
        assertThat(assistant.cancelled).containsExactly("HM4D7Z");
        ScreenShots.save(scene, "23-cancel-done");
        robot.clickOn("#done-home");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);
    }
}

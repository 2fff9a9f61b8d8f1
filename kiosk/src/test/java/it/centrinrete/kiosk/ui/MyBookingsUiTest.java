package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Unreachable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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

/** "Le mie prenotazioni" and cancelling offline through the real screens, headless, with a fake assistant. */
@ExtendWith(ApplicationExtension.class)
class MyBookingsUiTest {
    private final FakeAssistant assistant = new FakeAssistant();
    private final FakeSpeechOut out = new FakeSpeechOut();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private KioskModel model;
    private KioskController controller;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new KioskModel();
        controller = new KioskController(model, assistant, out, new FakeSpeechIn(), TicketPrinter.NONE,
                ScreenSettings.defaults(), background, Platform::runLater,
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), Formats.ROME));
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
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void phone(FxRobot robot, String digits) {
        for (char d : digits.toCharArray()) {
            robot.clickOn("#digit-" + d);
        }
    }

    @Test
    void myBookingsByPhoneOneRowEachThenCancelOne(FxRobot robot) {
        // given
        assistant.held = new HeldBookings(List.of(FakeAssistant.held("H3M4P7", "CONFIRMED", "Ginnastica dolce"),
                FakeAssistant.held("C9T2RZ", "WAITLISTED", "Torneo di burraco"),
                new HeldBookings.Held(new BookingReceipt(null, "QUEUED", "s4", FakeAssistant.MONDAY_10.plusDays(2), "Corso di smartphone",
                        "zante", 0), "key-1")), true);
        robot.clickOn("#idle");
        // when
        robot.clickOn("#home-mine");
        phone(robot, "3331234567");
        ScreenShots.save(scene, "24-mine-phone");
        robot.clickOn("#key-submit");
        await(() -> model.myBookings.get() != null && !model.busy.get());
        // then
        assertThat(text(robot, "#mine-status-0")).isEqualTo("confermata");
        // where to go, under when: a booking may be at another centre
        assertThat(text(robot, "#mine-where-0")).isEqualTo("Centro Zante");
        assertThat(text(robot, "#mine-status-1")).isEqualTo("in lista d’attesa");
        ScreenShots.save(scene, "25-mine-list");
        // two per page: each row has a line more than an activity's
        robot.clickOn("#mine-next");
        assertThat(text(robot, "#mine-status-0")).isEqualTo("in attesa di conferma");
        assertThat(robot.lookup("#mine-where-0").tryQuery()).as("a centre the kiosk cannot name is not shown").isEmpty();
        robot.clickOn("#mine-cancel-0");
        assertThat(model.screen.get()).isEqualTo(Screen.CANCEL_CHECK);
        assertThat(text(robot, "#cancel-code")).isEqualTo("non ancora assegnato");
        robot.clickOn("#cancel-yes");
        await(() -> model.screen.get() == Screen.CANCEL_DONE);
        assertThat(assistant.withdrawn).containsExactly("key-1");
        // and nothing stays after the idle reset
        Platform.runLater(() -> model.clearPersonal());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.myBookings.get()).isNull();
    }

    @Test
    void offlineTheOutboxAloneAndACancellationKeptForLater(FxRobot robot) {
        // given: the server away; the resilient assistant lists the outbox and keeps cancellations
        assistant.held = new HeldBookings(List.of(new HeldBookings.Held(new BookingReceipt(null, "QUEUED", "s1", FakeAssistant.MONDAY_10,
                "Ginnastica dolce", "zante", 0), "key-1")), false);
        robot.clickOn("#idle");
        robot.clickOn("#home-mine");
        phone(robot, "3331234567");
        robot.clickOn("#key-submit");
        await(() -> model.myBookings.get() != null && !model.busy.get());
        assertThat(text(robot, "#notice")).startsWith("Ora non riesco a collegarmi.");
        assertThat(text(robot, "#mine-status-0")).isEqualTo("in attesa di conferma");
        ScreenShots.save(scene, "26-mine-offline");

        // when: a code typed in cannot be checked, and is cancelled anyway
        assistant.known.put("H3M4P7", new Unreachable("down", null));
        assistant.thenCancel(new BookingReceipt("H3M4P7", "CANCEL_QUEUED", null, null, null, null, 0));
        robot.clickOn("#bar-home");
        robot.clickOn("#home-cancel");
        for (char k : "H3M4P7".toCharArray()) {
            robot.clickOn("#key-" + k);
        }
        robot.clickOn("#key-submit");
        await(() -> model.screen.get() == Screen.CANCEL_CHECK);
        assertThat(text(robot, "#notice")).startsWith("Ora non posso controllare questo codice.");
        robot.clickOn("#cancel-yes");
        await(() -> model.screen.get() == Screen.CANCEL_DONE);
        // then
        assertThat(text(robot, "#cancel-message")).isEqualTo("La cancellazione verrà inviata appena possibile. Non serve fare altro.");
        ScreenShots.save(scene, "27-cancel-queued");

        // when: the server is back and the background sender delivers it while the person is still here
        Platform.runLater(() -> controller.queuedCancellationDecided("H3M4P7", true, null));
        // then
        await(() -> model.cancelMessage.get().startsWith("La cancellazione è stata inviata"));
        assertThat(text(robot, "#cancel-message")).isEqualTo("La cancellazione è stata inviata. La prenotazione è cancellata.");
    }

    @Test
    void aCancellationWaitingToBeSentChangesItsRowWhenTheServerDecides(FxRobot robot) {
        // given: two bookings whose cancellations wait in the outbox
        assistant.held = new HeldBookings(List.of(FakeAssistant.held("H3M4P7", "CANCEL_QUEUED", "Ginnastica dolce"),
                FakeAssistant.held("C9T2RZ", "CANCEL_QUEUED", "Torneo di burraco")), true);
        robot.clickOn("#idle");
        robot.clickOn("#home-mine");
        phone(robot, "3331234567");
        robot.clickOn("#key-submit");
        await(() -> model.myBookings.get() != null && !model.busy.get());
        assertThat(text(robot, "#mine-status-0")).isEqualTo("cancellazione in attesa di invio");
        assertThat(robot.lookup("#mine-cancel-0").tryQuery()).isEmpty();

        // when
        Platform.runLater(() -> {
            controller.queuedCancellationDecided("H3M4P7", true, null);
            controller.queuedCancellationDecided("C9T2RZ", false, "session_over");
        });
        await(() -> "CANCEL_REFUSED".equals(model.myBookings.get().bookings().get(1).receipt().status()));

        // then
        assertThat(text(robot, "#mine-status-0")).isEqualTo("cancellata");
        assertThat(text(robot, "#mine-status-1")).isEqualTo("confermata: la cancellazione non è stata accettata");
        assertThat(robot.lookup("#mine-cancel-0").tryQuery()).isEmpty();
        assertThat(robot.lookup("#mine-cancel-1").tryQuery()).isPresent();
    }
}

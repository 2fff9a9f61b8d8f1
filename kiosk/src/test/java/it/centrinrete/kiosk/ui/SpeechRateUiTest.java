package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A kiosk configured with {@code kiosk.speech-rate=0.75}: every person starts at that speed. */
@ExtendWith(ApplicationExtension.class)
class SpeechRateUiTest {
    private final FakeSpeechOut out = new FakeSpeechOut();
    private KioskModel model;
    private KioskController controller;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new KioskModel();
        controller = new KioskController(model, new FakeAssistant(), out, new FakeSpeechIn(), TicketPrinter.NONE,
                ScreenSettings.defaults().withSpeechRate(0.75), Runnable::run, Platform::runLater,
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), Formats.ROME));
        scene = new KioskView(model, controller).createScene(KioskApp.WIDTH, KioskApp.HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theConfiguredRateIsTheStartAndTheIdleResetGoesBackToIt(FxRobot robot) {
        robot.clickOn("#idle");
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said("Buongiorno. Come posso aiutarLa?", 0.75));
        robot.clickOn("#voice-faster");
        assertThat(model.speechRate.get()).isEqualTo(1.0);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            controller.idleTimer().tick(Duration.ofSeconds(90));
            controller.idleTimer().tick(Duration.ofSeconds(30));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.screen.get()).isEqualTo(Screen.IDLE);
        robot.clickOn("#idle");
        assertThat(out.last()).isEqualTo(new FakeSpeechOut.Said("Buongiorno. Come posso aiutarLa?", 0.75));
        robot.clickOn("#choice-help");
        robot.clickOn("#tutor");
        for (char d : "2468".toCharArray()) {
            robot.clickOn("#digit-" + d);
        }
        robot.clickOn("#key-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tutor-rate").queryAs(Label.class).getText()).isEqualTo("Velocità della voce: 0,75");
        ScreenShots.save(scene, "18-speech-rate");
    }
}

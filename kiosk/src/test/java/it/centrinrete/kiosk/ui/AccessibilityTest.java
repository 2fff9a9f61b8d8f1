package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen's scene graph at each text size: touch targets, text sizes, everything on screen, nothing cut off
 * or overlapping ({@link ScreenFit}); and the palette's contrast.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    private static final double MIN_TARGET = 95;
    private static final double MIN_FONT = 32;
    private static final double MIN_CONTRAST = 7;
    /** The longest centre name in the sample content: every screen that names the centre must still fit. */
    private static final String LONG_CENTRE = "Spazio di comunità ALER Calvairate";

    private final FakeAssistant assistant = new FakeAssistant();
    private KioskModel model;
    private KioskView view;
    private KioskController controller;

    @Start
    void start(Stage stage) {
        model = new KioskModel();
        controller = new KioskController(model, assistant, new FakeSpeechOut(), new FakeSpeechIn(), TicketPrinter.NONE,
                ScreenSettings.defaults(), Runnable::run, Runnable::run, Clock.system(Formats.ROME));
        view = new KioskView(model, controller);
        Scene scene = view.createScene(KioskApp.WIDTH, KioskApp.HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void paletteContrastIsAtLeastSevenToOne() {
        assertThat(Contrast.ratio("#000000", "#FFFFFF")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.ratio("#FFFFFF", "#FFFFFF")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.ratio("#777777", "#FFFFFF")).isLessThan(4.5);
        for (Palette.Pair p : Palette.PAIRS) {
            assertThat(Contrast.ratio(p.foreground(), p.background())).as(p.name()).isGreaterThanOrEqualTo(MIN_CONTRAST);
        }
    }

    @ParameterizedTest(name = "text size step {0}")
    @ValueSource(ints = {0, 1, 2})
    void everyScreenHasBigTargetsAndBigTextThatFit(int textSizeStep) {
        List<String> problems = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                show(screen);
                model.textSizeStep.set(textSizeStep);
                checkRendered(screen, problems);
                return null;
            });
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            model.clearPersonal();
            model.textSizeStep.set(textSizeStep);
            model.screen.set(Screen.HOME);
            for (int step = 0; step < KioskController.TOUR.size(); step++) {
                model.tourStep.set(step);
                checkRendered(Screen.HOME, problems);
            }
            model.idleWarning.set(true);
            model.screen.set(Screen.HOME);
            checkRendered(Screen.HOME, problems);
            return null;
        });
        assertThat(problems).isEmpty();
    }

    private void checkRendered(Screen screen, List<String> problems) {
        view.render();
        view.root().applyCss();
        view.root().layout();
        check(screen, view.root(), problems);
        ScreenFit.check(screen + " at " + model.fontSize() + " px", view.root(), problems);
    }

    private void show(Screen screen) {
        model.clearPersonal();
        model.practiceMode.set(true);
        model.offline.set(true);
        switch (screen) {
            case CONVERSATION -> {
                model.question.set("a che ora apre il centro zante di via dei mille il sabato pomeriggio e la domenica mattina");
                controller.applyReply(FakeAssistant.answer("Oggi è aperto fino alle 18.", null, List.of("E domani?",
                        "Quali attività ci sono domani pomeriggio al centro?", "Dove si trova il centro Zante?"),
                        List.of()));
            }
            case ACTIVITIES -> model.activities.setAll(assistant.slots);
            case BOOKING_CHECK, BOOKING_NAME, BOOKING_PHONE -> {
                model.bookingSlot.set(assistant.slots.get(0));
                model.draftName.set("Maria Rossi");
                model.draftPhone.set("3331234567");
            }
            case BOOKING_DONE -> {
                model.receipt.set(new BookingReceipt("K7P2QX", "CONFIRMED", "s1", FakeAssistant.MONDAY_10, "Ginnastica", "aler",
                        LONG_CENTRE, 0));
                model.bookingMessage.set("Prenotazione confermata.");
            }
            case CANCEL_CHECK -> model.cancelReceipt.set(new BookingReceipt("HM4D7Z", "CONFIRMED", "s1", FakeAssistant.MONDAY_10,
                    "Ginnastica dolce", "aler", LONG_CENTRE, 0));
            case CANCEL_CODE -> model.typed.set("HM4");
            case CANCEL_DONE -> model.cancelMessage.set("La prenotazione è cancellata.");
            case MY_BOOKINGS -> model.myBookings.set(new HeldBookings(List.of(new HeldBookings.Held(new BookingReceipt("H3M4P7",
                    "CONFIRMED", "s1", FakeAssistant.MONDAY_10, "Ginnastica dolce", "aler", LONG_CENTRE, 0), null),
                    FakeAssistant.held("K7P2QX", "WAITLISTED", "Coro del giovedì pomeriggio"),
                    FakeAssistant.held("M9T3ZA", "CANCEL_QUEUED", "Corso di smartphone"), FakeAssistant.held("P4R6SV", "CONFIRMED",
                    "Tombola")), false));
            case GUIDE -> controller.applyReply(FakeAssistant.answer("Passo uno.", null, List.of(),
                    List.of(Map.of("type", "show_guide_step", "guideId", "g", "step", 2))));
            default -> {
            }
        }
        model.screen.set(screen);
    }

    private static void check(Screen screen, Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        String where = screen + " " + node.getClass().getSimpleName() + "#" + node.getId();
        if (node instanceof Button b) {
            if (b.getWidth() < MIN_TARGET || b.getHeight() < MIN_TARGET) {
                problems.add(where + " '" + b.getText() + "' is " + b.getWidth() + "×" + b.getHeight());
            }
        }
        if (node instanceof Labeled l && !l.getStyleClass().contains(KioskView.SMALL_PRINT)) {
            if (l.getFont().getSize() < MIN_FONT) {
                problems.add(where + " '" + l.getText() + "' font " + l.getFont().getSize());
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(screen, child, problems);
            }
        }
    }
}

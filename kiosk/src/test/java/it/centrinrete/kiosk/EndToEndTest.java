package it.centrinrete.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.RealServer;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.offline.BookingOutcome;
import it.centrinrete.kiosk.offline.ResilientAssistant;
import it.centrinrete.kiosk.speech.FakeRecognizer;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;
import it.centrinrete.kiosk.ui.KioskApp;
import it.centrinrete.kiosk.ui.KioskController;
import it.centrinrete.kiosk.ui.KioskModel;
import it.centrinrete.kiosk.ui.KioskServices;
import it.centrinrete.kiosk.ui.KioskView;
import it.centrinrete.kiosk.ui.Screen;
import it.centrinrete.kiosk.ui.ScreenSettings;
import it.centrinrete.server.AssistantServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "done when": a person asks, hears, books, corrects, gets help and resets, by touch (and once by voice),
 * against the real assistant server in-process, through the real resilient client; then the server goes away and comes
 * back, and the booking made meanwhile reaches it exactly once.
 */
@ExtendWith(ApplicationExtension.class)
class EndToEndTest {
    private static final String QUESTION = "a che ora apre il centro zante";
    private static final String CORRECTED = "a che ora apre il centro ponte lambro";
    private static final String OFFLINE_QUESTION = "quanto costa la tessera";
    private static final String SPOKEN = "chi mi porta la spesa";
    private static final String PHONE = "3331234567";
    private static final String OFFLINE_PHONE = "3339876543";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path tmp;

    private final RecordingSpeechOut out = new RecordingSpeechOut();
    private final FakeRecognizer in = new FakeRecognizer(Duration.ofMillis(20), List.of(SPOKEN));
    private final HttpClient http = HttpClient.newHttpClient();
    private String db;
    private AssistantServer server;
    private ResilientAssistant assistant;
    private KioskModel model;
    private KioskController controller;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        db = "jdbc:h2:file:" + tmp.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        server = RealServer.start(Files.createDirectories(tmp.resolve("index1")), db, 0);
        HttpAssistantClient client = new HttpAssistantClient(RealServer.uri(server), RealServer.TOKEN, RealServer.QUICK);
        assistant = new ResilientAssistant(client, tmp.resolve("kiosk"), "csrc-zante");
        assistant.start();
        // the first pass of the background sender fetched the snapshot the kiosk answers from when offline
        assertThat(assistant.syncNow()).isTrue();
        KioskServices services = new KioskServices() {
            @Override
            public AssistantPort assistant() {
                return assistant;
            }

            @Override
            public SpeechOut speechOut() {
                return out;
            }

            @Override
            public SpeechIn speechIn() {
                return in;
            }

            @Override
            public ScreenSettings settings() {
                return ScreenSettings.defaults();
            }
        };
        model = new KioskModel();
        controller = KioskController.standard(model, services, services.settings());
        scene = new KioskView(model, controller).createScene(KioskApp.WIDTH, KioskApp.HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        if (assistant != null) {
            assistant.close();
        }
        in.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void askHearBookCorrectGetHelpAndResetByTouchAgainstTheRealServer(FxRobot robot) throws Exception {
        robot.clickOn("#idle");
        assertThat(model.screen.get()).isEqualTo(Screen.HOME);

        // (1) a question typed on the on-screen keyboard: the server's answer on screen, and spoken
        robot.clickOn("#choice-write");
        type(robot, QUESTION);
        assertThat(text(robot, "#typed")).startsWith("A Che Ora Apre Il Centro Zante");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get() && !model.answerText.get().isEmpty());
        String firstAnswer = text(robot, "#answer");
        assertThat(firstAnswer).contains("CSRC Zante");
        assertThat(text(robot, "#question")).containsIgnoringCase(QUESTION);
        assertThat(robot.lookup("#offline").tryQuery()).isEmpty();
        assertThat(out.texts()).contains(model.answerSpeech.get());
        assertThat(model.answerSpeech.get()).isNotBlank();

        // (2) "Ho sbagliato": the question goes back on the keyboard, is corrected, and gets a new answer
        robot.clickOn("#wrong");
        assertThat(model.screen.get()).isEqualTo(Screen.WRITING);
        assertThat(text(robot, "#typed")).containsIgnoringCase(QUESTION);
        for (int i = 0; i < "zante".length(); i++) {
            tap(robot, "#key-delete");
        }
        type(robot, "ponte lambro");
        assertThat(text(robot, "#typed")).startsWith("A Che Ora Apre Il Centro Ponte Lambro");
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get() && !model.answerText.get().isEmpty());
        assertThat(text(robot, "#question")).containsIgnoringCase(CORRECTED);
        String secondAnswer = text(robot, "#answer");
        assertThat(secondAnswer).contains("CAM Ponte Lambro").isNotEqualTo(firstAnswer);
        assertThat(out.texts()).contains(model.answerSpeech.get());

        // (3) a suggestion the server offered: asked as a question, answered
        assertThat(robot.lookup("#suggestion-0").tryQuery()).as("the server suggests follow-up questions").isPresent();
        String suggestion = robot.lookup("#suggestion-0").queryButton().getText();
        robot.clickOn("#suggestion-0");
        await(() -> !model.busy.get() && model.question.get().equals(suggestion) && !model.answerText.get().isEmpty());
        assertThat(text(robot, "#answer")).isNotBlank().isNotEqualTo(secondAnswer);
        assertThat(text(robot, "#answer")).doesNotStartWith("Ora non riesco");

        // (4) Attività -> a real session -> Prenota -> name, phone -> Confermo: the code, large, and on the server
        robot.clickOn("#bar-home");
        String code = book(robot, "MARIA ROSSI", PHONE);
        assertThat(text(robot, "#booking-message")).isEqualTo("Prenotazione confermata.");
        Label codeLabel = robot.lookup("#code").queryAs(Label.class);
        assertThat(codeLabel.getFont().getSize()).isGreaterThanOrEqualTo(96);
        assertThat(out.texts()).anyMatch(t -> t.contains(String.join(", ", code.split(""))));
        HttpResponse<String> found = get("/api/v1/bookings/" + code);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"CONFIRMED\"").contains(code);

        // (5) Aiuto -> chiamo una persona
        robot.clickOn("#done-home");
        robot.clickOn("#choice-help");
        robot.clickOn("#call-operator");
        assertThat(text(robot, "#help-called")).startsWith("Ho chiamato una persona");
        assertThat(out.texts()).anyMatch(t -> t.startsWith("Ho chiamato una persona"));

        // (6) by voice: "Parla", the recogniser hears a question, the answer is shown
        robot.clickOn("#bar-home");
        robot.clickOn("#choice-talk");
        await(() -> model.screen.get() == Screen.CONVERSATION && !model.busy.get() && !model.answerText.get().isEmpty());
        assertThat(model.question.get()).isEqualTo(SPOKEN);
        assertThat(text(robot, "#question")).contains(SPOKEN);
        assertThat(text(robot, "#answer")).isNotBlank().doesNotStartWith("Ora non riesco");
        assertThat(out.texts()).contains(model.answerSpeech.get());

        // (7) nobody touches the kiosk: warning, then reset; nothing personal is left in the scene
        Platform.runLater(() -> controller.idleTimer().tick(Duration.ofSeconds(90)));
        await(() -> model.idleWarning.get());
        assertThat(text(robot, "#idle-warning")).isEqualTo("Vuole continuare? Tocchi lo schermo.");
        Platform.runLater(() -> controller.idleTimer().tick(Duration.ofSeconds(30)));
        await(() -> model.screen.get() == Screen.IDLE);
        assertThat(robot.lookup("#idle").tryQuery()).isPresent();
        List<String> shown = shownTexts(scene.getRoot());
        assertThat(shown).isNotEmpty();
        for (String personal : List.of("Maria", "Rossi", "zante", "lambro", "spesa", code, "333", suggestion)) {
            assertThat(shown).as("no '%s' left on the idle screen", personal)
                .noneMatch(t -> t.toLowerCase(Locale.ITALIAN).contains(personal.toLowerCase(Locale.ITALIAN)));
        }

        // (8) the server goes away: answers from the snapshot, a booking waits; the server comes back: it is booked once
        int port = server.port();
        server.close();
        server = null;
        robot.clickOn("#idle");
        robot.clickOn("#choice-write");
        type(robot, OFFLINE_QUESTION);
        robot.clickOn("#key-submit");
        await(() -> !model.busy.get() && !model.answerText.get().isEmpty());
        assertThat(text(robot, "#question")).containsIgnoringCase(OFFLINE_QUESTION);
        assertThat(robot.lookup("#offline").tryQuery()).isPresent();
        assertThat(text(robot, "#offline")).contains("senza collegamento");
        assertThat(text(robot, "#answer")).isNotBlank().doesNotStartWith("Ora non riesco");
        assertThat(assistant.online()).isFalse();

        List<BookingOutcome> decided = new CopyOnWriteArrayList<>();
        assistant.onBookingDecided(decided::add);
        robot.clickOn("#bar-home");
        book(robot, "ADA", OFFLINE_PHONE);
        assertThat(text(robot, "#booking-message")).contains("in attesa di conferma");
        assertThat(model.receipt.get().status()).isEqualTo(BookingReceipt.QUEUED);
        String key = model.draftKey.get();
        assertThat(assistant.isQueued(key)).isTrue();

        server = RealServer.start(Files.createDirectories(tmp.resolve("index2")), db, port);
        // the kiosk's own background sender notices the server is back (its pauses grow from 2 s) and sends the outbox
        await(Duration.ofSeconds(40), () -> assistant.outcome(key).isPresent());
        BookingOutcome outcome = assistant.outcome(key).orElseThrow();
        assertThat(outcome.booked()).isTrue();
        assertThat(decided).containsExactly(outcome);
        String queuedCode = outcome.receipt().code();
        assertThat(get("/api/v1/bookings/" + queuedCode).body()).contains("\"CONFIRMED\"");
        HttpResponse<String> mine = post("/api/v1/bookings/search", "{\"phone\": \"" + OFFLINE_PHONE + "\"}");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(codesIn(mine.body())).containsExactly(queuedCode);
        assertThat(assistant.queuedCount()).isZero();
    }

    /** Activities -> a bookable session (Ginnastica dolce when listed) -> name -> phone -> confirm; the code or null. */
    private String book(FxRobot robot, String name, String phone) {
        robot.clickOn("#choice-activities");
        await(() -> !model.busy.get() && !model.activities.isEmpty());
        List<SessionSlot> slots = List.copyOf(model.activities);
        int index = -1;
        for (int i = 0; i < slots.size() && index < 0; i++) {
            if (slots.get(i).title().contains("Ginnastica dolce") && bookable(slots.get(i))) {
                index = i;
            }
        }
        for (int i = 0; i < slots.size() && index < 0; i++) {
            if (bookable(slots.get(i))) {
                index = i;
            }
        }
        assertThat(index).as("the sample content has a bookable session").isNotNegative();
        SessionSlot slot = slots.get(index);
        for (int page = 0; page < index / KioskController.PAGE_SIZE; page++) {
            robot.clickOn("#page-next");
        }
        robot.clickOn("#book-" + index % KioskController.PAGE_SIZE);
        assertThat(model.bookingSlot.get()).isEqualTo(slot);
        type(robot, name);
        robot.clickOn("#key-submit");
        for (char d : phone.toCharArray()) {
            tap(robot, "#digit-" + d);
        }
        robot.clickOn("#key-submit");
        assertThat(model.screen.get()).isEqualTo(Screen.BOOKING_CHECK);
        assertThat(text(robot, "#check-0")).isEqualTo(slot.title());
        robot.clickOn("#confirm");
        await(() -> model.screen.get() == Screen.BOOKING_DONE);
        BookingReceipt receipt = model.receipt.get();
        assertThat(receipt).isNotNull();
        if (receipt.code() != null) {
            assertThat(text(robot, "#code")).isEqualTo(receipt.code());
        }
        return receipt.code();
    }

    private static boolean bookable(SessionSlot slot) {
        return slot.bookable() && slot.seatsLeft() > 0;
    }

    private void type(FxRobot robot, String words) {
        for (char ch : words.toUpperCase(Locale.ITALIAN).toCharArray()) {
            tap(robot, ch == ' ' ? "#key-space" : "#key-" + ch);
        }
    }

    /**
     * A quick touch on a key: the mouse jumps to the key, presses and releases (real events through Monocle, so the
     * button and the scene's touch filter react as to a finger), without {@code clickOn}'s animated move, which makes
     * typing a sentence take many seconds. Every key used here changes the text, and the view is rebuilt for it: the
     * touch is over once the text changed and the key touched has left the scene.
     */
    private void tap(FxRobot robot, String query) {
        // found and measured on the FX thread, so not in the middle of a rebuild
        Node key = WaitForAsyncUtils.waitForAsyncFx(5000, () -> scene.getRoot().lookup(query));
        assertThat(key).as("the key " + query).isNotNull();
        Point2D centre = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds bounds = key.localToScreen(key.getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
        String before = model.typed.get();
        BaseRobot base = robot.robotContext().getBaseRobot();
        base.moveMouse(centre);
        // the key is under the finger (hovered) before it is pressed
        WaitForAsyncUtils.waitForFxEvents(1);
        // TestFX's press and release wait for the FX thread after each: with bare robot calls some keys were lost
        robot.press(MouseButton.PRIMARY);
        robot.release(MouseButton.PRIMARY);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !model.typed.get().equals(before) && key.getScene() == null);
        } catch (TimeoutException e) {
            throw new AssertionError("the key " + query + " did not type; the text is still '" + before + "'", e);
        }
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void await(BooleanSupplier condition) {
        await(WAIT, condition);
    }

    private void await(Duration timeout, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + timeout + "; screen " + model.screen.get() + ", busy "
                + model.busy.get() + ", question '" + model.question.get() + "', answer '" + model.answerText.get()
                + "', notice '" + model.notice.get() + "', heard '" + model.heard.get() + "'", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text a Labeled or a text field in the scene shows. */
    private static List<String> shownTexts(Parent root) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof Labeled labeled && labeled.getGraphic() != null) {
            collect(labeled.getGraphic(), texts);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static List<String> codesIn(String json) {
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9]+)\"").matcher(json);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(RealServer.uri(server) + path))
            .header("Authorization", "Bearer " + RealServer.TOKEN)
            .timeout(Duration.ofSeconds(10));
    }

    /** Records what the kiosk would say. */
    private static final class RecordingSpeechOut implements SpeechOut {
        private final List<String> said = new CopyOnWriteArrayList<>();

        @Override
        public void speak(String text, double rate) {
            said.add(text);
        }

        @Override
        public void stop() {
            // nothing is playing
        }

        @Override
        public void close() {
            // nothing to release
        }

        List<String> texts() {
            return List.copyOf(said);
        }
    }
}

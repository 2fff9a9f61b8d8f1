package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.SessionSlot;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * All screens, in plain JavaFX. The view only reads the model and calls the controller; it is rebuilt (once per pulse)
 * whenever the model changes, so what is on screen is always a function of the model. The one exception: on the
 * conversation screen a new answer or question changes the screen in place ({@link ConversationView}).
 */
public final class KioskView {
    /** Style class for text that may be smaller than 32 px (tutor details only). */
    public static final String SMALL_PRINT = "small-print";
    /** Style class of the controls the first-use tour points at (a thick outline; the bubble names them too). */
    public static final String TOUR_HIGHLIGHT = "tour-highlight";
    /** Touch targets are at least this wide and high. */
    private static final double MIN_BUTTON = 100;
    private static final int CHOICE_MAX_FONT = 56;
    private static final String[] KEY_ROWS = {"QWERTYUIOP", "ASDFGHJKLÈ", "ZXCVBNMÀÒÙ"};
    /** The booking-code alphabet ({@link KioskController#CODE_ALPHABET}) in three rows of eight. */
    private static final String[] CODE_ROWS = {"23456789", "ACDEFGHM", "NPRSTUVZ"};

    private final KioskModel model;
    private final KioskController controller;
    private final Messages msg = Messages.italian();
    private final BorderPane root = new BorderPane();
    private final StackPane stack = new StackPane();
    private final MyBookingsView myBookingsView;
    private final ConversationView conversationView;
    private final TourExampleView tourExample;
    private boolean pending;
    /** What the screen on show was rendered for, besides the model's conversation. */
    private Frame shown;

    /** Everything a screen depends on besides what {@link ConversationView#update()} changes in place. */
    private record Frame(Screen screen, int textSizeStep, double speechRate, boolean practiceMode, boolean idleWarning) {
    }

    public KioskView(KioskModel model, KioskController controller) {
        this.model = model;
        this.controller = controller;
        this.myBookingsView = new MyBookingsView(this, model, controller);
        this.conversationView = new ConversationView(model, controller);
        this.tourExample = new TourExampleView(controller);
        root.setCenter(stack);
        Observable[] watched = {model.screen, model.question, model.answerText, model.suggestions, model.busy, model.offline,
            model.heard, model.typed, model.notice, model.activities, model.activitiesPage, model.bookingSlot, model.receipt,
            model.bookingMessage, model.guideStep, model.operatorCalled, model.textSizeStep, model.speechRate,
            model.idleWarning, model.practiceMode, model.tutorUnlocked, model.lastReply, model.tourStep, model.cancelReceipt,
            model.cancelMessage, model.myBookings, model.myBookingsPage};
        for (Observable o : watched) {
            o.addListener(x -> requestRender());
        }
        render();
    }

    public Parent root() {
        return root;
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> controller.touch());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> controller.touch());
        // the pulse after a reply was rendered has laid it out: that is when the answer is on screen
        scene.addPostLayoutPulseListener(() -> {
            if (!pending && controller.replyTiming().pending()) {
                controller.replyTiming().shown();
            }
        });
        return scene;
    }

    private void requestRender() {
        if (!pending) {
            pending = true;
            Platform.runLater(this::render);
        }
    }

    /** Rebuilds the screen from the model (normally called for you). */
    public void render() {
        pending = false;
        Screen screen = model.screen.get();
        Frame frame = new Frame(screen, model.textSizeStep.get(), model.speechRate.get(), model.practiceMode.get(),
                model.idleWarning.get());
        if (screen == Screen.CONVERSATION && frame.equals(shown)) {
            // only the conversation changed (an answer, a new question): its words change in place
            conversationView.update();
            return;
        }
        shown = frame;
        root.setTop(screen == Screen.IDLE ? null : topBar());
        Node content = switch (screen) {
            case IDLE -> idle();
            case HOME -> controller.tourOnExampleAnswer() ? tourExample.build(tourBubble()) : home();
            case LISTENING -> listening();
            case WRITING -> keyboardScreen(msg.get("write.title"), msg.get("key.ask"));
            case CONVERSATION -> conversationView.build();
            case ACTIVITIES -> activities();
            case BOOKING_NAME -> keyboardScreen(msg.get("booking.nameTitle"), msg.get("key.next"));
            case BOOKING_PHONE -> keypadScreen(msg.get("booking.phoneTitle"), Formats.phone(model.typed.get()));
            case BOOKING_CHECK -> bookingCheck();
            case BOOKING_DONE -> bookingDone();
            case GUIDE -> guide();
            case HELP -> help();
            case TUTOR_PIN -> keypadScreen(msg.get("tutor.pinTitle"), "•".repeat(model.typed.get().length()));
            case TUTOR -> tutor();
            case CANCEL_CODE -> codeKeyboard();
            case CANCEL_CHECK -> cancelCheck();
            case CANCEL_DONE -> cancelDone();
            case MY_BOOKINGS_PHONE -> keypadScreen(msg.get("mine.phoneTitle"), Formats.phone(model.typed.get()));
            case MY_BOOKINGS -> myBookingsView.list();
        };
        content.getStyleClass().add("content");
        // the tutor's panel is for the tutor, at the smallest size: the person's larger text would push its details off screen
        int fontSize = screen == Screen.TUTOR ? KioskModel.TEXT_SIZES[0] : model.fontSize();
        content.setStyle("-fx-font-size: " + fontSize + "px;");
        content.setId("screen-" + screen.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        stack.getChildren().setAll(content);
        if (screen == Screen.HOME && model.touring()) {
            for (String id : KioskController.TOUR.get(model.tourStep.get()).controls()) {
                Node n = root.lookup("#" + id);
                if (n != null) {
                    n.getStyleClass().add(TOUR_HIGHLIGHT);
                }
            }
        }
        if (model.idleWarning.get() && screen != Screen.IDLE) {
            stack.getChildren().add(idleWarning());
        }
    }

    // ------------------------------------------------------------------ pieces

    /**
     * A button that is never narrower than its words (the stylesheet's minimum would let a crowded row squeeze it into
     * an ellipsis), or than its maximum width with the words wrapped; never lower than its lines of words; and never
     * smaller than a {@value #MIN_BUTTON} px target.
     */
    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text) {
            @Override
            protected double computePrefWidth(double height) {
                double words = Math.max(MIN_BUTTON, super.computePrefWidth(height));
                // a button given a maximum width wraps its words within it instead
                double max = getMaxWidth();
                return max > 0 ? Math.min(words, Math.max(MIN_BUTTON, max)) : words;
            }

            @Override
            protected double computePrefHeight(double width) {
                return Math.max(MIN_BUTTON, super.computePrefHeight(width));
            }
        };
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return b;
    }

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styles);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static HBox row(double spacing, Node... nodes) {
        HBox h = new HBox(spacing, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    private Node topBar() {
        Button home = button("bar-home", msg.get("bar.home"), controller::goHome);
        Button smaller = button("text-smaller", msg.get("bar.textSmaller"), controller::smallerText);
        Button bigger = button("text-bigger", msg.get("bar.textBigger"), controller::biggerText);
        smaller.setDisable(model.textSizeStep.get() == 0);
        bigger.setDisable(model.textSizeStep.get() == KioskModel.TEXT_SIZES.length - 1);
        Button slower = button("voice-slower", msg.get("bar.voiceSlower"), controller::slower);
        Button faster = button("voice-faster", msg.get("bar.voiceFaster"), controller::faster);
        slower.setDisable(model.speechRate.get() <= KioskModel.SLOWEST_RATE);
        faster.setDisable(model.speechRate.get() >= KioskModel.QUICKEST_RATE);
        Button help = button("bar-help", msg.get("bar.help"), controller::openHelp);
        HBox bar = row(12, home, grow(), label(msg.get("bar.text")), smaller, bigger, grow(), label(msg.get("bar.voice")), slower,
                faster, grow(), help);
        bar.getStyleClass().add("top-bar");
        VBox top = new VBox(bar);
        if (model.practiceMode.get()) {
            HBox practice = row(0, label(msg.get("bar.practice")));
            practice.setId("practice-banner");
            practice.getStyleClass().add("status-practice");
            top.getChildren().add(practice);
        }
        return top;
    }

    Node noticeOr(String title) {
        String notice = model.notice.get();
        if (notice != null && !notice.isEmpty()) {
            Label l = label(notice, "notice");
            l.setId("notice");
            return l;
        }
        return label(title, "title");
    }

    // ------------------------------------------------------------------ screens

    private Node idle() {
        Button b = new Button();
        b.setId("idle");
        VBox text = new VBox(30, label(msg.get("idle.title")), label(msg.get("idle.subtitle"), "hint"));
        text.setAlignment(Pos.CENTER);
        b.setGraphic(text);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("idle-button");
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setOnAction(e -> controller.wake());
        StackPane p = new StackPane(b);
        p.setPadding(new Insets(20));
        return p;
    }

    /**
     * One of the home screen's four big choices: its name, and under it a hint (left out during the tour, whose bubble
     * says what the choice does, to leave the bubble room).
     */
    private Button choice(String id, String title, String hint, Runnable action) {
        Button b = button(id, null, action);
        VBox text = new VBox(4, label(title));
        if (!model.touring()) {
            text.getChildren().add(label(hint, "hint"));
        }
        // the names are the largest words on screen: one and a half times the text, up to 56 px so they fit the grid
        b.setStyle("-fx-font-size: " + Math.min(CHOICE_MAX_FONT, model.fontSize() * 3 / 2) + "px;");
        text.setAlignment(Pos.CENTER);
        b.setGraphic(text);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("choice");
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        // the grid shares the screen's height out: a choice may be lower than its words and hint would like
        b.setMinHeight(MIN_BUTTON);
        GridPane.setHgrow(b, Priority.ALWAYS);
        GridPane.setVgrow(b, Priority.ALWAYS);
        return b;
    }

    private Node home() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(24);
        grid.add(choice("choice-talk", msg.get("home.talk"), msg.get("home.talk.hint"), controller::startListening), 0, 0);
        grid.add(choice("choice-write", msg.get("home.write"), msg.get("home.write.hint"), controller::startWriting), 1, 0);
        grid.add(choice("choice-activities", msg.get("home.activities"), msg.get("home.activities.hint"), controller::openActivities),
                0, 1);
        grid.add(choice("choice-help", msg.get("home.help"), msg.get("home.help.hint"), controller::openHelp), 1, 1);
        VBox.setVgrow(grid, Priority.ALWAYS);
        if (model.touring()) {
            return new VBox(16, grid, tourBubble());
        }
        return new VBox(16, noticeOr(msg.get("home.title")), grid, homeExtras());
    }

    /**
     * The home screen's smaller choices: one line of words each, never cut; they flow onto a second row when the three
     * do not fit side by side (at every text size but the smallest).
     */
    private Node homeExtras() {
        Button tour = button("home-tour", msg.get("home.tour"), controller::startTour);
        Button mine = button("home-mine", msg.get("home.mine"), controller::openMyBookings);
        mine.getStyleClass().add("light-button");
        Button cancel = button("home-cancel", msg.get("home.cancel"), controller::openCancel);
        cancel.getStyleClass().add("light-button");
        FlowPane extras = new FlowPane(24, 12, tour, mine, cancel);
        for (Node n : extras.getChildren()) {
            ((Button) n).setWrapText(false);
        }
        extras.setId("home-extras");
        extras.setPrefWrapLength(KioskApp.WIDTH - 40);
        return extras;
    }

    /** The tour's bubble under the home screen's buttons: what the pointed control is, what it does, and the way out. */
    private Node tourBubble() {
        int step = model.tourStep.get();
        Label pointer = label(controller.tourPointer(step), "tour-label", "tour-pointer");
        pointer.setId("tour-pointer");
        Label count = label(msg.get("tour.step", step + 1, KioskController.TOUR.size()), "tour-label");
        count.setId("tour-count");
        count.setWrapText(false);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label say = label(controller.tourSay(step), "tour-label");
        say.setId("tour-text");
        say.setMaxWidth(Double.MAX_VALUE);
        Button back = button("tour-back", msg.get("tour.back"), controller::tourBack);
        back.getStyleClass().add("light-button");
        back.setDisable(step == 0);
        Button next = button("tour-next", msg.get("tour.next"), controller::tourNext);
        Button stop = button("tour-stop", msg.get("tour.stop"), controller::stopTour);
        stop.getStyleClass().add("tour-stop");
        VBox bubble = new VBox(6, row(16, pointer, grow(), count), say, row(16, back, next, grow(), stop));
        bubble.setId("tour-bubble");
        bubble.getStyleClass().add("tour-bubble");
        return bubble;
    }

    private Node listening() {
        Label heard = label(model.heard.get(), "display");
        heard.setId("heard");
        heard.setMaxWidth(Double.MAX_VALUE);
        return new VBox(24, label(msg.get("listen.title"), "title"), label(msg.get("listen.heard")), heard,
                row(24, button("listen-done", msg.get("listen.done"), controller::stopListening),
                        button("listen-write", msg.get("home.write"), controller::startWriting)));
    }

    private Node keyboardScreen(String title, String submitText) {
        Label display = label(model.typed.get() + "▏", "display");
        display.setId("typed");
        display.setMaxWidth(Double.MAX_VALUE);
        VBox keys = keyRows(KEY_ROWS, 104);
        Button delete = button("key-delete", msg.get("key.delete"), controller::backspace);
        delete.getStyleClass().addAll("key", "light-button");
        Button space = button("key-space", msg.get("key.space"), controller::space);
        space.getStyleClass().add("key");
        space.setPrefWidth(440);
        Button submit = button("key-submit", submitText, controller::submitTyped);
        submit.getStyleClass().add("key");
        HBox last = new HBox(8, delete, space, submit);
        last.setAlignment(Pos.CENTER);
        keys.getChildren().add(last);
        return new VBox(10, noticeOr(title), display, keys);
    }

    /** Rows of one-character keys, each typing its character; {@code keyWidth} so the widest row fits 1280 px. */
    private VBox keyRows(String[] rows, double keyWidth) {
        VBox keys = new VBox(8);
        keys.setAlignment(Pos.CENTER);
        for (String rowKeys : rows) {
            HBox r = new HBox(8);
            r.setAlignment(Pos.CENTER);
            for (char c : rowKeys.toCharArray()) {
                String k = String.valueOf(c);
                Button b = button("key-" + k, k, () -> controller.keyTyped(k));
                b.getStyleClass().add("key");
                b.setPrefSize(keyWidth, MIN_BUTTON);
                r.getChildren().add(b);
            }
            keys.getChildren().add(r);
        }
        return keys;
    }

    Node keypadScreen(String title, String shown) {
        Label display = label(shown + "▏", "display");
        display.setId("typed");
        display.setMaxWidth(Double.MAX_VALUE);
        GridPane pad = new GridPane();
        pad.setHgap(10);
        pad.setVgap(8);
        pad.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            pad.add(digit(String.valueOf(d)), (d - 1) % 3, (d - 1) / 3);
        }
        Button delete = button("key-delete", msg.get("key.delete"), controller::backspace);
        delete.getStyleClass().addAll("key", "light-button");
        delete.setPrefSize(220, 100);
        pad.add(delete, 0, 3);
        pad.add(digit("0"), 1, 3);
        Button next = button("key-submit", msg.get("key.next"), controller::submitTyped);
        next.getStyleClass().add("key");
        next.setPrefSize(220, 100);
        pad.add(next, 2, 3);
        return new VBox(10, noticeOr(title), display, pad);
    }

    private Button digit(String d) {
        Button b = button("digit-" + d, d, () -> controller.keyTyped(d));
        b.getStyleClass().add("key");
        b.setPrefSize(220, 100);
        return b;
    }

    private Node activities() {
        VBox box = new VBox(6, noticeOr(msg.get("activities.title")));
        if (model.busy.get()) {
            box.getChildren().add(label(msg.get("activities.loading")));
            return box;
        }
        if (model.activities.isEmpty() && model.notice.get().isEmpty()) {
            box.getChildren().add(label(msg.get("activities.none")));
        }
        List<SessionSlot> page = controller.currentPage();
        for (int i = 0; i < page.size(); i++) {
            SessionSlot s = page.get(i);
            Label title = label(s.title(), "title");
            Label when = label(Formats.whenAndWhere(s.start(), s.centreName()));
            String seats = s.seatsLeft() > 0 ? msg.get("activities.seats", s.seatsLeft())
                    : s.waitlist() ? msg.get("activities.waitlist") : msg.get("activities.noSeats");
            VBox text = new VBox(2, title, when, label(seats));
            HBox.setHgrow(text, Priority.ALWAYS);
            Node action;
            if (s.bookable() && (s.seatsLeft() > 0 || s.waitlist())) {
                action = button("book-" + i, msg.get("activities.book"), () -> controller.startBooking(s));
            } else {
                action = label(msg.get("activities.full"), "warning");
            }
            HBox r = row(20, text, action);
            r.getStyleClass().add("row");
            box.getChildren().add(r);
        }
        box.getChildren().add(grow());
        if (controller.pageCount() > 1) {
            Button prev = button("page-previous", msg.get("activities.previous"), controller::previousPage);
            prev.setDisable(model.activitiesPage.get() == 0);
            Button next = button("page-next", msg.get("activities.next"), controller::nextPage);
            next.setDisable(model.activitiesPage.get() + 1 >= controller.pageCount());
            box.getChildren().add(row(20, prev, label(msg.get("activities.page", model.activitiesPage.get() + 1,
                    controller.pageCount())), next));
        }
        return box;
    }

    private Node bookingCheck() {
        SessionSlot s = model.bookingSlot.get();
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(8);
        String[][] rows = {
            {msg.get("booking.activity"), s == null ? "" : s.title()},
            {msg.get("booking.when"), s == null ? "" : Formats.when(s.start())},
            {msg.get("booking.name"), model.draftName.get()},
            {msg.get("booking.phone"), Formats.phone(model.draftPhone.get())}};
        for (int i = 0; i < rows.length; i++) {
            g.add(label(rows[i][0] + ":"), 0, i);
            Label v = label(rows[i][1], "title");
            v.setId("check-" + i);
            g.add(v, 1, i);
        }
        Button confirm = button("confirm", msg.get("booking.confirm"), controller::confirmBooking);
        confirm.setDisable(model.busy.get());
        Button correct = button("correct", msg.get("booking.correct"), controller::correctBooking);
        correct.getStyleClass().add("light-button");
        VBox box = new VBox(16, noticeOr(msg.get("booking.checkTitle")), g, grow());
        if (model.busy.get()) {
            box.getChildren().add(label(msg.get("booking.sending")));
        }
        box.getChildren().add(row(24, confirm, correct, grow(), button("repeat", msg.get("conversation.repeat"), controller::repeat)));
        return box;
    }

    private Node bookingDone() {
        BookingReceipt r = model.receipt.get();
        Label message = label(model.bookingMessage.get(), "title");
        message.setId("booking-message");
        VBox box = new VBox(8, message);
        if (r != null) {
            Label code = new Label(r.code());
            code.setId("code");
            code.getStyleClass().add("code");
            // on one line with its label: at the largest text the activity and its centre need the room
            box.getChildren().add(row(16, label(msg.get("booking.code")), code));
            if (r.title() != null) {
                box.getChildren().add(label(r.title() + (r.start() == null ? "" : ", " + Formats.when(r.start()))));
            }
            if (r.centreName() != null) {
                // where to go: booked by voice, it may be at another centre than this kiosk's
                Label where = label(r.centreName());
                where.setId("booking-where");
                box.getChildren().add(where);
            }
        }
        if (!model.notice.get().isEmpty()) {
            box.getChildren().add(noticeOr(""));
        }
        box.getChildren().add(grow());
        HBox actions = row(24, button("repeat", msg.get("conversation.repeat"), controller::repeat));
        if (r != null) {
            actions.getChildren().add(button("print", msg.get("booking.print"), controller::printReceipt));
        }
        actions.getChildren().addAll(grow(), button("done-home", msg.get("bar.home"), controller::goHome));
        String status = r == null || r.status() == null ? "" : r.status().toUpperCase(Locale.ROOT);
        if (r != null && r.code() != null && (status.equals("CONFIRMED") || status.equals("WAITLISTED"))) {
            Button cancel = button("cancel-this", msg.get("cancel.thisOne"), controller::cancelThisBooking);
            cancel.getStyleClass().add("light-button");
            box.getChildren().add(row(24, grow(), cancel));
        }
        box.getChildren().add(actions);
        return box;
    }

    private Node codeKeyboard() {
        String typed = model.typed.get();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < KioskController.CODE_LENGTH; i++) {
            shown.append(i == 0 ? "" : " ").append(i < typed.length() ? typed.charAt(i) : '_');
        }
        Label display = label(shown.toString(), "display", "code-display");
        display.setId("typed");
        display.setMaxWidth(Double.MAX_VALUE);
        VBox keys = keyRows(CODE_ROWS, 130);
        // not "Cancella": on this screen that word means cancelling the booking
        Button delete = button("key-delete", msg.get("cancel.deleteKey"), controller::backspace);
        delete.getStyleClass().addAll("key", "light-button");
        delete.setPrefWidth(340);
        Button submit = button("key-submit", msg.get("cancel.search"), controller::submitTyped);
        submit.getStyleClass().add("key");
        submit.setPrefWidth(300);
        submit.setDisable(model.busy.get());
        HBox last = new HBox(24, delete, submit);
        last.setAlignment(Pos.CENTER);
        keys.getChildren().add(last);
        Node top = model.busy.get() ? label(msg.get("cancel.searching"), "title") : noticeOr(msg.get("cancel.codeTitle"));
        return new VBox(10, top, display, keys);
    }

    private Node cancelCheck() {
        BookingReceipt r = model.cancelReceipt.get();
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(8);
        // the names never shrink: a long value (a centre's name) wraps instead
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(names, values);
        String[][] rows = {
            {"cancel-title", msg.get("booking.activity"), r == null || r.title() == null ? "" : r.title()},
            {"cancel-when", msg.get("booking.when"), r == null ? "" : Formats.when(r.start())},
            {"cancel-where", msg.get("booking.where"), r == null || r.centreName() == null ? "" : r.centreName()},
            {"cancel-code", msg.get("cancel.code"), r == null ? "" : r.code() == null ? msg.get("cancel.noCode") : r.code()}};
        for (int i = 0; i < rows.length; i++) {
            if (r != null && (r.title() == null && i < 3 || r.centreName() == null && i == 2)) {
                // a code that could not be checked offline: nothing is known but the code; or no centre is known
                continue;
            }
            g.add(label(rows[i][1] + ":"), 0, i);
            // the centre's name in body text: a long one then keeps to one line even at the largest size
            Label v = i == 2 ? label(rows[i][2]) : label(rows[i][2], "title");
            v.setId(rows[i][0]);
            g.add(v, 1, i);
        }
        Button yes = button("cancel-yes", msg.get("cancel.yes"), controller::confirmCancel);
        yes.setDisable(model.busy.get());
        Button no = button("cancel-no", msg.get("cancel.no"), controller::keepBooking);
        no.getStyleClass().add("light-button");
        VBox box = new VBox(16, noticeOr(msg.get("cancel.checkTitle")), g, grow());
        if (model.busy.get()) {
            box.getChildren().add(label(msg.get("cancel.sending")));
        }
        box.getChildren().add(row(24, yes, no, grow(), button("repeat", msg.get("conversation.repeat"), controller::repeat)));
        return box;
    }

    private Node cancelDone() {
        Label message = label(model.cancelMessage.get(), "title");
        message.setId("cancel-message");
        return new VBox(16, message, grow(), row(24, button("repeat", msg.get("conversation.repeat"), controller::repeat), grow(),
                button("done-home", msg.get("bar.home"), controller::goHome)));
    }

    private Node guide() {
        Label step = label(msg.get("guide.step", model.guideStep.get()), "title");
        step.setId("guide-step");
        Label text = label(model.busy.get() ? msg.get("conversation.busy") : model.answerText.get(), "answer");
        text.setId("guide-text");
        text.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(text);
        card.getStyleClass().add("answer-card");
        VBox.setVgrow(card, Priority.ALWAYS);
        Button back = button("guide-back", msg.get("guide.back"), controller::guideBack);
        back.setDisable(model.guideStep.get() <= 1 || model.busy.get());
        Button next = button("guide-next", msg.get("guide.next"), controller::guideNext);
        next.setDisable(model.busy.get());
        Button exit = button("guide-exit", msg.get("guide.exit"), controller::goHome);
        exit.getStyleClass().add("light-button");
        return new VBox(16, row(20, label(msg.get("guide.title")), grow(), step), card,
                row(20, back, button("guide-repeat", msg.get("guide.repeat"), controller::guideRepeat), next, grow(), exit));
    }

    private Node help() {
        VBox box = new VBox(24);
        if (model.operatorCalled.get()) {
            Label called = label(msg.get("help.called"), "title");
            called.setId("help-called");
            box.getChildren().add(called);
        } else {
            // a call that could not be made says so here, with the way to the desk
            box.getChildren().addAll(noticeOr(msg.get("help.question")),
                    button("call-operator", msg.get("help.call"), controller::callOperator));
        }
        // without a configured PIN the tutor area is off: no button that could never open
        if (controller.settings().tutorPin() != null) {
            Button tutor = button("tutor", msg.get("help.tutor"), controller::openTutor);
            tutor.getStyleClass().add("light-button");
            box.getChildren().addAll(grow(), row(20, grow(), tutor));
        }
        return box;
    }

    private Node tutor() {
        boolean practice = model.practiceMode.get();
        Label status = label(msg.get("tutor.practice") + ": " + msg.get(practice ? "tutor.practiceOn" : "tutor.practiceOff"),
                practice ? "warning" : "title");
        status.setId("practice-status");
        Button toggle = button("practice-toggle", msg.get(practice ? "tutor.practiceToggleOff" : "tutor.practiceToggleOn"),
                () -> controller.setPracticeMode(!practice));
        toggle.setWrapText(false);
        HBox sizes = row(12, label(msg.get("tutor.textSize", model.textSizeStep.get() + 1)));
        for (int i = 0; i < KioskModel.TEXT_SIZES.length; i++) {
            int step = i;
            Button b = button("tutor-text-" + i, String.valueOf(i + 1), () -> controller.setTextSize(step));
            b.setDisable(i == model.textSizeStep.get());
            sizes.getChildren().add(b);
        }
        Label rate = label(msg.get("tutor.speechRate", String.format(Locale.ITALIAN, "%.2f", model.speechRate.get())));
        rate.setId("tutor-rate");
        HBox rates = row(12, rate,
                button("tutor-rate-slow", msg.get("bar.voiceSlower"), () -> controller.setSpeechRate(0.75)),
                button("tutor-rate-normal", "Normale", () -> controller.setSpeechRate(KioskModel.NORMAL_RATE)),
                button("tutor-rate-fast", msg.get("bar.voiceFaster"), () -> controller.setSpeechRate(1.25)));
        AskReply last = model.lastReply.get();
        String none = msg.get("tutor.none");
        String sources = last == null || last.sources().isEmpty() ? none
                : last.sources().stream().map(s -> s.title() + " (" + s.type() + ", " + s.id() + ")").collect(Collectors.joining("; "));
        Label heard = label(msg.get("tutor.heard", model.question.get().isEmpty() ? none : model.question.get()), SMALL_PRINT);
        heard.setId("tutor-heard");
        Label intent = label(msg.get("tutor.intent", last == null || last.intent() == null ? none : last.intent()), SMALL_PRINT);
        intent.setId("tutor-intent");
        Label src = label(msg.get("tutor.sources", sources), SMALL_PRINT);
        src.setId("tutor-sources");
        // the way out and the tour on the first row: at the larger text sizes the panel is taller than the screen
        return new VBox(12, row(20, label(msg.get("tutor.title"), "title"), grow(),
                        button("tutor-tour", msg.get("tutor.tour"), controller::startTourFromTutor),
                        button("tutor-exit", msg.get("tutor.exit"), controller::closeTutor)),
                row(20, status, grow(), toggle), sizes, rates, heard, intent, src);
    }

    private Node idleWarning() {
        Label text = label(msg.get("idle.warning"), "title");
        text.setId("idle-warning");
        Button finish = button("idle-finish", msg.get("idle.finish"), controller::reset);
        finish.getStyleClass().add("light-button");
        VBox dialog = new VBox(text, row(24, button("idle-continue", msg.get("idle.continue"), controller::continueSession), finish));
        dialog.getStyleClass().add("dialog");
        dialog.setAlignment(Pos.CENTER);
        StackPane overlay = new StackPane(dialog);
        overlay.getStyleClass().add("overlay");
        overlay.setStyle("-fx-font-size: " + model.fontSize() + "px;");
        return overlay;
    }
}

package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.SessionSlot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the kiosk shows, as observable properties. Only the JavaFX thread touches it (the controller moves background
 * results here with {@code Platform.runLater}). Personal data (question, answer, draft) is cleared by
 * {@link #clearPersonal()}.
 */
public final class KioskModel {
    /** Text size steps: body font size in px for step 0, 1, 2. */
    public static final int[] TEXT_SIZES = {32, 40, 48};
    /** List rows per page for each text size step; the smallest size shows {@code KioskController.PAGE_SIZE}. */
    private static final int[] ROWS_PER_PAGE = {3, 2, 1};
    /** The same for "le mie prenotazioni", whose rows have a line more: where the activity is held. */
    private static final int[] BOOKING_ROWS_PER_PAGE = {2, 1, 1};
    public static final double NORMAL_RATE = 1.0;
    public static final double SLOWEST_RATE = 0.5;
    public static final double QUICKEST_RATE = 1.5;
    public static final double RATE_STEP = 0.25;

    public final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.IDLE);

    // conversation
    public final StringProperty question = new SimpleStringProperty("");
    public final StringProperty answerText = new SimpleStringProperty("");
    public final StringProperty answerSpeech = new SimpleStringProperty("");
    public final ObservableList<String> suggestions = FXCollections.observableArrayList();
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final BooleanProperty offline = new SimpleBooleanProperty(false);
    public final StringProperty sessionId = new SimpleStringProperty(null);
    public final ObjectProperty<AskReply> lastReply = new SimpleObjectProperty<>(null);
    /** Words heard so far while listening (shown live). */
    public final StringProperty heard = new SimpleStringProperty("");
    /** The on-screen keyboard's text (question, name, phone or PIN, depending on the screen). */
    public final StringProperty typed = new SimpleStringProperty("");
    /** A short notice for the person (e.g. "the microphone does not work, please write"). */
    public final StringProperty notice = new SimpleStringProperty("");

    // activities and booking
    public final ObservableList<SessionSlot> activities = FXCollections.observableArrayList();
    public final IntegerProperty activitiesPage = new SimpleIntegerProperty(0);
    public final ObjectProperty<SessionSlot> bookingSlot = new SimpleObjectProperty<>(null);
    public final StringProperty draftName = new SimpleStringProperty("");
    public final StringProperty draftPhone = new SimpleStringProperty("");
    public final StringProperty draftKey = new SimpleStringProperty(null);
    public final ObjectProperty<BookingReceipt> receipt = new SimpleObjectProperty<>(null);
    public final StringProperty bookingMessage = new SimpleStringProperty("");

    // cancelling a booking by its code
    public final ObjectProperty<BookingReceipt> cancelReceipt = new SimpleObjectProperty<>(null);
    public final StringProperty cancelMessage = new SimpleStringProperty("");

    /** The booking being cancelled when it was made offline and has no code yet: its Idempotency-Key, else null. */
    public final StringProperty cancelQueueKey = new SimpleStringProperty(null);
    /** The code whose cancellation the done screen said would be sent later (it waits in the outbox), else null. */
    public final StringProperty queuedCancelCode = new SimpleStringProperty(null);

    // "le mie prenotazioni": the list found for the phone typed (null while none was asked for), and its page
    public final ObjectProperty<HeldBookings> myBookings = new SimpleObjectProperty<>(null);
    public final IntegerProperty myBookingsPage = new SimpleIntegerProperty(0);

    // first-use tour: the step shown, or -1 when there is no tour
    public final IntegerProperty tourStep = new SimpleIntegerProperty(-1);

    // guide
    public final StringProperty guideId = new SimpleStringProperty(null);
    public final IntegerProperty guideStep = new SimpleIntegerProperty(0);

    // help
    public final BooleanProperty operatorCalled = new SimpleBooleanProperty(false);

    // settings for the person in front of the kiosk
    public final IntegerProperty textSizeStep = new SimpleIntegerProperty(0);
    public final DoubleProperty speechRate = new SimpleDoubleProperty(NORMAL_RATE);
    public final BooleanProperty idleWarning = new SimpleBooleanProperty(false);

    /** The voice speed each person starts with ({@code kiosk.speech-rate}); {@link #clearPersonal()} returns to it. */
    private double startingRate = NORMAL_RATE;

    // tutor
    public final BooleanProperty practiceMode = new SimpleBooleanProperty(false);
    public final BooleanProperty tutorUnlocked = new SimpleBooleanProperty(false);

    /** Body font size in px for the current text size step. */
    public int fontSize() {
        return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, textSizeStep.get()))];
    }

    /** Sets the voice speed each person starts with, and the current one. */
    public void startingRate(double rate) {
        startingRate = rate;
        speechRate.set(rate);
    }

    public double startingRate() {
        return startingRate;
    }

    /** Rows per page of a list (activities, suggestions) at the current text size: larger text needs more room per row. */
    public int rowsPerPage() {
        return ROWS_PER_PAGE[Math.max(0, Math.min(ROWS_PER_PAGE.length - 1, textSizeStep.get()))];
    }

    /** Rows per page of "le mie prenotazioni" at the current text size. */
    public int bookingRowsPerPage() {
        return BOOKING_ROWS_PER_PAGE[Math.max(0, Math.min(BOOKING_ROWS_PER_PAGE.length - 1, textSizeStep.get()))];
    }

    public boolean touring() {
        return tourStep.get() >= 0;
    }

    /** Forgets everything about the person: conversation, booking draft, what was heard, their settings. */
    public void clearPersonal() {
        question.set("");
        answerText.set("");
        answerSpeech.set("");
        suggestions.clear();
        busy.set(false);
        sessionId.set(null);
        lastReply.set(null);
        heard.set("");
        typed.set("");
        notice.set("");
        activities.clear();
        activitiesPage.set(0);
        bookingSlot.set(null);
        draftName.set("");
        draftPhone.set("");
        draftKey.set(null);
        receipt.set(null);
        bookingMessage.set("");
        guideId.set(null);
        guideStep.set(0);
        operatorCalled.set(false);
        textSizeStep.set(0);
        speechRate.set(startingRate);
        cancelReceipt.set(null);
        cancelMessage.set("");
        cancelQueueKey.set(null);
        queuedCancelCode.set(null);
        myBookings.set(null);
        myBookingsPage.set(0);
        tourStep.set(-1);
        idleWarning.set(false);
        tutorUnlocked.set(false);
    }
}

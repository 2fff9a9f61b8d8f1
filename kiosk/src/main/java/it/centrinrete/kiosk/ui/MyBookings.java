package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.Unreachable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Le mie prenotazioni": the phone number on the keypad, the server's list (and the kiosk's outbox) one booking per
 * row, read aloud briefly, each with "Annulla questa" leading to the usual cancel confirmation. The controller
 * delegates to it; like the controller, its public methods run on the JavaFX thread.
 */
public final class MyBookings {
    /** Read aloud at most this many; the rest are on the screen. */
    private static final int READ_ALOUD = 3;
    private static final int MIN_PHONE_DIGITS = 6;
    private static final Logger LOG = Logger.getLogger(MyBookings.class.getName());
    /** The server's status of a cancelled booking. */
    private static final String CANCELLED = "CANCELLED";

    private final KioskModel model;
    private final AssistantPort assistant;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> speak;
    private final IntSupplier generation;
    private final Messages msg = Messages.italian();

    MyBookings(KioskModel model, AssistantPort assistant, Executor background, Executor fx, Consumer<String> speak,
               IntSupplier generation) {
        this.model = model;
        this.assistant = assistant;
        this.background = background;
        this.fx = fx;
        this.speak = speak;
        this.generation = generation;
    }

    /** "Le mie prenotazioni" on the home screen, or said aloud without a number: the phone keypad. */
    void open() {
        model.myBookings.set(null);
        model.myBookingsPage.set(0);
        model.typed.set("");
        model.notice.set("");
        model.screen.set(Screen.MY_BOOKINGS_PHONE);
        speak.accept(msg.get("mine.askPhone"));
    }

    /**
     * The dialogue understood "le mie prenotazioni": with a number in what was said the list is looked up at once,
     * without one the keypad opens (typing it is surer than a number heard digit by digit).
     */
    void fromDialogue(String said) {
        String digits = said == null ? "" : said.replaceAll("\\D", "");
        if (digits.length() >= MIN_PHONE_DIGITS) {
            search(digits);
        } else {
            open();
        }
    }

    /** "Avanti" on the keypad. */
    void phoneDone() {
        String phone = model.typed.get().replaceAll("\\D", "");
        if (phone.length() < MIN_PHONE_DIGITS) {
            model.notice.set(msg.get("booking.phoneMissing"));
            speak.accept(msg.get("booking.phoneMissing"));
            return;
        }
        search(phone);
    }

    private void search(String phone) {
        if (model.busy.get()) {
            return;
        }
        model.busy.set(true);
        model.notice.set("");
        model.typed.set("");
        model.myBookings.set(null);
        model.myBookingsPage.set(0);
        model.screen.set(Screen.MY_BOOKINGS);
        int gen = generation.getAsInt();
        background.execute(() -> {
            try {
                HeldBookings found = assistant.bookingsFor(phone);
                fx.execute(() -> {
                    if (gen == generation.getAsInt()) {
                        show(found);
                    }
                });
            } catch (Unreachable e) {
                fx.execute(() -> problem(gen, msg.get("mine.offline"), true));
            } catch (Refusal e) {
                fx.execute(() -> refused(gen, e));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "looking bookings up failed", e);
                fx.execute(() -> problem(gen, msg.get("error.generic"), false));
            }
        });
    }

    private void show(HeldBookings found) {
        model.busy.set(false);
        model.offline.set(!found.serverChecked());
        model.myBookings.set(found);
        // offline, said on screen too: the list may lack bookings made elsewhere
        model.notice.set(found.serverChecked() ? "" : msg.get("mine.offline"));
        speak.accept(summary(found));
    }

    private void refused(int gen, Refusal e) {
        if (gen != generation.getAsInt()) {
            return;
        }
        // a number the server cannot read: back to the keypad to correct it
        model.busy.set(false);
        model.screen.set(Screen.MY_BOOKINGS_PHONE);
        String text = "invalid_lookup".equals(e.code()) ? msg.get("refusal.invalid_lookup") : msg.get("error.generic");
        model.notice.set(text);
        speak.accept(text);
    }

    private void problem(int gen, String text, boolean offline) {
        if (gen != generation.getAsInt()) {
            return;
        }
        model.busy.set(false);
        model.offline.set(offline);
        model.myBookings.set(new HeldBookings(List.of(), !offline));
        model.notice.set(text);
        speak.accept(text);
    }

    /** What is read aloud: how many, then the first few in a line each; offline, what cannot be checked. */
    String summary(HeldBookings found) {
        List<String> parts = new ArrayList<>();
        List<HeldBookings.Held> list = found.bookings();
        if (list.isEmpty()) {
            parts.add(msg.get("mine.none"));
        } else {
            parts.add(list.size() == 1 ? msg.get("mine.countOne") : msg.get("mine.count", list.size()));
            for (HeldBookings.Held held : list.subList(0, Math.min(READ_ALOUD, list.size()))) {
                BookingReceipt r = held.receipt();
                String title = r.title() == null ? "" : r.title();
                parts.add(r.centreName() == null ? msg.get("mine.item", title, Formats.when(r.start()), status(r))
                    : msg.get("mine.itemWhere", title, Formats.when(r.start()), r.centreName(), status(r)));
            }
            if (list.size() > READ_ALOUD) {
                parts.add(msg.get("mine.more", list.size() - READ_ALOUD));
            }
        }
        if (!found.serverChecked()) {
            parts.add(msg.get("mine.offline"));
        }
        return String.join(" ", parts);
    }

    /** The status in words, never by colour alone. */
    public String status(BookingReceipt r) {
        String status = r.status() == null ? "" : r.status().toUpperCase(Locale.ROOT);
        return switch (status) {
            case "WAITLISTED" -> msg.get("status.waitlisted");
            case BookingReceipt.QUEUED -> msg.get("status.queued");
            case BookingReceipt.CANCEL_QUEUED -> msg.get("status.cancelQueued");
            case BookingReceipt.CANCEL_REFUSED -> msg.get("status.cancelRefused");
            case CANCELLED -> msg.get("status.cancelled");
            default -> msg.get("status.confirmed");
        };
    }

    /**
     * Whether "Annulla questa" makes sense: not for one whose cancellation already waits to be sent, nor for one now
     * cancelled. After a refused cancellation it stays: trying again says why at once.
     */
    public static boolean cancellable(HeldBookings.Held held) {
        String status = held.receipt().status();
        return !BookingReceipt.CANCEL_QUEUED.equalsIgnoreCase(status) && !CANCELLED.equalsIgnoreCase(status);
    }

    /**
     * A cancellation from the kiosk's outbox was decided while this list is on screen: the row waiting for it shows how
     * it ended, and that is said. False when no row here waits for it.
     */
    boolean cancellationDecided(String code, boolean cancelled, String refusalCode) {
        HeldBookings found = model.myBookings.get();
        if (found == null) {
            return false;
        }
        List<HeldBookings.Held> rows = new ArrayList<>(found.bookings());
        for (int i = 0; i < rows.size(); i++) {
            BookingReceipt r = rows.get(i).receipt();
            if (code.equals(r.code()) && BookingReceipt.CANCEL_QUEUED.equalsIgnoreCase(r.status())) {
                rows.set(i, new HeldBookings.Held(r.withStatus(cancelled ? CANCELLED : BookingReceipt.CANCEL_REFUSED), null));
                model.myBookings.set(new HeldBookings(rows, found.serverChecked()));
                String title = r.title() == null ? "" : r.title();
                speak.accept(cancelled ? msg.get("mine.cancelSent", title)
                    : msg.get("mine.cancelRefused", title, msg.refusal(refusalCode, "cancel.askStaff")));
                return true;
            }
        }
        return false;
    }

    /** "Annulla questa" on a row: the cancel confirmation, as for a code typed in. */
    void cancel(HeldBookings.Held held) {
        if (!cancellable(held)) {
            return;
        }
        BookingReceipt r = held.receipt();
        model.cancelReceipt.set(r);
        model.cancelQueueKey.set(held.queueKey());
        model.cancelMessage.set("");
        model.notice.set("");
        model.screen.set(Screen.CANCEL_CHECK);
        String title = r.title() == null ? "" : r.title();
        speak.accept(r.code() == null ? msg.get("cancel.checkQueued", title, Formats.when(r.start()))
            : msg.get("cancel.check", title, Formats.when(r.start()), Formats.spelled(r.code())));
    }

    public int pageCount() {
        HeldBookings found = model.myBookings.get();
        int size = found == null ? 0 : found.bookings().size();
        return Math.max(1, (size + model.bookingRowsPerPage() - 1) / model.bookingRowsPerPage());
    }

    public List<HeldBookings.Held> currentPage() {
        HeldBookings found = model.myBookings.get();
        List<HeldBookings.Held> all = found == null ? List.of() : found.bookings();
        int from = Math.min(all.size(), model.myBookingsPage.get() * model.bookingRowsPerPage());
        return all.subList(from, Math.min(all.size(), from + model.bookingRowsPerPage()));
    }

    void nextPage() {
        if (model.myBookingsPage.get() + 1 < pageCount()) {
            model.myBookingsPage.set(model.myBookingsPage.get() + 1);
        }
    }

    void previousPage() {
        if (model.myBookingsPage.get() > 0) {
            model.myBookingsPage.set(model.myBookingsPage.get() - 1);
        }
    }
}

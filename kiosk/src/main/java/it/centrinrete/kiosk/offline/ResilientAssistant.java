package it.centrinrete.kiosk.offline;

import it.centrinrete.kiosk.config.KioskSettings;
import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.KioskProfile;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The assistant the screens use: the server when it answers, the kiosk's own means when it does not.
 * <ul>
 *   <li>{@link #ask}: offline, answered from the last snapshot ({@link AskReply#offline()} true).</li>
 *   <li>{@link #book}: offline, the draft goes to the durable outbox and the receipt has status {@value BookingReceipt#QUEUED} and
 *       no code (start, title and centre filled from the last activity list when known). The screen says "in attesa
 *       di conferma"; the code comes later through {@link #onBookingDecided} or {@link #outcome}.</li>
 *   <li>{@link #activities}: offline, the last list the server gave for those days (seats left may be stale).</li>
 *   <li>{@link #booking}: needs the server; offline it throws {@link Unreachable}.</li>
 *   <li>{@link #cancel}: offline, the code goes to the durable cancellation outbox and the receipt has status
 *       {@value BookingReceipt#CANCEL_QUEUED}; how it ended comes later through {@link #onCancellationDecided} or
 *       {@link #cancelOutcome}. {@link #cancelQueued} takes a booking made offline out of the outbox.</li>
 *   <li>{@link #bookingsFor}: the server's list plus the bookings in the outbox; offline the outbox's alone.</li>
 *   <li>Every receipt it returns names its centre ({@link BookingReceipt#centreName()}): the server's name when it
 *       gives one, else (an older server, a centre gone from its content) the knowledge snapshot's, else the last
 *       activity lists'.</li>
 *   <li>{@link #callHelp}: needs the server and is never queued; offline it throws {@link Unreachable} at once, so the
 *       screen can send the person to the desk without making them wait.</li>
 * </ul>
 * Once a call finds the server away, questions and bookings stop waiting for it: they are handled offline at once
 * while the background sender probes the server with growing pauses (at most {@link #LONGEST_PAUSE}) and sends the
 * outbox when it is back. Every call blocks; listeners are called on the thread that noticed the change.
 */
public final class ResilientAssistant implements AssistantPort, AutoCloseable {
    static final Duration REFRESH_EVERY = Duration.ofMinutes(5);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ResilientAssistant.class.getName());

    private final HttpAssistantClient server;
    private final BookingQueue queue;
    private final CancelQueue cancels;
    private final OfflineKnowledge knowledge;
    private final ActivityCache activities;
    private final QueueSender sender;
    private final AtomicBoolean online = new AtomicBoolean(true);
    private volatile KioskProfile lastProfile;
    private final List<ConnectivityListener> connectivityListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<BookingOutcome>> outcomeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CancelOutcome>> cancelListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<KioskProfile>> profileListeners = new CopyOnWriteArrayList<>();

    /**
     * A resilient assistant keeping its files in {@code dataDir}; call {@link #start()} to run the background sender.
     *
     * @param centreId the kiosk's centre, to prefer it in offline answers
     */
    public ResilientAssistant(HttpAssistantClient server, Path dataDir, String centreId) {
        this.server = server;
        this.queue = new BookingQueue(dataDir);
        this.cancels = new CancelQueue(dataDir);
        this.knowledge = OfflineKnowledge.open(dataDir, centreId);
        this.activities = new ActivityCache(dataDir);
        this.sender = new QueueSender(server, queue, cancels, knowledge,
            new QueueSender.Listeners(this::decided, this::cancelDecided, this::reachable, this::profile),
            this::online, REFRESH_EVERY, LONGEST_PAUSE);
    }

    /** The kiosk's assistant as its settings describe, with the background sender running. */
    public static ResilientAssistant start(KioskSettings settings) {
        ResilientAssistant assistant = new ResilientAssistant(new HttpAssistantClient(settings.server(), settings.token()),
            settings.dataDir(), settings.centre());
        assistant.start();
        return assistant;
    }

    /** Starts the background sender: a first pass (outbox, snapshot) now, then on its own schedule. */
    public void start() {
        sender.start();
    }

    @Override
    public AskReply ask(String text, String sessionId) throws Unreachable, Refusal {
        if (online()) {
            try {
                AskReply reply = server.ask(text, sessionId);
                reachable(true);
                return reply;
            } catch (Unreachable e) {
                wentAway(e);
            }
        }
        return knowledge.answer(text, sessionId);
    }

    @Override
    public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) throws Unreachable, Refusal {
        if (online()) {
            try {
                List<SessionSlot> fresh = server.activities(from, to, centreId);
                reachable(true);
                activities.remember(from, to, centreId, fresh);
                return fresh;
            } catch (Unreachable e) {
                wentAway(e);
            }
        }
        return activities.between(from, to, centreId);
    }

    /**
     * Books now, or, when the server cannot be reached, keeps the draft in the outbox and returns a {@value BookingReceipt#QUEUED}
     * receipt with a null code. Throws {@link Unreachable} only if the draft could not even be saved on the kiosk.
     */
    @Override
    public BookingReceipt book(BookingDraft draft) throws Unreachable, Refusal {
        if (online()) {
            try {
                BookingReceipt receipt = server.book(draft);
                reachable(true);
                return named(receipt);
            } catch (Unreachable e) {
                wentAway(e);
            }
        }
        try {
            queue.enqueue(draft);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "a booking could not be saved in the outbox", e);
            throw new Unreachable("the server cannot be reached and the booking could not be saved on the kiosk", e);
        }
        sender.wake();
        return queuedReceipt(draft);
    }

    private BookingReceipt queuedReceipt(BookingDraft draft) {
        Optional<SessionSlot> slot = activities.find(draft.activitySessionId());
        return new BookingReceipt(null, BookingReceipt.QUEUED, draft.activitySessionId(), slot.map(SessionSlot::start).orElse(null),
            slot.map(SessionSlot::title).orElse(null), slot.map(SessionSlot::centre).orElse(null),
            slot.map(SessionSlot::centreName).orElse(null), 0);
    }

    /** The receipt with its centre's name, when the server left it out and the kiosk knows it. */
    private BookingReceipt named(BookingReceipt receipt) {
        if (receipt == null || receipt.centreName() != null || receipt.centre() == null) {
            return receipt;
        }
        return knowledge.centreName(receipt.centre()).or(() -> activities.centreName(receipt.centre()))
            .map(receipt::withCentreName).orElse(receipt);
    }

    @Override
    public Optional<BookingReceipt> booking(String code) throws Unreachable, Refusal {
        try {
            Optional<BookingReceipt> receipt = server.booking(code);
            reachable(true);
            return receipt.map(this::named);
        } catch (Unreachable e) {
            wentAway(e);
            throw e;
        }
    }

    /**
     * Cancels now, or, when the server cannot be reached, keeps the code in the cancellation outbox and returns a
     * {@value BookingReceipt#CANCEL_QUEUED} receipt. Throws {@link Unreachable} only if the code could not even be saved.
     */
    @Override
    public BookingReceipt cancel(String code) throws Unreachable, Refusal {
        if (online()) {
            try {
                BookingReceipt receipt = server.cancel(code);
                reachable(true);
                return receipt;
            } catch (Unreachable e) {
                wentAway(e);
            }
        }
        try {
            cancels.enqueue(code);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "a cancellation could not be saved in the outbox", e);
            throw new Unreachable("the server cannot be reached and the cancellation could not be saved on the kiosk", e);
        }
        sender.wake();
        return new BookingReceipt(code, BookingReceipt.CANCEL_QUEUED, null, null, null, null, 0);
    }

    /**
     * A booking made offline, cancelled by the person: out of the outbox ({@value BookingReceipt#WITHDRAWN}); if the sender booked
     * it in the meantime, that booking is cancelled like any other (now, or through the cancellation outbox).
     */
    @Override
    public BookingReceipt cancelQueued(String idempotencyKey) throws Unreachable, Refusal {
        try {
            if (queue.withdraw(idempotencyKey)) {
                return new BookingReceipt(null, BookingReceipt.WITHDRAWN, null, null, null, null, 0);
            }
        } catch (IOException e) {
            throw new Unreachable("the booking could not be taken out of the kiosk's outbox", e);
        }
        Optional<BookingOutcome> outcome = queue.outcome(idempotencyKey);
        if (outcome.isPresent() && outcome.get().booked()) {
            return cancel(outcome.get().receipt().code());
        }
        throw new Refusal(404, "unknown_booking", "no booking waits in the outbox under this key");
    }

    /**
     * The person's bookings: the server's (those whose cancellation waits in the outbox marked {@value BookingReceipt#CANCEL_QUEUED},
     * those whose cancellation sent from it was refused {@value BookingReceipt#CANCEL_REFUSED}) and the outbox's for this number
     * ({@value BookingReceipt#QUEUED}); offline the outbox's alone, not {@code serverChecked}.
     */
    @Override
    public HeldBookings bookingsFor(String phone) throws Unreachable, Refusal {
        List<HeldBookings.Held> held = new ArrayList<>();
        boolean checked = false;
        if (online()) {
            try {
                for (HeldBookings.Held one : server.bookingsFor(phone).bookings()) {
                    held.add(asKnownHere(one));
                }
                reachable(true);
                checked = true;
            } catch (Unreachable e) {
                wentAway(e);
            }
        }
        for (BookingDraft draft : queue.pendingFor(phone)) {
            held.add(new HeldBookings.Held(queuedReceipt(draft), draft.idempotencyKey()));
        }
        return new HeldBookings(held, checked);
    }

    /**
     * A booking the server holds, with its centre's name and a status telling whether a cancellation from this kiosk
     * waits or was refused.
     */
    private HeldBookings.Held asKnownHere(HeldBookings.Held one) {
        BookingReceipt r = named(one.receipt());
        String status = cancels.isPending(r.code()) ? BookingReceipt.CANCEL_QUEUED
            : cancelRefused(r.code()) ? BookingReceipt.CANCEL_REFUSED : null;
        return new HeldBookings.Held(status == null ? r : r.withStatus(status), one.queueKey());
    }

    private boolean cancelRefused(String code) {
        return cancels.outcome(code).filter(outcome -> outcome.result() == CancelOutcome.Result.REFUSED).isPresent();
    }

    @Override
    public void callHelp(String reason, String sessionId) throws Unreachable, Refusal {
        if (!online()) {
            throw new Unreachable("the kiosk is offline: the help call was not made", null);
        }
        try {
            server.callHelp(reason, sessionId);
            reachable(true);
        } catch (Unreachable e) {
            wentAway(e);
            throw e;
        }
    }

    /** Whether the server answered last time anyone asked. */
    public boolean online() {
        return online.get();
    }

    public void addConnectivityListener(ConnectivityListener listener) {
        connectivityListeners.add(listener);
    }

    public void removeConnectivityListener(ConnectivityListener listener) {
        connectivityListeners.remove(listener);
    }

    /** Told of each queued booking the server decided, on the background sender's thread. */
    public void onBookingDecided(Consumer<BookingOutcome> listener) {
        outcomeListeners.add(listener);
    }

    /** What the server decided about a queued booking; empty while it is still waiting. */
    public Optional<BookingOutcome> outcome(String idempotencyKey) {
        return queue.outcome(idempotencyKey);
    }

    /** The outcome of a queued booking was shown to the person: it is deleted now rather than after the retention. */
    public void forgetOutcome(String idempotencyKey) {
        queue.forget(idempotencyKey);
    }

    /** Told of what the server keeps about this kiosk (practice mode), read with each snapshot refresh. */
    public void onProfile(Consumer<KioskProfile> listener) {
        profileListeners.add(listener);
        // the first pass may have read it before this listener came: tell the last one now (a repeat is harmless)
        KioskProfile last = lastProfile;
        if (last != null) {
            listener.accept(last);
        }
    }

    /** Told of each queued cancellation the server decided, on the background sender's thread. */
    public void onCancellationDecided(Consumer<CancelOutcome> listener) {
        cancelListeners.add(listener);
    }

    /** What the server decided about a queued cancellation; empty while it is still waiting (or once forgotten). */
    public Optional<CancelOutcome> cancelOutcome(String code) {
        return cancels.outcome(code);
    }

    /** The person was told how their queued cancellation ended: its outcome is deleted now rather than after the retention. */
    public void forgetCancelOutcome(String code) {
        cancels.forget(code);
    }

    /** How many cancellations wait in the cancellation outbox. */
    public int queuedCancellations() {
        return cancels.size();
    }

    /** Whether a booking is still in the outbox. */
    public boolean isQueued(String idempotencyKey) {
        return queue.isPending(idempotencyKey);
    }

    /** How many bookings wait in the outbox. */
    public int queuedCount() {
        return queue.size();
    }

    /**
     * One pass of the background sender on this thread (outbox, then the snapshot if due); for a tutor's "send now"
     * and for tests. Returns whether the server answered.
     */
    public boolean syncNow() {
        return sender.runOnce();
    }

    private void wentAway(Unreachable e) {
        LOG.log(Level.INFO, "the server cannot be reached; working offline", e);
        reachable(false);
        sender.wake();
    }

    private void reachable(boolean now) {
        if (online.getAndSet(now) != now) {
            LOG.info(now ? "the server is reachable again" : "the kiosk is offline");
            for (ConnectivityListener listener : connectivityListeners) {
                try {
                    listener.connectivityChanged(now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a connectivity listener failed", e);
                }
            }
        }
    }

    private void decided(BookingOutcome outcome) {
        tell(outcomeListeners, outcome, "a booking outcome");
    }

    private void profile(KioskProfile profile) {
        lastProfile = profile;
        tell(profileListeners, profile, "a kiosk profile");
    }

    /** The log says how it ended, without the code; the screens hear it too, in case the person is still there. */
    private void cancelDecided(CancelOutcome outcome) {
        LOG.info(() -> "a cancellation kept offline ended: " + outcome.result()
            + (outcome.refusalCode() == null ? "" : " (" + outcome.refusalCode() + ")"));
        tell(cancelListeners, outcome, "a cancellation outcome");
    }

    /** Tells every listener; one that fails is logged and does not keep the others from hearing it. */
    private static <T> void tell(List<Consumer<T>> listeners, T news, String what) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(news);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        sender.close();
        knowledge.close();
    }
}

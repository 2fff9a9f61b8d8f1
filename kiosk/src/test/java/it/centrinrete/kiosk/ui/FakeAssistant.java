package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An assistant with scripted replies; records what it was asked. */
final class FakeAssistant implements AssistantPort {
    static final OffsetDateTime MONDAY_10 = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    final List<String> questions = new CopyOnWriteArrayList<>();
    final List<BookingDraft> drafts = new CopyOnWriteArrayList<>();
    private final Deque<Object> replies = new ArrayDeque<>();
    private final Deque<Object> bookings = new ArrayDeque<>();
    /** What {@link #booking(String)} finds, by code; an Unreachable or Refusal there is thrown instead. */
    final Map<String, Object> known = new ConcurrentHashMap<>();
    /** What the next {@link #cancel(String)} calls do (receipts are made up when empty). */
    private final Deque<Object> cancels = new ArrayDeque<>();
    final List<String> cancelled = new CopyOnWriteArrayList<>();
    /** The reasons of the help calls made, in order. */
    final List<String> helpCalls = new CopyOnWriteArrayList<>();
    /** Thrown by the next help calls instead of making them, when set. */
    volatile Exception helpFailure;
    List<SessionSlot> slots = new ArrayList<>(List.of(
            slot("s1", "Ginnastica dolce", 5, false),
            slot("s2", "Torneo di burraco", 0, true),
            slot("s3", "Coro del giovedì", 0, false),
            slot("s4", "Corso di smartphone", 3, false)));

    static SessionSlot slot(String id, String title, int seats, boolean waitlist) {
        return new SessionSlot(id, "a-" + id, title, "zante", "Centro Zante", MONDAY_10, MONDAY_10.plusHours(1), 20, seats, waitlist,
                true);
    }

    static AskReply answer(String text, String speech, List<String> suggestions, List<Map<String, Object>> actions) {
        return new AskReply("sess-1", true, "opening_hours", text, speech, List.of(new AskReply.Source("zante", "Centro Zante", "centre")),
                suggestions, actions, false);
    }

    synchronized FakeAssistant thenReply(AskReply reply) {
        replies.add(reply);
        return this;
    }

    synchronized FakeAssistant thenFail(Exception e) {
        replies.add(e);
        return this;
    }

    synchronized FakeAssistant thenBook(Object receiptOrException) {
        bookings.add(receiptOrException);
        return this;
    }

    @Override
    public AskReply ask(String text, String sessionId) throws Unreachable, Refusal {
        questions.add(text);
        Object next;
        synchronized (this) {
            next = replies.isEmpty() ? answer("Risposta a: " + text, null, List.of(), List.of()) : replies.poll();
        }
        return (AskReply) rethrow(next);
    }

    @Override
    public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) {
        return slots;
    }

    @Override
    public BookingReceipt book(BookingDraft draft) throws Unreachable, Refusal {
        drafts.add(draft);
        Object next;
        synchronized (this) {
            next = bookings.isEmpty()
                    ? new BookingReceipt("K7P2QX", "CONFIRMED", draft.activitySessionId(), MONDAY_10, "Ginnastica dolce", "zante",
                            "Centro Zante", 0)
                    : bookings.poll();
        }
        return (BookingReceipt) rethrow(next);
    }

    private static Object rethrow(Object o) throws Unreachable, Refusal {
        if (o instanceof Unreachable u) {
            throw u;
        }
        if (o instanceof Refusal r) {
            throw r;
        }
        return o;
    }

    synchronized FakeAssistant thenCancel(Object receiptOrException) {
        cancels.add(receiptOrException);
        return this;
    }

    FakeAssistant knows(String code, String title) {
        known.put(code, new BookingReceipt(code, "CONFIRMED", "s1", MONDAY_10, title, "zante", "Centro Zante", 0));
        return this;
    }

    @Override
    public Optional<BookingReceipt> booking(String code) throws Unreachable, Refusal {
        Object found = known.get(code);
        return found == null ? Optional.empty() : Optional.of((BookingReceipt) rethrow(found));
    }

    @Override
    public BookingReceipt cancel(String code) throws Unreachable, Refusal {
        Object next;
        synchronized (this) {
            next = cancels.isEmpty() ? new BookingReceipt(code, "CANCELLED", null, null, null, null, 0) : cancels.poll();
        }
        BookingReceipt r = (BookingReceipt) rethrow(next);
        cancelled.add(code);
        return r;
    }

    /** What {@link #bookingsFor} returns (an Unreachable or Refusal is thrown); the phones asked about. */
    volatile Object held = new HeldBookings(List.of(), true);
    final List<String> lookedUp = new CopyOnWriteArrayList<>();
    /** The Idempotency-Keys of bookings made offline that were cancelled. */
    final List<String> withdrawn = new CopyOnWriteArrayList<>();

    @Override
    public HeldBookings bookingsFor(String phone) throws Unreachable, Refusal {
        lookedUp.add(phone);
        return (HeldBookings) rethrow(held);
    }

    @Override
    public BookingReceipt cancelQueued(String idempotencyKey) {
        withdrawn.add(idempotencyKey);
        return new BookingReceipt(null, "WITHDRAWN", null, null, null, null, 0);
    }

    static HeldBookings.Held held(String code, String status, String title) {
        return new HeldBookings.Held(new BookingReceipt(code, status, "s1", MONDAY_10, title, "zante", "Centro Zante", 0), null);
    }

    @Override
    public void callHelp(String reason, String sessionId) throws Unreachable, Refusal {
        rethrow(helpFailure);
        helpCalls.add(reason);
    }
}

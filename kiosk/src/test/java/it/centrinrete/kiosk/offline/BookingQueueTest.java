package it.centrinrete.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingQueueTest {
    @TempDir
    Path dataDir;

    private final BookingDraft maria = new BookingDraft("key-maria", "s-1", "Maria Rossi", "+39 333 1234567", null);
    private final BookingDraft gino = new BookingDraft("key-gino", "s-2", "Gino Bianchi", "+39 333 7654321", null);

    /** A server that books every draft, or refuses or is away as told; it remembers what it was sent. */
    private static final class FakeServer implements AssistantPort {
        final List<String> sent = new ArrayList<>();
        Refusal refusal;
        boolean away;

        @Override
        public BookingReceipt book(BookingDraft draft) throws Unreachable, Refusal {
            if (away) {
                throw new Unreachable("away", null);
            }
            sent.add(draft.idempotencyKey());
            if (refusal != null) {
                throw refusal;
            }
            return new BookingReceipt("CODE" + sent.size(), "CONFIRMED", draft.activitySessionId(), null, "Ginnastica", "csrc-zante", 0);
        }

        @Override
        public AskReply ask(String text, String sessionId) {
            throw new AssertionError("the outbox only books: it must not call this");
        }

        @Override
        public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) {
            throw new AssertionError("the outbox only books: it must not call this");
        }

        @Override
        public Optional<BookingReceipt> booking(String code) {
            throw new AssertionError("the outbox only books: it must not call this");
        }

        @Override
        public BookingReceipt cancel(String code) {
            throw new AssertionError("the outbox only books: it must not call this");
        }

        @Override
        public HeldBookings bookingsFor(String phone) {
            throw new AssertionError("the outbox only books: it must not call this");
        }

        @Override
        public void callHelp(String reason, String sessionId) {
            throw new AssertionError("the outbox only books: it must not call this");
        }
    }

    @Test
    void queuedDraftsSurviveAKillAndAreSentOldestFirstByTheNextKiosk() throws Exception {
        BookingQueue before = new BookingQueue(dataDir);
        before.enqueue(maria);
        before.enqueue(gino);

        BookingQueue after = new BookingQueue(dataDir);
        FakeServer server = new FakeServer();
        List<BookingOutcome> told = new ArrayList<>();
        Delivery delivery = after.send(server, told::add);

        assertThat(after.pending()).isEmpty();
        assertThat(delivery).isEqualTo(new Delivery(2, 0, 0, true));
        assertThat(server.sent).containsExactly("key-maria", "key-gino");
        assertThat(told).extracting(outcome -> outcome.receipt().code()).containsExactly("CODE1", "CODE2");
        assertThat(new BookingQueue(dataDir).outcome("key-maria")).map(outcome -> outcome.receipt().code()).contains("CODE1");
    }

    @Test
    void aServerAwayLeavesEveryDraftWaiting() throws Exception {
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        FakeServer server = new FakeServer();
        server.away = true;

        Delivery delivery = queue.send(server, outcome -> { });

        assertThat(delivery.reachable()).isFalse();
        assertThat(queue.isPending("key-maria")).isTrue();
        assertThat(queue.outcome("key-maria")).isEmpty();
    }

    @Test
    void aFinalRefusalIsRecordedForThePersonAndTheDraftLeaves() throws Exception {
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        FakeServer server = new FakeServer();
        server.refusal = new Refusal(409, "full", "Non ci sono più posti.");

        queue.send(server, outcome -> { });

        assertThat(queue.pending()).isEmpty();
        BookingOutcome outcome = queue.outcome("key-maria").orElseThrow();
        assertThat(outcome.booked()).isFalse();
        assertThat(outcome.refusalCode()).isEqualTo("full");
    }

    @Test
    void aRefusalOfTheKioskRatherThanThePersonKeepsTheDraft() throws Exception {
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        FakeServer server = new FakeServer();
        server.refusal = new Refusal(401, "unauthorized", "Unknown kiosk token.");

        Delivery delivery = queue.send(server, outcome -> { });

        assertThat(delivery.remaining()).isEqualTo(1);
        assertThat(queue.isPending("key-maria")).isTrue();
        assertThat(queue.outcome("key-maria")).isEmpty();
    }

    @Test
    void aDamagedFileIsMovedAsideAndTheOthersAreStillSent() throws Exception {
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        Files.writeString(dataDir.resolve("outbox/half-written.json"), "{\"draft\": {\"idempotencyKey\": \"k");
        Files.writeString(dataDir.resolve("outbox/.leftover.json123.tmp"), "{");

        BookingQueue restarted = new BookingQueue(dataDir);
        FakeServer server = new FakeServer();
        restarted.send(server, outcome -> { });

        assertThat(server.sent).containsExactly("key-maria");
        assertThat(dataDir.resolve("outbox/damaged"))
            .isDirectoryContaining(file -> file.getFileName().toString().startsWith("half-written"));
        assertThat(dataDir.resolve("outbox")).isDirectoryNotContaining(file -> file.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aCopiedDraftOrOneWhoseOutcomeIsKnownIsNotSentAgain() throws Exception {
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        Path file = dataDir.resolve("outbox").resolve(BookingQueue.fileName("key-maria"));
        Files.copy(file, dataDir.resolve("outbox/copy-of-maria.json"));
        FakeServer server = new FakeServer();

        queue.send(server, outcome -> { });
        // a kill after the answer, before the file was removed: the file is back, the outcome is known
        queue.enqueue(maria);
        queue.send(server, outcome -> { });

        assertThat(server.sent).containsExactly("key-maria");
        assertThat(queue.pending()).isEmpty();
    }

    @Test
    void aDecidedDraftLeavesNoNameOrPhoneAndItsOutcomeGoesOnceShownOrAfterTheRetention() throws Exception {
        // given: two drafts decided by the server
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        queue.enqueue(gino);
        queue.send(new FakeServer(), outcome -> { });

        // then: nothing in the kiosk's folders holds a name or a phone any more
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain("Maria", "Gino", "1234567", "7654321");
            }
        }

        // when: one outcome was shown to the person
        queue.forget("key-maria");
        // then
        assertThat(queue.outcome("key-maria")).isEmpty();
        assertThat(queue.outcome("key-gino")).isPresent();

        // when: a day later the other one, and a damaged draft set aside, go too; a fresh one would stay
        Files.writeString(dataDir.resolve("outbox/damaged/x.json.1"), "{\"name\": \"Maria Rossi\"}");
        assertThat(queue.prune(Duration.ofHours(24))).isZero();
        BookingQueue tomorrow = new BookingQueue(dataDir, Clock.offset(Clock.systemUTC(), Duration.ofHours(25)));
        assertThat(tomorrow.prune(Duration.ofHours(24))).isEqualTo(2);
        assertThat(tomorrow.outcome("key-gino")).isEmpty();
        assertThat(dataDir.resolve("outbox/damaged")).isEmptyDirectory();
    }

    @Test
    void aWithdrawnDraftIsNeverSent() throws Exception {
        BookingQueue queue = new BookingQueue(dataDir);
        queue.enqueue(maria);
        assertThat(queue.pendingFor("3331234567")).containsExactly(maria);
        assertThat(queue.withdraw("key-maria")).isTrue();
        assertThat(queue.withdraw("key-maria")).isFalse();
        FakeServer server = new FakeServer();
        queue.send(server, outcome -> { });
        assertThat(server.sent).isEmpty();
    }
}

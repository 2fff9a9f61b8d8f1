package it.centrinrete.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cancellation outbox: durable, one entry per code, and every way the server can answer. */
class CancelQueueTest {
    @TempDir
    Path dataDir;

    /** Cancels, or answers per code as told; remembers what it was sent. */
    static final class FakeServer implements AssistantPort {
        final List<String> sent = new ArrayList<>();
        final Map<String, Exception> answers;

        FakeServer(Map<String, Exception> answers) {
            this.answers = answers;
        }

        @Override
        public BookingReceipt cancel(String code) throws Unreachable, Refusal {
            sent.add(code);
            Exception answer = answers.get(code);
            if (answer instanceof Unreachable u) {
                throw u;
            }
            if (answer instanceof Refusal r) {
                throw r;
            }
            return new BookingReceipt(code, "CANCELLED", null, null, null, null, 0);
        }

        @Override
        public AskReply ask(String text, String sessionId) {
            throw new AssertionError("the outbox only cancels");
        }

        @Override
        public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) {
            throw new AssertionError("the outbox only cancels");
        }

        @Override
        public BookingReceipt book(BookingDraft draft) {
            throw new AssertionError("the outbox only cancels");
        }

        @Override
        public Optional<BookingReceipt> booking(String code) {
            throw new AssertionError("the outbox only cancels");
        }

        @Override
        public HeldBookings bookingsFor(String phone) {
            throw new AssertionError("the outbox only cancels");
        }

        @Override
        public void callHelp(String reason, String sessionId) {
            throw new AssertionError("the outbox only cancels");
        }
    }

    @Test
    void cancellationsSurviveARestartAreKeptOncePerCodeAndEndAsTheServerSays() throws Exception {
        // given
        CancelQueue before = new CancelQueue(dataDir);
        before.enqueue("H3M4P7");
        before.enqueue("H3M4P7");
        before.enqueue("C9T2RZ");
        before.enqueue("AAAAAA");
        CancelQueue after = new CancelQueue(dataDir);
        assertThat(after.pending()).containsExactlyInAnyOrder("H3M4P7", "C9T2RZ", "AAAAAA");
        FakeServer server = new FakeServer(Map.of("C9T2RZ", new Refusal(404, "unknown_booking", "no"),
            "AAAAAA", new Refusal(409, "session_over", "over")));
        List<CancelOutcome> told = new ArrayList<>();

        // when
        assertThat(after.send(server, told::add)).isTrue();

        // then
        assertThat(server.sent).hasSize(3);
        assertThat(told).containsExactlyInAnyOrder(new CancelOutcome("H3M4P7", CancelOutcome.Result.CANCELLED, null),
            new CancelOutcome("C9T2RZ", CancelOutcome.Result.UNKNOWN, "unknown_booking"),
            new CancelOutcome("AAAAAA", CancelOutcome.Result.REFUSED, "session_over"));
        assertThat(new CancelQueue(dataDir).size()).isZero();
        // kept for the screens, across a restart too
        CancelQueue restarted = new CancelQueue(dataDir);
        assertThat(restarted.outcome("H3M4P7")).contains(new CancelOutcome("H3M4P7", CancelOutcome.Result.CANCELLED, null));
        assertThat(restarted.outcome("AAAAAA")).contains(new CancelOutcome("AAAAAA", CancelOutcome.Result.REFUSED, "session_over"));
    }

    @Test
    void anOutcomeIsKeptUntilShownOrForADay() throws Exception {
        // given
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        CancelQueue queue = new CancelQueue(dataDir, Clock.fixed(now, ZoneOffset.UTC));
        queue.enqueue("H3M4P7");
        queue.enqueue("C9T2RZ");
        queue.send(new FakeServer(Map.of()), outcome -> { });
        assertThat(queue.outcome("H3M4P7")).isPresent();
        assertThat(queue.outcome("NOTONE")).isEmpty();
        assertThat(queue.outcome("../x")).isEmpty();
        assertThat(dataDir.resolve("cancel-outcomes")).isDirectoryContaining("glob:**/H3M4P7.json")
            .isDirectoryContaining("glob:**/C9T2RZ.json");

        // when: one was shown to the person
        queue.forget("H3M4P7");

        // then
        assertThat(queue.outcome("H3M4P7")).isEmpty();
        assertThat(queue.prune(Duration.ofHours(24))).isZero();
        CancelQueue tomorrow = new CancelQueue(dataDir, Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC));
        Files.setLastModifiedTime(dataDir.resolve("cancel-outcomes").resolve("C9T2RZ.json"), FileTime.from(now));
        assertThat(tomorrow.prune(Duration.ofHours(24))).isEqualTo(1);
        assertThat(tomorrow.outcome("C9T2RZ")).isEmpty();
    }

    @Test
    void anUnreachableServerOrAPassingRefusalKeepsThem() throws Exception {
        CancelQueue queue = new CancelQueue(dataDir);
        queue.enqueue("H3M4P7");
        assertThat(queue.send(new FakeServer(Map.of("H3M4P7", new Unreachable("away", null))), outcome -> { })).isFalse();
        assertThat(queue.send(new FakeServer(Map.of("H3M4P7", new Refusal(429, "rate_limited", "slow"))), outcome -> { })).isTrue();
        assertThat(queue.pending()).containsExactly("H3M4P7");
    }

    @Test
    void onlyBookingCodesBecomeFiles() {
        CancelQueue queue = new CancelQueue(dataDir);
        assertThatThrownBy(() -> queue.enqueue("../../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(queue.isPending("../x")).isFalse();
    }
}

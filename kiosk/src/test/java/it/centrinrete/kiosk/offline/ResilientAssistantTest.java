package it.centrinrete.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.RealServer;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.net.Unreachable;
import it.centrinrete.server.AssistantServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue: a booking made while the server is down reaches it once, after a kiosk kill and a server restart. */
class ResilientAssistantTest {
    @TempDir
    Path tmp;

    @Test
    void aBookingQueuedOfflineIsBookedExactlyOnceAfterAKillAndAServerRestart() throws Exception {
        String db = "jdbc:h2:file:" + tmp.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        Path dataDir = tmp.resolve("kiosk");
        AssistantServer server = RealServer.start(Files.createDirectories(tmp.resolve("index1")), db, 0);
        int port = server.port();
        HttpAssistantClient client = RealServer.client(server);
        ResilientAssistant kiosk = new ResilientAssistant(client, dataDir, "csrc-zante");
        List<Boolean> changes = new CopyOnWriteArrayList<>();
        kiosk.addConnectivityListener(changes::add);
        LocalDate today = LocalDate.now();
        SessionSlot slot = RealServer.bookableSlot(kiosk);
        assertThat(kiosk.syncNow()).isTrue();

        server.close();
        BookingDraft draft = RealServer.draft(slot, "42");
        BookingReceipt queued = kiosk.book(draft);

        assertThat(queued.status()).isEqualTo(BookingReceipt.QUEUED);
        assertThat(queued.code()).isNull();
        assertThat(queued.title()).isEqualTo(slot.title());
        assertThat(kiosk.online()).isFalse();
        assertThat(changes).containsExactly(false);
        assertThat(kiosk.isQueued(draft.idempotencyKey())).isTrue();
        AskReply offline = kiosk.ask("quanto costa la tessera del centro?", null);
        assertThat(offline.offline()).isTrue();
        assertThat(offline.answered()).isTrue();
        assertThat(kiosk.activities(today, today.plusDays(30), null)).extracting(SessionSlot::id).contains(slot.id());
        // the kill: only the background thread is stopped (a killed process has none); close() writes nothing, so the
        // outbox is exactly as the booking left it
        kiosk.close();

        AssistantServer restarted = RealServer.start(Files.createDirectories(tmp.resolve("index2")), db, port);
        try {
            ResilientAssistant reborn = new ResilientAssistant(RealServer.client(restarted), dataDir, "csrc-zante");
            List<BookingOutcome> decided = new CopyOnWriteArrayList<>();
            reborn.onBookingDecided(decided::add);

            assertThat(reborn.queuedCount()).isEqualTo(1);
            assertThat(reborn.syncNow()).isTrue();

            BookingOutcome outcome = reborn.outcome(draft.idempotencyKey()).orElseThrow();
            assertThat(outcome.booked()).isTrue();
            assertThat(decided).containsExactly(outcome);
            assertThat(reborn.queuedCount()).isZero();
            String code = outcome.receipt().code();
            assertThat(reborn.booking(code)).map(BookingReceipt::status).contains("CONFIRMED");

            // the same draft again, and a stray copy of its file: still one booking, the same code
            HttpAssistantClient direct = RealServer.client(restarted);
            assertThat(direct.book(draft).code()).isEqualTo(code);
            new BookingQueue(dataDir).enqueue(draft);
            reborn.syncNow();
            SessionSlot after = direct.activities(today, today.plusDays(30), null).stream()
                .filter(s -> s.id().equals(slot.id())).findFirst().orElseThrow();
            assertThat(after.seatsLeft()).isEqualTo(slot.seatsLeft() - 1);
            assertThat(reborn.online()).isTrue();
            reborn.close();
        } finally {
            restarted.close();
        }
    }

    @Test
    void aCancellationAskedForOfflineIsSentExactlyOnceAfterAKillAndAServerRestart() throws Exception {
        // given: a real booking, then the server goes away
        String db = "jdbc:h2:file:" + tmp.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        Path dataDir = tmp.resolve("kiosk");
        AssistantServer server = RealServer.start(Files.createDirectories(tmp.resolve("index1")), db, 0);
        int port = server.port();
        ResilientAssistant kiosk = new ResilientAssistant(RealServer.client(server), dataDir, "csrc-zante");
        SessionSlot slot = RealServer.bookableSlot(kiosk);
        String code = kiosk.book(RealServer.draft(slot, "51")).code();
        server.close();

        // when: cancelled offline, and the kiosk killed
        BookingReceipt kept = kiosk.cancel(code);
        assertThat(kept.status()).isEqualTo(BookingReceipt.CANCEL_QUEUED);
        assertThat(kiosk.cancel(code).status()).as("asked twice, kept once").isEqualTo(BookingReceipt.CANCEL_QUEUED);
        assertThat(kiosk.queuedCancellations()).isEqualTo(1);
        assertThat(kiosk.bookingsFor("3331234551").serverChecked()).isFalse();
        kiosk.close();

        // then: after both restart, the booking is cancelled, once, and the seat is back
        AssistantServer restarted = RealServer.start(Files.createDirectories(tmp.resolve("index2")), db, port);
        try (ResilientAssistant reborn = new ResilientAssistant(RealServer.client(restarted), dataDir, "csrc-zante")) {
            List<CancelOutcome> decided = new CopyOnWriteArrayList<>();
            reborn.onCancellationDecided(decided::add);
            assertThat(reborn.queuedCancellations()).isEqualTo(1);
            assertThat(reborn.syncNow()).isTrue();
            assertThat(reborn.queuedCancellations()).isZero();
            // the screens are told, and the outcome is kept until the person was shown it
            CancelOutcome cancelled = new CancelOutcome(code, CancelOutcome.Result.CANCELLED, null);
            assertThat(decided).containsExactly(cancelled);
            assertThat(reborn.cancelOutcome(code)).contains(cancelled);
            reborn.forgetCancelOutcome(code);
            assertThat(reborn.cancelOutcome(code)).isEmpty();
            assertThat(reborn.booking(code)).map(BookingReceipt::status).contains("CANCELLED");
            reborn.syncNow();
            LocalDate today = LocalDate.now();
            SessionSlot after = RealServer.client(restarted).activities(today, today.plusDays(30), null).stream()
                .filter(s -> s.id().equals(slot.id())).findFirst().orElseThrow();
            assertThat(after.seatsLeft()).isEqualTo(slot.seatsLeft());
            assertThat(reborn.bookingsFor("3331234551").bookings()).isEmpty();
        } finally {
            restarted.close();
        }
    }

    @Test
    void myBookingsAreTheServersAndTheOutboxsAndABookingStillQueuedIsWithdrawnNotSent() throws Exception {
        try (AssistantServer server = RealServer.start(Files.createDirectories(tmp.resolve("index")))) {
            Path dataDir = tmp.resolve("kiosk");
            HttpAssistantClient client = RealServer.client(server);
            SessionSlot slot = RealServer.bookableSlot(client);
            String code = client.book(RealServer.draft(slot, "61")).code();
            BookingDraft offline = RealServer.draft(slot, "61");
            new BookingQueue(dataDir).enqueue(offline);
            try (ResilientAssistant kiosk = new ResilientAssistant(client, dataDir, "csrc-zante")) {
                // when: the number as typed on the keypad
                HeldBookings held = kiosk.bookingsFor("3331234561");
                // then: the server's booking and the one in the outbox
                assertThat(held.serverChecked()).isTrue();
                assertThat(held.bookings()).extracting(h -> h.receipt().code()).containsExactly(code, null);
                assertThat(held.bookings().get(1).queueKey()).isEqualTo(offline.idempotencyKey());

                // when: the queued one is cancelled, it leaves the outbox and never reaches the server
                assertThat(kiosk.cancelQueued(offline.idempotencyKey()).status()).isEqualTo(BookingReceipt.WITHDRAWN);
                assertThat(kiosk.queuedCount()).isZero();
                kiosk.syncNow();
                assertThat(kiosk.bookingsFor("+39 333 1234561").bookings()).extracting(h -> h.receipt().code()).containsExactly(code);
                // the server names the centre (ResilientAssistantCentreNameTest: what the kiosk does when it does not)
                assertThat(kiosk.bookingsFor("3331234561").bookings().get(0).receipt().centreName()).isEqualTo(slot.centreName())
                    .isNotEqualTo(slot.centre());
                assertThat(kiosk.booking(code)).map(BookingReceipt::centreName).contains(slot.centreName());

                // when: a cancellation of it, sent from the outbox, was refused for good
                CancelQueue cancels = new CancelQueue(dataDir);
                cancels.enqueue(code);
                assertThat(kiosk.bookingsFor("3331234561").bookings()).extracting(h -> h.receipt().status())
                    .containsExactly(BookingReceipt.CANCEL_QUEUED);
                cancels.send(new CancelQueueTest.FakeServer(Map.of(code, new Refusal(409, "session_over", "over"))), outcome -> { });
                // then: the booking still holds, and the list says the cancellation was not accepted
                assertThat(kiosk.bookingsFor("3331234561").bookings()).extracting(h -> h.receipt().status())
                    .containsExactly(BookingReceipt.CANCEL_REFUSED);
                kiosk.forgetCancelOutcome(code);
                assertThat(kiosk.bookingsFor("3331234561").bookings()).extracting(h -> h.receipt().status()).containsExactly("CONFIRMED");
            }
        }
    }

    @Test
    void aHelpCallIsNeverQueuedAndOfflineFailsAtOnce() throws Exception {
        // given: a server that is not there
        HttpAssistantClient nowhere = new HttpAssistantClient(URI.create("http://127.0.0.1:9"), RealServer.TOKEN, RealServer.QUICK);
        try (ResilientAssistant kiosk = new ResilientAssistant(nowhere, tmp.resolve("away"), "csrc-zante")) {
            // when, then: the first call tries the server and finds it away
            assertThatThrownBy(() -> kiosk.callHelp("help_button", null)).isInstanceOf(Unreachable.class);
            assertThat(kiosk.online()).isFalse();

            // when, then: offline, the next does not wait for it, and nothing waits in the outbox
            long started = System.nanoTime();
            assertThatThrownBy(() -> kiosk.callHelp("help_button", null)).isInstanceOf(Unreachable.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
            assertThat(kiosk.queuedCount()).isZero();
        }
    }

    @Test
    void theBackgroundSenderDeliversAQueuedBookingAndTellsTheListener() throws Exception {
        try (AssistantServer server = RealServer.start(Files.createDirectories(tmp.resolve("index")))) {
            Path dataDir = tmp.resolve("kiosk");
            SessionSlot slot = RealServer.bookableSlot(RealServer.client(server));
            BookingDraft draft = RealServer.draft(slot, "77");
            new BookingQueue(dataDir).enqueue(draft);
            List<BookingOutcome> decided = new CopyOnWriteArrayList<>();
            CountDownLatch told = new CountDownLatch(1);

            try (ResilientAssistant kiosk = new ResilientAssistant(RealServer.client(server), dataDir, "csrc-zante")) {
                kiosk.onBookingDecided(outcome -> {
                    decided.add(outcome);
                    told.countDown();
                });
                kiosk.start();

                assertThat(told.await(60, TimeUnit.SECONDS)).as("the sender delivered the booking").isTrue();
                assertThat(decided).singleElement().satisfies(outcome -> assertThat(outcome.receipt().code()).isNotBlank());
            }
        }
    }
}

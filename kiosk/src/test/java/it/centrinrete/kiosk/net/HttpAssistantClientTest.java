package it.centrinrete.kiosk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.snapshot.KnowledgeSnapshot;
import it.centrinrete.server.AssistantServer;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real server started in this JVM. */
class HttpAssistantClientTest {
    @TempDir
    static Path indexDir;
    private static AssistantServer server;
    private static HttpAssistantClient client;

    @BeforeAll
    static void startServer() {
        server = RealServer.start(indexDir);
        client = RealServer.client(server);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void asksAndGetsAGroundedAnswerWithItsSources() throws Exception {
        AskReply reply = client.ask("quanto costa la tessera del centro?", null);

        assertThat(reply.answered()).isTrue();
        assertThat(reply.offline()).isFalse();
        assertThat(reply.sessionId()).isNotBlank();
        assertThat(reply.text()).isNotBlank();
        assertThat(reply.sources()).extracting(AskReply.Source::id).contains("faq-costo-tessera");
    }

    @Test
    void readsItsOwnProfileWithPracticeModeAndListsAPersonsBookingsByPhone() throws Exception {
        // given
        SessionSlot slot = RealServer.bookableSlot(client);
        String code = client.book(RealServer.draft(slot, "88")).code();
        // when
        KioskProfile profile = client.profile();
        HeldBookings held = client.bookingsFor("3331234588");
        // then
        assertThat(profile.centreId()).isEqualTo("csrc-zante");
        assertThat(profile.practiceMode()).isFalse();
        assertThat(held.serverChecked()).isTrue();
        assertThat(held.bookings()).extracting(h -> h.receipt().code()).containsExactly(code);
        assertThat(held.bookings().get(0).receipt().title()).isEqualTo(slot.title());
        assertThat(held.bookings().get(0).receipt().centreName()).isEqualTo(slot.centreName());
    }

    @Test
    void listsActivitiesOfOneCentreWithEveryField() throws Exception {
        LocalDate today = LocalDate.now();
        List<SessionSlot> slots = client.activities(today, today.plusDays(30), "csrc-zante");

        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.centre()).isEqualTo("csrc-zante");
            assertThat(slot.centreName()).isNotBlank();
            assertThat(slot.start()).isBefore(slot.end());
            assertThat(slot.capacity()).isPositive();
        });
    }

    @Test
    void booksOnceForOneIdempotencyKeyAndFindsAndCancelsTheBooking() throws Exception {
        SessionSlot slot = RealServer.bookableSlot(client);
        BookingDraft draft = RealServer.draft(slot, "01");

        BookingReceipt first = client.book(draft);
        BookingReceipt replayed = client.book(draft);

        assertThat(first.code()).isNotBlank();
        assertThat(first.status()).isEqualTo("CONFIRMED");
        assertThat(first.activitySessionId()).isEqualTo(slot.id());
        assertThat(first.title()).isEqualTo(slot.title());
        assertThat(first.centre()).isEqualTo(slot.centre());
        assertThat(first.centreName()).isEqualTo(slot.centreName());
        assertThat(replayed.code()).isEqualTo(first.code());
        assertThat(client.booking(first.code())).map(BookingReceipt::status).contains("CONFIRMED");
        assertThat(client.cancel(first.code()).status()).isEqualTo("CANCELLED");
    }

    @Test
    void anUnknownBookingCodeIsEmptyNotAnError() throws Exception {
        assertThat(client.booking("ZZZZZZ")).isEqualTo(Optional.empty());
    }

    @Test
    void theServersNoBecomesARefusalWithItsCode() {
        BookingDraft draft = new BookingDraft("k-" + System.nanoTime(), "no-such-session", "Maria Rossi", "+39 333 1234567", null);

        assertThatThrownBy(() -> client.book(draft)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.status()).isBetween(400, 499);
            assertThat(refusal.code()).isEqualTo("unknown_session");
            assertThat(refusal.getMessage()).isNotBlank();
        });
    }

    @Test
    void aHelpCallReachesTheServerWhichChecksIt() throws Exception {
        client.callHelp("help_button", null);
        client.callHelp("screen", "sess-1");

        assertThatThrownBy(() -> client.callHelp("x".repeat(201), null)).isInstanceOfSatisfying(Refusal.class,
            refusal -> assertThat(refusal.code()).isEqualTo("invalid_help_call"));
    }

    @Test
    void aWrongTokenIsRefusedNotRetriedAsIfTheServerWereAway() {
        HttpAssistantClient stranger = new HttpAssistantClient(RealServer.uri(server), "not-the-token-0123456789", RealServer.QUICK);

        assertThatThrownBy(() -> stranger.ask("ciao", null)).isInstanceOfSatisfying(Refusal.class,
            refusal -> assertThat(refusal.status()).isEqualTo(401));
    }

    @Test
    void downloadsTheSnapshotOnceAndThenHearsItIsUnchanged() throws Exception {
        SnapshotDownload download = client.snapshot(null).orElseThrow();

        assertThat(download.etag()).isNotBlank();
        assertThat(KnowledgeSnapshot.read(new ByteArrayInputStream(download.zip())).content().size()).isPositive();
        assertThat(client.snapshot(download.etag())).isEmpty();
    }
}

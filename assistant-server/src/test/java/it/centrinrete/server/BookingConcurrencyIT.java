package it.centrinrete.server;

import static it.centrinrete.server.BookingApiIT.activity;
import static it.centrinrete.server.BookingApiIT.find;
import static it.centrinrete.server.BookingApiIT.sessionId;
import static it.centrinrete.server.BookingApiIT.today;
import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.server.BookingApiIT.Api;
import it.centrinrete.server.BookingApiIT.Reply;
import it.centrinrete.server.booking.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many kiosks at once, over real sockets, on H2 and on PostgreSQL (each test on a database of its own, a fresh
 * schema for PostgreSQL, skipped with a message when none answers): the last seats of a session are never sold
 * twice, the waiting list keeps one order, freed seats go to the first waiting, one Idempotency-Key makes one
 * booking, and two servers sharing one database still never oversell. Every outcome is checked through the API and
 * against the database's own rows.
 */
class BookingConcurrencyIT {
    private static final int CLIENTS = 24;
    private static final int CAPACITY = 5;
    /** Capacity 5 every day at 10:00, with a waiting list. */
    private static final String WAITING = "corsa-con-attesa";
    /** Capacity 5 every day at 10:00, without. */
    private static final String NO_WAITING = "corsa-senza-attesa";
    private static final AtomicLong PHONES = new AtomicLong(3_400_000_000L);

    @TempDir
    static Path shared;
    static Path content;

    @BeforeAll
    static void writeContent() {
        content = BookingApiIT.bookingContent(shared.resolve("content"), List.of(
            activity(WAITING, "10:00", CAPACITY, true, "csrc-zante"),
            activity(NO_WAITING, "10:00", CAPACITY, false, "csrc-zante")), "centres");
    }

    static Stream<String> kinds() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void manyClientsRaceForTheLastSeats(String kind, @TempDir Path work) throws Exception {
        try (Backend backend = Backend.start(kind, work, 1)) {
            // given: three seats left of five in each session
            String waiting = sessionId(WAITING, 2);
            String noWaiting = sessionId(NO_WAITING, 2);
            prebook(backend.api(0), waiting, 2);
            prebook(backend.api(0), noWaiting, 2);

            // when: 24 people race for each
            List<Reply> replies = race(2 * CLIENTS, i -> book(backend.api(0), i < CLIENTS ? waiting : noWaiting));

            // then
            assertRaceOutcome(backend, waiting, replies.subList(0, CLIENTS), noWaiting, replies.subList(CLIENTS, 2 * CLIENTS), 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void cancellationsAndBookingsAtOnceGiveFreedSeatsToTheFirstWaiting(String kind, @TempDir Path work) throws Exception {
        try (Backend backend = Backend.start(kind, work, 1)) {
            // given: A is full with four waiting, B is full with two waiting
            Api api = backend.api(0);
            String sessionA = sessionId(WAITING, 3);
            String sessionB = sessionId(WAITING, 4);
            List<String> seatedA = prebook(api, sessionA, CAPACITY);
            List<String> waitingA = prebook(api, sessionA, 4);
            List<String> seatedB = prebook(api, sessionB, CAPACITY);
            List<String> waitingB = prebook(api, sessionB, 2);
            assertThat(statuses(api, waitingA)).containsOnly("WAITLISTED");
            assertThat(statuses(api, waitingB)).containsOnly("WAITLISTED");

            // when: in A three seated and the last waiting cancel while twelve more book; in B four seated cancel
            // while twelve more book
            List<Runnable> tasks = new ArrayList<>();
            List<Reply> cancels = Collections.synchronizedList(new ArrayList<>());
            List<Reply> newA = Collections.synchronizedList(new ArrayList<>());
            List<Reply> newB = Collections.synchronizedList(new ArrayList<>());
            for (String code : List.of(seatedA.get(0), seatedA.get(1), seatedA.get(2), waitingA.get(3))) {
                tasks.add(() -> cancels.add(api.delete("/api/v1/bookings/" + code)));
            }
            for (String code : seatedB.subList(0, 4)) {
                tasks.add(() -> cancels.add(api.delete("/api/v1/bookings/" + code)));
            }
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> newA.add(book(api, sessionA)));
                tasks.add(() -> newB.add(book(api, sessionB)));
            }
            race(tasks.size(), i -> {
                tasks.get(i).run();
                return null;
            });

            // then: every cancellation went through
            assertThat(cancels).hasSize(8).allSatisfy(reply -> {
                assertThat(reply.status()).as(reply.text()).isEqualTo(200);
                assertThat(reply.json().get("status").asText()).isEqualTo("CANCELLED");
            });
            assertThat(newA).hasSize(12).allSatisfy(reply -> assertThat(reply.status()).as(reply.text()).isEqualTo(201));
            assertThat(newB).hasSize(12).allSatisfy(reply -> assertThat(reply.status()).as(reply.text()).isEqualTo(201));

            // A: the three seats went to the first three waiting; the newcomers all wait, in one order
            assertThat(statuses(api, seatedA)).containsExactly("CANCELLED", "CANCELLED", "CANCELLED", "CONFIRMED", "CONFIRMED");
            assertThat(statuses(api, waitingA)).containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED");
            List<String> newcomersA = newA.stream().map(reply -> reply.json().get("code").asText()).toList();
            assertThat(statuses(api, newcomersA)).containsOnly("WAITLISTED");
            assertWaitingListInOrder(backend, api, sessionA, newcomersA);
            assertCounts(backend.url(), sessionA, CAPACITY, 12);

            // B: both waiting were seated first, then exactly two newcomers; the other ten wait
            assertThat(statuses(api, seatedB)).containsExactly("CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CONFIRMED");
            assertThat(statuses(api, waitingB)).containsExactly("CONFIRMED", "CONFIRMED");
            List<String> newcomersB = newB.stream().map(reply -> reply.json().get("code").asText()).toList();
            List<String> newStatusesB = statuses(api, newcomersB);
            assertThat(newStatusesB.stream().filter("CONFIRMED"::equals).count()).isEqualTo(2);
            assertThat(newStatusesB.stream().filter("WAITLISTED"::equals).count()).isEqualTo(10);
            assertWaitingListInOrder(backend, api, sessionB,
                newcomersB.stream().filter(code -> statuses(api, List.of(code)).get(0).equals("WAITLISTED")).toList());
            assertCounts(backend.url(), sessionB, CAPACITY, 10);
            assertThat(seatsLeft(api, sessionA, 3)).isZero();
            assertThat(seatsLeft(api, sessionB, 4)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void oneIdempotencyKeySentFromManyThreadsMakesOneBooking(String kind, @TempDir Path work) throws Exception {
        try (Backend backend = Backend.start(kind, work, 1)) {
            // given
            Api api = backend.api(0);
            String session = sessionId(WAITING, 5);
            String full = sessionId(NO_WAITING, 5);
            prebook(api, full, CAPACITY);
            String key = UUID.randomUUID().toString();
            String refusedKey = UUID.randomUUID().toString();
            String phone = newPhone();
            String otherPhone = newPhone();

            // when: the same request with the same key from 24 threads, for a free seat and for a full session
            List<Reply> replies = race(2 * CLIENTS, i -> i < CLIENTS
                ? api.book(session, "Stessa Persona", phone, key)
                : api.book(full, "Altra Persona", otherPhone, refusedKey));

            // then: one booking, and every thread got its response
            assertOneResponse(replies.subList(0, CLIENTS), 201);
            assertThat(replies.get(0).json().get("status").asText()).isEqualTo("CONFIRMED");
            assertOneResponse(replies.subList(CLIENTS, 2 * CLIENTS), 409);
            assertThat(replies.get(CLIENTS).json().get("error").asText()).isEqualTo("full");
            assertCounts(backend.url(), session, 1, 0);
            assertThat(count(backend.url(), "SELECT COUNT(*) FROM booking WHERE session_id = ?", session)).isEqualTo(1);
            assertThat(count(backend.url(), "SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", key)).isEqualTo(1);
            assertThat(count(backend.url(), "SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", refusedKey)).isEqualTo(1);
            assertCounts(backend.url(), full, CAPACITY, 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void twoServersOnOneDatabaseNeverOversell(String kind, @TempDir Path work) throws Exception {
        try (Backend backend = Backend.start(kind, work, 2)) {
            // given: three seats left of five in each session
            String waiting = sessionId(WAITING, 6);
            String noWaiting = sessionId(NO_WAITING, 6);
            prebook(backend.api(0), waiting, 2);
            prebook(backend.api(1), noWaiting, 2);

            // when: 48 people, half on each server, race for both
            List<Reply> replies = race(2 * CLIENTS, i -> book(backend.api(i), i < CLIENTS ? waiting : noWaiting));

            // then
            assertRaceOutcome(backend, waiting, replies.subList(0, CLIENTS), noWaiting, replies.subList(CLIENTS, 2 * CLIENTS), 2);
            assertThat(seatsLeft(backend.api(1), waiting, 6)).isZero();
            assertThat(seatsLeft(backend.api(1), noWaiting, 6)).isZero();

            // and one key sent to both servers at once still makes one booking
            String key = UUID.randomUUID().toString();
            String phone = newPhone();
            String session = sessionId(WAITING, 7);
            List<Reply> keyed = race(CLIENTS, i -> backend.api(i).book(session, "Stessa Persona", phone, key));
            assertOneResponse(keyed, 201);
            assertCounts(backend.url(), session, 1, 0);
        }
    }

    // ---- checks ----

    /**
     * After the race for the last {@code CAPACITY - prebooked} seats: exactly that many newcomers seated, the others
     * waiting (one order, the same in the replies, in later reads and in the database) or refused as full.
     */
    private static void assertRaceOutcome(Backend backend, String waiting, List<Reply> waitingReplies, String noWaiting,
                                          List<Reply> noWaitingReplies, int prebooked) throws SQLException {
        int seatsLeft = CAPACITY - prebooked;
        Api api = backend.api(0);
        // with a waiting list: everybody got a booking, the last seats went to exactly three
        assertThat(waitingReplies).allSatisfy(reply -> assertThat(reply.status()).as(reply.text()).isEqualTo(201));
        List<Reply> seated = waitingReplies.stream().filter(reply -> reply.json().get("status").asText().equals("CONFIRMED")).toList();
        List<Reply> queued = waitingReplies.stream().filter(reply -> reply.json().get("status").asText().equals("WAITLISTED")).toList();
        assertThat(seated).hasSize(seatsLeft);
        assertThat(queued).hasSize(CLIENTS - seatsLeft);
        // each was told a different place in the queue, 1 to 21, and reading the bookings again says the same
        List<Reply> byPosition = queued.stream().sorted(Comparator.comparingInt(reply -> reply.json().get("waitlistPosition").asInt()))
            .toList();
        assertThat(byPosition.stream().map(reply -> reply.json().get("waitlistPosition").asInt()).toList())
            .containsExactlyElementsOf(IntStream.rangeClosed(1, queued.size()).boxed().toList());
        for (Reply reply : waitingReplies) {
            assertThat(api.get("/api/v1/bookings/" + reply.json().get("code").asText()).json()).isEqualTo(reply.json());
        }
        assertThat(waitlistOrder(backend.url(), waiting))
            .containsExactlyElementsOf(byPosition.stream().map(reply -> reply.json().get("code").asText()).toList());
        assertCounts(backend.url(), waiting, CAPACITY, CLIENTS - seatsLeft);

        // without: the last seats went to exactly three, everybody else was told "full"
        List<Reply> booked = noWaitingReplies.stream().filter(reply -> reply.status() == 201).toList();
        assertThat(booked).hasSize(seatsLeft)
            .allSatisfy(reply -> assertThat(reply.json().get("status").asText()).isEqualTo("CONFIRMED"));
        assertThat(noWaitingReplies.stream().filter(reply -> reply.status() != 201)).hasSize(CLIENTS - seatsLeft)
            .allSatisfy(reply -> {
                assertThat(reply.status()).as(reply.text()).isEqualTo(409);
                assertThat(reply.json().get("error").asText()).isEqualTo("full");
            });
        for (Reply reply : booked) {
            assertThat(api.get("/api/v1/bookings/" + reply.json().get("code").asText()).json().get("status").asText())
                .isEqualTo("CONFIRMED");
        }
        assertCounts(backend.url(), noWaiting, CAPACITY, 0);

        int daysAhead = (int) ChronoUnit.DAYS.between(today(), LocalDate.parse(waiting.substring(
            waiting.indexOf('@') + 1, waiting.indexOf('T', waiting.indexOf('@')))));
        assertThat(seatsLeft(api, waiting, daysAhead)).isZero();
        assertThat(seatsLeft(api, noWaiting, daysAhead)).isZero();
    }

    /** The waiting bookings (these codes, nobody else) hold places 1, 2, 3 … in the order the database keeps them. */
    private static void assertWaitingListInOrder(Backend backend, Api api, String session, List<String> codes) throws SQLException {
        List<String> order = waitlistOrder(backend.url(), session);
        assertThat(order).containsExactlyInAnyOrderElementsOf(codes);
        for (int i = 0; i < order.size(); i++) {
            assertThat(api.get("/api/v1/bookings/" + order.get(i)).json().get("waitlistPosition").asInt()).isEqualTo(i + 1);
        }
    }

    /** Every thread got the same response, and only one of them was not a replay. */
    private static void assertOneResponse(List<Reply> replies, int status) {
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.text()).isEqualTo(status);
            assertThat(reply.text()).isEqualTo(replies.get(0).text());
        });
        assertThat(replies.stream().filter(reply -> !reply.replayed())).hasSize(1);
    }

    /**
     * The session's counters say what its rows say, and that is what the test expects: never more seated than seats.
     */
    private static void assertCounts(String url, String session, int confirmed, int waitlisted) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.user(url), "");
             PreparedStatement select = connection.prepareStatement(
                 "SELECT confirmed, waitlisted, capacity FROM activity_session WHERE id = ?");
             PreparedStatement rows = connection.prepareStatement(
                 "SELECT status, COUNT(*) FROM booking WHERE session_id = ? GROUP BY status")) {
            select.setString(1, session);
            rows.setString(1, session);
            Map<String, Integer> byStatus = new HashMap<>();
            try (ResultSet result = rows.executeQuery()) {
                while (result.next()) {
                    byStatus.put(result.getString(1), result.getInt(2));
                }
            }
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).as("session row " + session).isTrue();
                assertThat(result.getInt("confirmed")).as("confirmed column").isEqualTo(byStatus.getOrDefault("CONFIRMED", 0))
                    .isEqualTo(confirmed).isLessThanOrEqualTo(result.getInt("capacity"));
                assertThat(result.getInt("waitlisted")).as("waitlisted column").isEqualTo(byStatus.getOrDefault("WAITLISTED", 0))
                    .isEqualTo(waitlisted);
            }
        }
    }

    private static List<String> waitlistOrder(String url, String session) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.user(url), "");
             PreparedStatement select = connection.prepareStatement(
                 "SELECT code FROM booking WHERE session_id = ? AND status = 'WAITLISTED' ORDER BY queue_no, code")) {
            select.setString(1, session);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    codes.add(result.getString(1));
                }
            }
        }
        return codes;
    }

    private static int count(String url, String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.user(url), "");
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static List<String> statuses(Api api, List<String> codes) {
        return codes.stream().map(code -> {
            Reply reply = api.get("/api/v1/bookings/" + code);
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            return reply.json().get("status").asText();
        }).toList();
    }

    private static int seatsLeft(Api api, String session, int daysAhead) {
        LocalDate day = today().plusDays(daysAhead);
        Reply listing = api.get("/api/v1/activities?from=" + day + "&to=" + day);
        assertThat(listing.status()).as(listing.text()).isEqualTo(200);
        return find(listing.json(), session).get("seatsLeft").asInt();
    }

    // ---- people, races, servers ----

    /** Books {@code count} people one after the other; returns their codes in that order. */
    private static List<String> prebook(Api api, String session, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(BookingApiIT.code(book(api, session)));
        }
        return codes;
    }

    /** A new person (a phone of their own, a name made of letters) books the session with a key of their own. */
    private static Reply book(Api api, String session) {
        String phone = newPhone();
        return api.book(session, "Cliente " + phone.chars().skip(4).mapToObj(digit -> String.valueOf((char) ('a' + digit - '0')))
            .reduce("", String::concat), phone, UUID.randomUUID().toString());
    }

    private static String newPhone() {
        return Long.toString(PHONES.incrementAndGet());
    }

    /** Runs {@code tasks} tasks on as many threads, all let go at the same moment; returns their results in order. */
    private static <T> List<T> race(int tasks, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        try {
            CountDownLatch ready = new CountDownLatch(tasks);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.apply(index);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One fresh database and one or two servers on it, each with its own index; closing drops the database. */
    private record Backend(String url, List<AssistantServer> servers, List<Api> apis) implements AutoCloseable {
        static Backend start(String kind, Path work, int count) {
            String url = TestDatabases.freshUrl(kind);
            List<AssistantServer> servers = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    servers.add(TestServers.start(work.resolve("index-" + i), Map.of(
                        "kb.content-dir", content.toString(),
                        "db.url", url,
                        "db.user", TestDatabases.user(url),
                        "security.kiosk-rate-limit", "0")));
                }
            } catch (RuntimeException e) {
                servers.forEach(AssistantServer::close);
                TestDatabases.drop(url);
                throw e;
            }
            return new Backend(url, servers, servers.stream().map(server -> new Api(server, TestServers.TOKEN)).toList());
        }

        /** The kiosk API of server {@code i} modulo the number of servers: clients spread over all of them. */
        Api api(int i) {
            return apis.get(i % apis.size());
        }

        @Override
        public void close() {
            servers.forEach(AssistantServer::close);
            TestDatabases.drop(url);
        }
    }
}

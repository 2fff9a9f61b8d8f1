package it.centrinrete.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.server.AssistantServer;
import it.centrinrete.server.booking.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Contended bookings: starts the server in this JVM on its own content (daily activities of 3 seats, no waiting
 * list; the sample's centres), rate limit off, on a fresh H2 file database or ({@code -Dload.db=postgresql}) a fresh
 * schema of the PostgreSQL on 127.0.0.1:5432. Then, round after round, {@code load.clients} kiosks (16) each book
 * one more person into the same new session at the same moment: three get a seat, the others "full". Prints
 * throughput, p50/p90/p99/max latency of {@code POST /api/v1/bookings}, the outcomes, and the oversold seats found in
 * the responses, through the API and in the database — which must be none. Exits with 1 if any seat was oversold
 * or any request failed.
 * Run: {@code ./mvnw -q -o -pl assistant-server test-compile exec:exec@booking-load [-Dload.db=postgresql]
 * [-Dload.clients=16] [-Dload.rounds=1000]}. Run directly ({@code java -cp … BookingBenchmark}) it also takes
 * {@code -Dload.warmup=100} (rounds run first and not measured), {@code -Dload.capacity=3} and
 * {@code -Dload.waitlist=true} (the others queue instead of getting "full"). The server's access log is silenced so
 * that printing 17,000 lines does not become what is measured. Traffic stays on 127.0.0.1.
 */
public final class BookingBenchmark {
    private static final String TOKEN = "booking-benchmark-token-0123456789";
    /** Sessions per activity: one a day, from tomorrow, well inside the 62 days bookings open ahead. */
    private static final int DAYS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Kept here: loggers are held weakly, and a collected logger would forget the level set on it. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private BookingBenchmark() {
    }

    record Outcome(int round, int status, String bookingStatus, String code, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        String kind = System.getProperty("load.db", "h2");
        int clients = Integer.getInteger("load.clients", 16);
        int rounds = Integer.getInteger("load.rounds", 1000);
        int warmup = Integer.getInteger("load.warmup", 100);
        int capacity = Integer.getInteger("load.capacity", 3);
        boolean waitlist = Boolean.parseBoolean(System.getProperty("load.waitlist", "false"));
        Path work = Files.createTempDirectory("cir-booking-load");
        String url = kind.equals("h2") ? "jdbc:h2:file:" + work.resolve("bookings").toAbsolutePath() : TestDatabases.freshUrlOrFail(kind);
        int activities = (warmup + rounds + DAYS - 1) / DAYS;
        Map<String, String> settings = new HashMap<>(Map.of(
            "server.port", "0", "server.host", "127.0.0.1", "server.connection-options.tcp-no-delay", "true",
            "db.url", url, "db.user", TestDatabases.user(url),
            "kb.index-dir", work.resolve("index").toString(),
            "kb.content-dir", content(work.resolve("content"), activities, capacity, waitlist).toString(),
            "security.kiosk-tokens", TOKEN, "security.kiosk-rate-limit", "0"));
        quiet("io.helidon.webserver.AccessLog", "io.helidon.webserver.accesslog");
        int exit;
        try (AssistantServer server = AssistantServer.start(Config.just(ConfigSources.create(settings)))) {
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("database: %s (%s), %d clients, %d rounds after %d warm-up rounds, capacity %d, %s%n", kind,
                kind.equals("h2") ? "file" : "fresh schema", clients, rounds, warmup, capacity,
                waitlist ? "waiting list on" : "no waiting list");
            List<Outcome> warm = run(base, clients, 0, warmup);
            long started = System.nanoTime();
            List<Outcome> outcomes = run(base, clients, warmup, rounds);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Outcome> all = new ArrayList<>(warm);
            all.addAll(outcomes);
            exit = report(base, url, outcomes, all, seconds, clients, rounds, capacity);
        } finally {
            if (!kind.equals("h2")) {
                TestDatabases.drop(url);
            }
        }
        System.exit(exit);
    }

    /** Rounds {@code first} to {@code first + count - 1}: in each, every client books a new person into its session. */
    private static List<Outcome> run(String base, int clients, int first, int count) throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier together = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        LocalDate today = LocalDate.now(MilanTime.ZONE);
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<Outcome> mine = new ArrayList<>();
                for (int round = first; round < first + count; round++) {
                    together.await();
                    long person = 3_500_000_000L + (long) round * clients + client;
                    String body = "{\"activitySessionId\":\"" + session(today, round) + "\",\"name\":\"" + name(person)
                        + "\",\"phone\":\"" + person + "\"}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/bookings"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long nanos = System.nanoTime() - t0;
                        JsonNode json = JSON.readTree(response.body());
                        mine.add(new Outcome(round, response.statusCode(), json.path("status").asText(json.path("error").asText()),
                            json.path("code").asText(null), nanos));
                    } catch (IOException e) {
                        mine.add(new Outcome(round, -1, e.toString(), null, System.nanoTime() - t0));
                    }
                }
                outcomes.addAll(mine);
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return outcomes;
    }

    private static int report(String base, String url, List<Outcome> measured, List<Outcome> all, double seconds, int clients,
                              int rounds, int capacity) throws Exception {
        List<Long> latencies = new ArrayList<>(measured.stream().map(Outcome::nanos).toList());
        Collections.sort(latencies);
        Map<String, Integer> byOutcome = new TreeMap<>();
        measured.forEach(outcome -> byOutcome.merge(outcome.status() + " " + outcome.bookingStatus(), 1, Integer::sum));
        long failed = all.stream().filter(outcome -> outcome.status() != 201 && outcome.status() != 409).count();
        long confirmed = measured.stream().filter(outcome -> "CONFIRMED".equals(outcome.bookingStatus())).count();

        // oversold as the kiosks were told: more CONFIRMED replies for a round's session than it has seats
        Map<Integer, Integer> seatedPerRound = new HashMap<>();
        all.stream().filter(outcome -> "CONFIRMED".equals(outcome.bookingStatus()))
            .forEach(outcome -> seatedPerRound.merge(outcome.round(), 1, Integer::sum));
        long oversoldReplies = seatedPerRound.values().stream().mapToLong(seated -> Math.max(0, seated - capacity)).sum();
        int seatsPerRound = Math.min(capacity, clients);
        long undersold = all.stream().mapToInt(Outcome::round).distinct()
            .filter(round -> seatedPerRound.getOrDefault(round, 0) < seatsPerRound).count();

        // oversold as the API says afterwards: each confirmed code still CONFIRMED, each session's seats left
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, Integer> confirmedPerSession = new ConcurrentHashMap<>();
        AtomicInteger apiDisagreements = new AtomicInteger();
        for (Outcome outcome : all) {
            if ("CONFIRMED".equals(outcome.bookingStatus())) {
                JsonNode booking = get(http, base + "/api/v1/bookings/" + outcome.code());
                if (!"CONFIRMED".equals(booking.path("status").asText())) {
                    apiDisagreements.incrementAndGet();
                }
                confirmedPerSession.merge(booking.path("activitySessionId").asText(), 1, Integer::sum);
            }
        }
        long oversoldApi = confirmedPerSession.values().stream().mapToLong(seated -> Math.max(0, seated - capacity)).sum();
        LocalDate today = LocalDate.now(MilanTime.ZONE);
        int sessionsFull = 0;
        int sessionsListed = 0;
        for (JsonNode session : get(http, base + "/api/v1/activities?from=" + today.plusDays(1) + "&to=" + today.plusDays(DAYS))) {
            if (session.path("activityId").asText().startsWith("gara-") && confirmedPerSession.containsKey(session.path("id").asText())) {
                sessionsListed++;
                int seatsLeft = session.path("seatsLeft").asInt();
                int expected = capacity - confirmedPerSession.get(session.path("id").asText());
                if (seatsLeft != Math.max(0, expected)) {
                    oversoldApi += Math.max(0, -expected);
                    apiDisagreements.incrementAndGet();
                }
                sessionsFull += seatsLeft == 0 ? 1 : 0;
            }
        }

        // oversold in the database: rows against capacity, and the counter against the rows
        long oversoldDb = 0;
        long countersWrong = 0;
        int sessionsInDb = 0;
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.user(url), "");
             PreparedStatement select = connection.prepareStatement("SELECT s.id, s.capacity, s.confirmed, (SELECT COUNT(*) FROM "
                 + "booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED') AS seated FROM activity_session s");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sessionsInDb++;
                oversoldDb += Math.max(0, rows.getInt("seated") - rows.getInt("capacity"));
                countersWrong += rows.getInt("seated") == rows.getInt("confirmed") ? 0 : 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the sessions back failed", e);
        }

        System.out.printf("POST /api/v1/bookings: %d requests in %.1f s: %.0f req/s, %.0f confirmed bookings/s, %.1f rounds/s%n",
            measured.size(), seconds, measured.size() / seconds, confirmed / seconds, rounds / seconds);
        System.out.printf("latency: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n", percentile(latencies, 0.50),
            percentile(latencies, 0.90), percentile(latencies, 0.99), latencies.isEmpty() ? 0 : latencies.getLast() / 1e6);
        System.out.println("outcomes: " + byOutcome);
        System.out.printf("checked: %d sessions in the database, %d listed by the API (%d with no seat left), %d confirmed codes read "
            + "back%n", sessionsInDb, sessionsListed, sessionsFull,
            confirmedPerSession.values().stream().mapToInt(Integer::intValue).sum());
        System.out.printf("oversold seats: %d in the replies, %d through the API, %d in the database; counters disagreeing with "
            + "rows: %d; API disagreements: %d; rounds with a seat left unsold: %d; failed requests: %d%n", oversoldReplies,
            oversoldApi, oversoldDb, countersWrong, apiDisagreements.get(), undersold, failed);
        boolean ok = oversoldReplies + oversoldApi + oversoldDb + countersWrong + apiDisagreements.get() + undersold + failed == 0;
        System.out.println(ok ? "RESULT: OK, no seat oversold" : "RESULT: FAILED");
        return ok ? 0 : 1;
    }

    private static JsonNode get(HttpClient http, String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + TOKEN).GET().build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** Round {@code round}'s session: activity round / 50, day 1 + round % 50 at 10:00. */
    private static String session(LocalDate today, int round) {
        return "gara-" + round / DAYS + "@" + today.plusDays(1 + round % DAYS) + "T10:00";
    }

    /** A name of letters only, different for each person. */
    private static String name(long person) {
        StringBuilder letters = new StringBuilder("Cliente ");
        Long.toString(person).chars().skip(3).forEach(digit -> letters.append((char) ('a' + digit - '0')));
        return letters.toString();
    }

    private static void quiet(String... loggers) {
        for (String name : loggers) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
    }

    /** The sample's centres and {@code count} activities "gara-0" … taking place every day at 10:00. */
    private static Path content(Path folder, int count, int capacity, boolean waitlist) throws IOException {
        Path centres = SampleContent.folder().resolve("centres");
        Files.createDirectories(folder.resolve("centres"));
        try (Stream<Path> files = Files.list(centres)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve("centres").resolve(file.getFileName().toString()));
            }
        }
        Path activities = Files.createDirectories(folder.resolve("activities"));
        for (int i = 0; i < count; i++) {
            Files.writeString(activities.resolve("gara-" + i + ".yaml"), "id: gara-" + i + "\n"
                + "type: activity\n"
                + "title: Gara " + i + "\n"
                + "description: >-\n"
                + "  Attività per la prova di carico delle prenotazioni: ogni giorno, pochi posti.\n"
                + "centre: csrc-zante\n"
                + "schedule:\n"
                + "  days: [mon, tue, wed, thu, fri, sat, sun]\n"
                + "  time: \"10:00\"\n"
                + "  durationMinutes: 60\n"
                + "  from: 2026-01-01\n"
                + "  skipHolidays: false\n"
                + "capacity: " + capacity + "\n"
                + "waitlist: " + waitlist + "\n"
                + "keywords: [prova di carico]\n"
                + "lastReviewed: 2026-11-20\n"
                + "source: \"Prova di carico\"\n");
        }
        return folder;
    }
}

package it.centrinrete.server.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import it.centrinrete.server.AssistantServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the server in this JVM (rate limit off), then for each endpoint runs 16 concurrent connections for a fixed
 * time after a warm-up, and prints requests per second, p50 and p99 latency and errors, then the heap in use.
 * Run: {@code ./mvnw -q -pl assistant-server -am -DskipTests install && ./mvnw -q -pl assistant-server exec:exec@load}
 * ({@code -Dload.entries=20000} for the large content). Bounded in count and time; traffic stays on 127.0.0.1.
 */
public final class LoadBenchmark {
    private static final int CONNECTIONS = 16;
    private static final String TOKEN = "load-benchmark-token-0123456789";
    private static final String[] QUESTIONS = {
        "a che ora apre il centro zante", "chi mi porta la spesa a casa", "vorrei fare ginnastica dolce",
        "come si fa lo spid", "dove faccio il vacino antinfluenzale", "mi serve una badante",
        "chi ha vinto la partita ieri", "numero della guardia medica di notte"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.getInteger("load.entries", 0);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("load.warmup", 5));
        Duration measure = Duration.ofSeconds(Integer.getInteger("load.seconds", 15));
        Path work = Files.createTempDirectory("cir-load");
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
            "server.port", "0", "server.host", "127.0.0.1", "server.connection-options.tcp-no-delay", "true",
            "db.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "db.user", "sa",
            "kb.index-dir", work.resolve("index").toString(),
            "security.kiosk-tokens", TOKEN, "security.kiosk-rate-limit", "0"));
        if (entries > 0) {
            settings.put("kb.content-dir", LargeContent.write(work.resolve("content"), entries).toString());
        }
        try (AssistantServer server = AssistantServer.start(Config.just(ConfigSources.create(settings)))) {
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("content: %s, %d connections, %d s warm-up, %d s measured per endpoint%n",
                entries > 0 ? entries + " generated entries" : "sample", CONNECTIONS, warmup.toSeconds(), measure.toSeconds());
            run("GET /observe/health", i -> HttpRequest.newBuilder(URI.create(base + "/observe/health")).GET().build(), warmup);
            Result health = run("GET /observe/health",
                i -> HttpRequest.newBuilder(URI.create(base + "/observe/health")).GET().build(), measure);
            run("POST /api/v1/ask", i -> ask(base, i), warmup);
            Result ask = run("POST /api/v1/ask", i -> ask(base, i), measure);
            System.out.println(health);
            System.out.println(ask);
            System.out.printf("ask throughput / health throughput: %.0f %%%n", 100 * ask.perSecond() / health.perSecond());
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use after load and GC: %d MB (max %d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.maxMemory() / (1024 * 1024));
        }
    }

    private static HttpRequest ask(String base, int i) {
        String body = "{\"text\":\"" + QUESTIONS[i % QUESTIONS.length] + "\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/ask"))
            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    record Result(String name, int requests, int errors, double perSecond, double p50Millis, double p99Millis) {
        @Override
        public String toString() {
            return String.format("%-20s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %d requests, %d errors", name, perSecond,
                p50Millis, p99Millis, requests, errors);
        }
    }

    private static Result run(String name, java.util.function.IntFunction<HttpRequest> requests, Duration duration)
        throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CONNECTIONS; c++) {
            workers.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    int i = counter.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(requests.apply(i), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
                latencies.addAll(mine);
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(name, sorted.size(), errors.get(), sorted.size() / seconds, percentile(sorted, 0.50),
            percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** Writes {@code count} services as one HSDS file, built from varied Italian texts and places. */
    static final class LargeContent {
        private static final String[] NEEDS = {"spesa a domicilio", "pasti a domicilio", "assistenza domiciliare",
            "trasporto per visite mediche", "ginnastica dolce", "corso di smartphone", "aiuto con lo SPID",
            "telesoccorso", "custode sociale", "vaccinazione antinfluenzale", "prenotazione visite", "biblioteca",
            "bonus bollette", "assistente familiare", "gruppo di cammino", "riparazioni in casa"};
        private static final String[] PLACES = {"Corvetto", "Gratosoglio", "Vigentino", "Stadera", "Calvairate",
            "Forlanini", "Ponte Lambro", "Rogoredo", "Lodi", "Ripamonti", "Chiaravalle", "Taliedo"};

        private LargeContent() {
        }

        static Path write(Path folder, int count) throws IOException {
            Files.createDirectories(folder);
            List<Map<String, Object>> services = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String need = NEEDS[i % NEEDS.length];
                String place = PLACES[(i / NEEDS.length) % PLACES.length];
                services.add(Map.of(
                    "id", "svc-" + i,
                    "name", need + " " + place + " " + i,
                    "description", "Servizio di " + need + " nel quartiere " + place + ". Per persone anziane e famiglie. "
                        + "Si prenota per telefono o allo sportello del municipio.",
                    "last_modified", "2026-11-20T10:00:00Z"));
            }
            Path file = folder.resolve("generated.hsds.json");
            new ObjectMapper().writeValue(file.toFile(), services);
            return folder;
        }
    }
}

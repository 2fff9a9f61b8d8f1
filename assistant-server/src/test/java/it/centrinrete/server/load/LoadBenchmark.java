package it.centrinrete.server.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import it.centrinrete.server.AssistantServer;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Starts the server in this JVM (rate limit off), warms it up with every kind of request mixed, then for each
 * endpoint runs 16 concurrent keep-alive connections for a fixed time, and prints requests per second, p50 and p99
 * latency, CPU per request and errors, then the heap in use. Two kinds of ask traffic: questions a kiosk hears all
 * day (a pool of 40, remembered after their first time) and questions asked for the first time (each text new, so
 * every one is searched).
 * Run: {@code ./mvnw -q -pl assistant-server -am -DskipTests install && ./mvnw -q -pl assistant-server exec:exec@load}
 * ({@code -Dload.entries=20000} for the large content). Bounded in count and time; traffic stays on 127.0.0.1.
 * The client is a plain socket per connection ({@link Connection}): the JDK's HttpClient spends more CPU per
 * request than the answers it measures, on the same two cores.
 */
public final class LoadBenchmark {
    private static final int CONNECTIONS = Integer.getInteger("load.connections", 16);
    private static final String TOKEN = "load-benchmark-token-0123456789";
    /** What kiosks hear: opening hours, help at home, activities, digital help, health, and some off-topic. */
    private static final String[] QUESTIONS = {
        "a che ora apre il centro zante", "chi mi porta la spesa a casa", "vorrei fare ginnastica dolce",
        "come si fa lo spid", "dove faccio il vacino antinfluenzale", "mi serve una badante",
        "chi ha vinto la partita ieri", "numero della guardia medica di notte", "siete aperti sabato?",
        "c'è un corso per usare il telefonino?", "come prenoto una visita dal cardiologo", "dove trovo una farmacia aperta",
        "mi sento solo, c'è qualcuno con cui parlare?", "quanto costa la tessera del centro", "il telesoccorso come funziona",
        "chi mi aiuta a pagare le bollette", "ci sono gite in programma?", "come arrivo al cam chiesa rossa",
        "pasti caldi a domicilio", "vorrei imparare a fare le videochiamate", "mi hanno telefonato per una truffa",
        "dove si gioca a carte", "c'è il coro?", "come si rinnova la carta d'identità", "aiuto per la pensione",
        "mi accompagnano a fare le analisi?", "servizi per chi ha l'alzheimer", "dove posso ballare il liscio",
        "orari della biblioteca", "che tempo fa domani", "come faccio il fascicolo sanitario", "ho bisogno di un avvocato",
        "sconti sui mezzi pubblici per anziani", "c'è una piscina per anziani?", "chi mi ripara il rubinetto",
        "dove vado a votare", "posso portare il cane?", "c'è la ginnastica al mattino?", "assistente sociale del municipio",
        "cosa c'è oggi al centro"};
    /** Ways of opening a question: with them each text is new, so the server cannot have remembered its search. */
    private static final String[] OPENINGS = {"", "scusi ", "mi scusi ", "buongiorno ", "senta ", "per favore ", "vorrei sapere ",
        "mi sa dire ", "posso chiedere ", "una domanda ", "buonasera ", "allora ", "ecco ", "mi dica ", "sa dirmi "};
    private static final String[] CLOSINGS = {"", " grazie", " grazie mille", " per cortesia", " gentilmente", " per piacere",
        " la ringrazio", " se possibile", " per favore", " grazie tante", " cortesemente", " gentile", " grazie davvero",
        " molto gentile", " grazie ancora"};

    /** Where the first-time warm-up starts among the 2,025,000 texts: far beyond what a measured run reaches. */
    private static final int FIRST_TIME_WARMUP_OFFSET = 1_000_000;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.getInteger("load.entries", 0);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("load.warmup", 45));
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
            int port = server.port();
            System.out.printf("content: %s, %d connections, %d s warm-up of all kinds, %d s measured per endpoint%n",
                entries > 0 ? entries + " generated entries" : "sample", CONNECTIONS, warmup.toSeconds(), measure.toSeconds());
            IntFunction<byte[]> health = i -> get("/observe/health");
            IntFunction<byte[]> heard = i -> ask(QUESTIONS[i % QUESTIONS.length]);
            IntFunction<byte[]> firstTime = i -> ask(firstTime(i));
            // one warm-up of all three kinds together before anything is measured: the JIT compiler takes half a
            // core for the first minute, and warming each row alone left it still compiling during the next row
            IntFunction<byte[]> firstTimeWarmup = i -> ask(firstTime(i + FIRST_TIME_WARMUP_OFFSET));
            run(port, "warm-up", i -> switch (i % 3) {
                case 0 -> health.apply(i);
                case 1 -> heard.apply(i);
                default -> firstTimeWarmup.apply(i);
            }, warmup);
            Duration settle = Duration.ofSeconds(Math.min(5, warmup.toSeconds()));
            run(port, "GET /observe/health", health, settle);
            Result healthResult = run(port, "GET /observe/health", health, measure);
            run(port, "POST /api/v1/ask", heard, settle);
            Result heardResult = run(port, "POST /api/v1/ask", heard, measure);
            // settled on texts the measured run never asks, so nothing it measures was remembered
            run(port, "ask, first time", i -> firstTimeWarmup.apply(i + 50_000), settle);
            Result firstResult = run(port, "ask, first time", firstTime, measure);
            System.out.println(healthResult);
            System.out.println(heardResult);
            System.out.println(firstResult);
            System.out.printf("ask throughput / health throughput: %.0f %% (questions heard all day), %.0f %% (first time)%n",
                100 * heardResult.perSecond() / healthResult.perSecond(), 100 * firstResult.perSecond() / healthResult.perSecond());
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use after load and GC: %d MB (max %d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.maxMemory() / (1024 * 1024));
        }
    }

    /** Three openings, a question and a closing: 2,025,000 different texts, far more than a run asks. */
    static String firstTime(int i) {
        int question = i % QUESTIONS.length;
        int rest = i / QUESTIONS.length;
        int openings = OPENINGS.length;
        return OPENINGS[rest % openings] + OPENINGS[rest / openings % openings] + OPENINGS[rest / (openings * openings) % openings]
            + QUESTIONS[question] + CLOSINGS[rest / (openings * openings * openings) % CLOSINGS.length];
    }

    private static byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] ask(String question) {
        byte[] body = ("{\"text\":\"" + question + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /api/v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /**
     * @param cpuMicros CPU time of this whole JVM (server and client) per request: unlike requests per second, it
     *                  hardly moves when something else runs on the machine, so it compares builds fairly
     */
    record Result(String name, int requests, int errors, double perSecond, double p50Millis, double p99Millis, double cpuMicros) {
        @Override
        public String toString() {
            return String.format("%-20s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  CPU %5.0f µs/req  %d requests, %d errors", name,
                perSecond, p50Millis, p99Millis, cpuMicros, requests, errors);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Result run(int port, String name, IntFunction<byte[]> requests, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<long[]> perConnection = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        for (int c = 0; c < CONNECTIONS; c++) {
            workers.add(pool.submit(() -> {
                // grown as needed: the server's heap is capped in this same JVM, and sixteen fixed arrays of a
                // million latencies took half of it, so the garbage collector, not the server, set the pace
                long[] mine = new long[1 << 12];
                int n = 0;
                Connection connection = new Connection(port);
                try {
                    while (System.nanoTime() < end) {
                        byte[] request = requests.apply(counter.getAndIncrement());
                        long t0 = System.nanoTime();
                        try {
                            if (connection.exchange(request) != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            connection.close();
                            connection = new Connection(port);
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - t0;
                    }
                } finally {
                    connection.close();
                }
                perConnection.add(Arrays.copyOf(mine, n));
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuBefore;
        long[] sorted = perConnection.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, sorted.length, errors.get(), sorted.length / seconds, percentile(sorted, 0.50),
            percentile(sorted, 0.99), sorted.length == 0 ? 0 : cpu / 1e3 / sorted.length);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * One keep-alive HTTP/1.1 connection: writes a request, reads the whole response (fixed length or chunked) and
     * returns its status. Nothing else, so the client costs next to nothing beside the server it measures.
     */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long count) throws IOException {
            for (long left = count; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("the response ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the benchmark is over for this connection either way
            }
        }
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

package it.centrinrete.kiosk.bench;

import it.centrinrete.kiosk.net.RealServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kiosk's figures against the real server: start-up to the first screen laid out, resident memory after start and
 * after use, and the time from a reply arriving to the answer being on screen (p50/p99).
 *
 * <p>{@code ./mvnw -q -pl kiosk test-compile exec:exec@figures [-Dfigures.questions=50]}. The server and the kiosk each
 * run in their own JVM (so the kiosk's start-up and memory are its own); the kiosk runs headless on Monocle with
 * software rendering, exactly as {@code java -jar kiosk.jar} wires it otherwise. The kiosk's log goes to
 * {@code target/figures-kiosk.log}.
 */
public final class KioskFigures {
    private static final long STARTUP_TARGET_MS = 3_000;
    private static final long RSS_TARGET_MB = 400;
    private static final double REPLY_TARGET_MS = 100;
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dtestfx.headless=true");

    private KioskFigures() {
    }

    public static void main(String[] args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        String classpath = System.getProperty("java.class.path");
        Path data = Files.createTempDirectory("kiosk-figures-data");
        Process server = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, FiguresServer.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = serverPort(server);
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
            // e.g. -Dfigures.kiosk-jvm=-Xmx256m: options for the kiosk's JVM, to try a capped heap
            for (String option : System.getProperty("figures.kiosk-jvm", "").trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    command.add(option);
                }
            }
            command.addAll(HEADLESS);
            command.addAll(List.of(
                "-Dkiosk.server=http://127.0.0.1:" + port,
                "-Dkiosk.token=" + RealServer.TOKEN,
                "-Dkiosk.centre=csrc-zante",
                "-Dkiosk.data-dir=" + data,
                "-Dfigures.questions=" + Integer.getInteger("figures.questions", 50),
                "-cp", classpath, FiguresKiosk.class.getName()));
            File log = Path.of("target", "figures-kiosk.log").toFile();
            Process kiosk = new ProcessBuilder(command).redirectError(log).start();
            String figures = null;
            try (BufferedReader out = reader(kiosk)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("FIGURES ")) {
                        figures = line;
                    }
                }
            }
            if (!kiosk.waitFor(30, TimeUnit.SECONDS) || kiosk.exitValue() != 0 || figures == null) {
                kiosk.destroyForcibly();
                throw new IllegalStateException("the kiosk run failed; see " + log.getAbsolutePath());
            }
            report(figures);
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static int serverPort(Process server) throws IOException {
        BufferedReader out = reader(server);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("port=")) {
                return Integer.parseInt(line.substring("port=".length()).trim());
            }
        }
        throw new IllegalStateException("the server did not start");
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void report(String figures) {
        long startup = (long) number(figures, "startup_ms");
        long rssReady = (long) number(figures, "rss_ready_mb");
        long rssAfter = (long) number(figures, "rss_after_mb");
        double p50 = number(figures, "reply_p50_ms");
        double p99 = number(figures, "reply_p99_ms");
        System.out.println(figures);
        System.out.printf(Locale.ROOT, "start-up to first screen  %6d ms   (target <= %d ms)  %s%n", startup, STARTUP_TARGET_MS,
            verdict(startup <= STARTUP_TARGET_MS));
        System.out.printf(Locale.ROOT, "RSS after start / use     %3d / %3d MB (target <= %d MB)  %s%n", rssReady, rssAfter,
            RSS_TARGET_MB, verdict(Math.max(rssReady, rssAfter) <= RSS_TARGET_MB));
        System.out.printf(Locale.ROOT, "reply -> screen p50 / p99 %.1f / %.1f ms (target <= %.0f ms)  %s%n", p50, p99,
            REPLY_TARGET_MS, verdict(p99 <= REPLY_TARGET_MS));
        System.out.printf(Locale.ROOT, "  first reply after start %.1f ms; slowest of the others %.1f ms%n",
            number(figures, "reply_first_ms"), number(figures, "reply_max_after_first_ms"));
    }

    private static String verdict(boolean met) {
        return met ? "OK" : "OVER";
    }

    private static double number(String figures, String key) {
        Matcher m = Pattern.compile(key + "=([0-9.\\-]+)").matcher(figures);
        if (!m.find()) {
            throw new IllegalStateException(key + " missing from " + figures);
        }
        return Double.parseDouble(m.group(1));
    }
}

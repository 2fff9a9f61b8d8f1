package it.centrinrete.kiosk.bench;

import it.centrinrete.kiosk.Main;
import it.centrinrete.kiosk.ui.Figures;
import it.centrinrete.kiosk.ui.KioskApp;
import it.centrinrete.kiosk.ui.KioskController;
import it.centrinrete.kiosk.ui.ReplyTiming;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The kiosk as {@code java -jar kiosk.jar} starts it ({@link Main}, real services, settings from system properties),
 * in its own JVM for {@link KioskFigures}: once the first screen is up it asks {@code figures.questions} questions
 * through the controller, one after the other with {@code figures.think-ms} (500) between an answer shown and the next
 * question, and prints one {@code FIGURES …} line.
 */
public final class FiguresKiosk {
    private static final List<String> QUESTIONS = List.of(
        "Come faccio a prenotare una visita?",
        "Quali attività ci sono questa settimana?",
        "Che cos'è lo SPID?",
        "Come si usa WhatsApp per fare una videochiamata?",
        "Quando è aperto il centro?",
        "Come riconosco un messaggio truffa?",
        "Come scarico il referto delle analisi?",
        "C'è un corso di computer per principianti?",
        "Come cambio la password della posta?",
        "Posso parlare con un operatore?");
    private static final long REPLY_TIMEOUT_MS = 30_000;
    /** A person reads (or hears) an answer before asking again: the next question waits this long after one is shown. */
    private static final long THINK_MS = Long.getLong("figures.think-ms", 500);

    private FiguresKiosk() {
    }

    public static void main(String[] args) {
        int questions = Integer.getInteger("figures.questions", 50);
        // registered before launch: runs on the FX thread the moment the first screen has been laid out
        CompletableFuture<Long> startup = KioskApp.ready().thenApply(c -> Figures.millisSinceJvmStart());
        Thread driver = new Thread(() -> drive(startup, questions), "figures-driver");
        driver.setDaemon(true);
        driver.start();
        Main.main(args);
    }

    private static void drive(CompletableFuture<Long> startup, int questions) {
        int exit = 1;
        try {
            long startupMs = startup.get(60, TimeUnit.SECONDS);
            KioskController controller = KioskApp.ready().get();
            long rssReady = Figures.residentMegabytes();
            Platform.runLater(controller::wake);
            ReplyTiming timing = controller.replyTiming();
            for (int i = 0; i < questions; i++) {
                Thread.sleep(THINK_MS);
                long before = timing.count();
                String question = QUESTIONS.get(i % QUESTIONS.size());
                Platform.runLater(() -> controller.ask(question));
                long deadline = System.currentTimeMillis() + REPLY_TIMEOUT_MS;
                while (timing.count() == before) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("no answer on screen within " + REPLY_TIMEOUT_MS + " ms for: " + question);
                    }
                    Thread.sleep(2);
                }
            }
            long rssAfter = Figures.residentMegabytes();
            double[] samples = timing.samplesMillis();
            double[] warm = Arrays.copyOfRange(samples, Math.min(1, samples.length), samples.length);
            Arrays.sort(warm);
            System.out.println(String.format(Locale.ROOT,
                "FIGURES startup_ms=%d rss_ready_mb=%d rss_after_mb=%d replies=%d reply_p50_ms=%.1f reply_p99_ms=%.1f"
                    + " reply_first_ms=%.1f reply_max_after_first_ms=%.1f",
                startupMs, rssReady, rssAfter, timing.count(), timing.percentileMillis(50), timing.percentileMillis(99),
                samples.length == 0 ? 0 : samples[0], warm.length == 0 ? 0 : warm[warm.length - 1]));
            exit = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(exit);
        }
    }
}

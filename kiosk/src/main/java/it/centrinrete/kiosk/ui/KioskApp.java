package it.centrinrete.kiosk.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, 1280×800, or full screen with {@code -Dkiosk.fullscreen=true}. */
public final class KioskApp extends Application {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    private static final Logger LOG = Logger.getLogger(KioskApp.class.getName());
    private static final CompletableFuture<KioskController> READY = new CompletableFuture<>();
    private static volatile KioskServices services;

    private KioskController controller;

    /** Must be called before {@link Application#launch}. */
    public static void use(KioskServices kioskServices) {
        services = Objects.requireNonNull(kioskServices);
    }

    /**
     * Completes with the controller once the first screen has been shown and laid out (benchmarks, end-to-end runs);
     * the start-up time is logged then as "Kiosk ready in N ms", counted from the JVM's start.
     */
    public static CompletableFuture<KioskController> ready() {
        return READY;
    }

    @Override
    public void start(Stage stage) {
        KioskServices s = services == null ? new DemoServices() : services;
        ScreenSettings settings = s.settings();
        KioskModel model = new KioskModel();
        controller = KioskController.standard(model, s, settings);
        KioskView view = new KioskView(model, controller);
        Scene scene = view.createScene(WIDTH, HEIGHT);
        stage.setTitle(Messages.italian().get("app.title"));
        stage.setScene(scene);
        if (settings.fullscreen()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        controller.idleTimer().start();
        KioskController shown = controller;
        Runnable firstLayout = new Runnable() {
            @Override
            public void run() {
                if (READY.isDone()) {
                    return;
                }
                // not removed here: the scene is iterating over its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                LOG.info(() -> "Kiosk ready in " + Figures.millisSinceJvmStart() + " ms (RSS " + Figures.residentMegabytes() + " MB)");
                READY.complete(shown);
                // next on the JavaFX thread, while the idle screen waits: the first answer then finds the screen warm
                Platform.runLater(() -> LOG.info(() -> "Conversation screen warmed up off screen in "
                        + ConversationWarmUp.run(settings) + " ms"));
            }
        };
        scene.addPostLayoutPulseListener(firstLayout);
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        if (controller != null) {
            controller.idleTimer().stop();
        }
        if (services != null) {
            services.close();
        }
    }
}

package it.centrinrete.kiosk.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, 1280×800, or full screen with {@code -Dkiosk.fullscreen=true}. */
public final class KioskApp extends Application {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    private static volatile KioskServices services;

    private KioskController controller;

    /** Must be called before {@link Application#launch}. */
    public static void use(KioskServices kioskServices) {
        services = Objects.requireNonNull(kioskServices);
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

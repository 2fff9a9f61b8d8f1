package it.centrinrete.kiosk;

import it.centrinrete.kiosk.config.KioskSettings;
import it.centrinrete.kiosk.ui.DemoServices;
import it.centrinrete.kiosk.ui.KioskApp;
import it.centrinrete.kiosk.ui.KioskServices;
import javafx.application.Application;

/**
 * Starts the kiosk against the assistant server its settings name ({@code kiosk.server}, {@code kiosk.token}, …: file,
 * system properties or environment, see {@link KioskSettings}). {@code -Dkiosk.demo=true} runs it with canned answers
 * and no server, to look at the screens on a PC.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        KioskApp.use(services());
        Application.launch(KioskApp.class, args);
    }

    static KioskServices services() {
        if (Boolean.getBoolean("kiosk.demo")) {
            return new DemoServices();
        }
        // a wrong setting stops here with the key named, before any window opens
        return new RealServices(KioskSettings.load());
    }
}

package it.centrinrete.kiosk.bench;

import it.centrinrete.kiosk.net.RealServer;
import it.centrinrete.server.AssistantServer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real assistant server in its own JVM for {@link KioskFigures}: prints {@code port=N}, stops when stdin closes. */
public final class FiguresServer {
    private FiguresServer() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Files.createTempDirectory("kiosk-figures-index");
        try (AssistantServer server = RealServer.start(index)) {
            System.out.println("port=" + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // the parent closes our stdin (or kills us) when the run is over
            }
        }
    }
}

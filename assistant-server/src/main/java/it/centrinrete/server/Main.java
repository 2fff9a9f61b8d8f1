package it.centrinrete.server;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

/** Starts the assistant server with {@code application.yaml}, system properties and environment variables. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        AssistantServer server = AssistantServer.start(Config.create());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        server.demoAdminPassword().ifPresent(password ->
            System.out.println("Demo mode: console account admin, password " + password + " (shown once; set security.admin-password)"));
        for (String token : server.demoTokens()) {
            System.out.println("Demo mode: kiosk token " + token + " (bound to the configured kiosk centre)");
        }
        System.out.println("Centri in Rete listening on http://localhost:" + server.port());
    }
}

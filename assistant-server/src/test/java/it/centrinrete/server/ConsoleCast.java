package it.centrinrete.server;

import it.centrinrete.server.booking.TestDatabases;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A server on the sample content and a fresh database of the given kind, with the people the console tests act as:
 * the admin, an operator of CSRC Zante, one of CSRC Ritrovo 15, and a tutor.
 */
record ConsoleCast(AssistantServer server, String url, ConsoleClient admin, ConsoleClient zante, ConsoleClient ritrovo,
                   ConsoleClient tutor) {

    static ConsoleCast start(Path index, String kind, Map<String, String> settings) {
        String url = TestDatabases.freshUrl(kind);
        Map<String, String> all = new HashMap<>(settings);
        all.put("db.url", url);
        all.put("db.user", TestDatabases.user(url));
        all.put("security.kiosk-rate-limit", "0");
        AssistantServer server = TestServers.start(index, all);
        ConsoleClient admin = ConsoleClient.admin(server);
        return new ConsoleCast(server, url, admin, admin.createAndLogin("op-zante", "operator", "csrc-zante"),
            admin.createAndLogin("op-ritrovo", "operator", "csrc-ritrovo-15"), admin.createAndLogin("tutor-anna", "tutor", null));
    }
}

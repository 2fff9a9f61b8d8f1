package it.centrinrete.server;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Servers for tests: a free port, a fresh in-memory H2 database, the index in a temporary folder. */
final class TestServers {
    static final String TOKEN = "test-kiosk-token-0123456789";
    static final String ADMIN_PASSWORD = "test-admin-password-0123";

    private TestServers() {
    }

    static AssistantServer start(Path indexDir, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of(
            "server.port", "0",
            "server.host", "127.0.0.1",
            "server.max-payload-size", "65536",
            "db.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "db.user", "sa",
            "kb.index-dir", indexDir.toString(),
            "security.kiosk-tokens", TOKEN,
            "security.kiosk-centre", "csrc-zante",
            "security.admin-password", ADMIN_PASSWORD));
        settings.putAll(overrides);
        return AssistantServer.start(Config.just(ConfigSources.create(settings)));
    }
}

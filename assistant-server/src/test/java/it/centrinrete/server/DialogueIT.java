package it.centrinrete.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every conversation fixture of {@code src/test/resources/dialogues/} in its own session, on the sample content. */
class DialogueIT {
    @TempDir
    static Path indexDir;
    static AssistantServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(indexDir, Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyConversationGoesAsWritten() throws IOException, URISyntaxException {
        return ConversationFixtures.all(server, "/dialogues");
    }
}

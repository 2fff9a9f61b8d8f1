package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every conversation fixture of {@code src/test/resources/dialogues/} in its own session. */
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

    /** One thing said, and what its answer must show. */
    record Turn(int line, String said, Map<String, String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyConversationGoesAsWritten() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/dialogues").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> fixtures = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertThat(fixtures).isNotEmpty();
            return fixtures.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
        }
    }

    private static void run(Path file) throws IOException, InterruptedException {
        String session = null;
        for (Turn turn : parse(file)) {
            JsonNode answer = TestServers.ask(server, turn.said(), session);
            session = answer.path("sessionId").asText();
            String where = file.getFileName() + ":" + turn.line() + " \"" + turn.said() + "\" → " + answer;
            for (var expectation : turn.expected().entrySet()) {
                String value = expectation.getValue();
                switch (expectation.getKey()) {
                    case "intent" -> assertThat(answer.path("intent").asText()).as(where).isEqualTo(value);
                    case "source" -> assertThat(answer.path("sources").path(0).path("id").asText()).as(where).isEqualTo(value);
                    case "says" -> assertThat(answer.path("text").asText().toLowerCase(Locale.ITALIAN)).as(where)
                        .contains(value.toLowerCase(Locale.ITALIAN));
                    case "answered" -> assertThat(answer.path("answered").asBoolean()).as(where).isEqualTo(Boolean.parseBoolean(value));
                    case "action" -> assertThat(answer.path("actions").path(0).path("type").asText()).as(where).isEqualTo(value);
                    default -> throw new IllegalArgumentException(where + ": unknown expectation '" + expectation.getKey() + "'");
                }
            }
        }
    }

    static List<Turn> parse(Path file) throws IOException {
        List<Turn> turns = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(">")) {
                turns.add(new Turn(i + 1, line.substring(1).strip(), new LinkedHashMap<>()));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (turns.isEmpty() || colon < 0) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": expected '> question' or 'key: value'");
                }
                turns.get(turns.size() - 1).expected().put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return turns;
    }
}

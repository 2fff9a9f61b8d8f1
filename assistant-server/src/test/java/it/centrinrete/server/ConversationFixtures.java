package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Conversation fixtures (see {@code src/test/resources/dialogues/README.md}): each file is one conversation, run in
 * one session against a real server, every answer checked against the lines written under what was said.
 */
final class ConversationFixtures {
    /** How a recogniser writes each code symbol when a person reads it aloud. */
    private static final Map<Character, String> SPOKEN = Map.ofEntries(
        Map.entry('A', "a"), Map.entry('C', "ci"), Map.entry('D', "di"), Map.entry('E', "e"), Map.entry('F', "effe"),
        Map.entry('G', "gi"), Map.entry('H', "acca"), Map.entry('M', "emme"), Map.entry('N', "enne"), Map.entry('P', "pi"),
        Map.entry('R', "erre"), Map.entry('S', "esse"), Map.entry('T', "ti"), Map.entry('U', "u"), Map.entry('V', "vu"),
        Map.entry('Z', "zeta"), Map.entry('2', "due"), Map.entry('3', "tre"), Map.entry('4', "quattro"), Map.entry('5', "cinque"),
        Map.entry('6', "sei"), Map.entry('7', "sette"), Map.entry('8', "otto"), Map.entry('9', "nove"));

    private ConversationFixtures() {
    }

    /** One thing said, and what its answer must show, in the order written. */
    record Turn(int line, String said, List<Map.Entry<String, String>> expected) {
    }

    static Stream<DynamicTest> all(AssistantServer server, String folderResource) throws IOException, URISyntaxException {
        Path folder = Path.of(ConversationFixtures.class.getResource(folderResource).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> fixtures = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertThat(fixtures).isNotEmpty();
            return fixtures.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(server, file)));
        }
    }

    static void run(AssistantServer server, Path file) throws IOException, InterruptedException {
        String session = null;
        Map<String, String> remembered = new HashMap<>();
        for (Turn turn : parse(file)) {
            String said = substitute(turn.said(), remembered, file, turn.line());
            JsonNode answer = TestServers.ask(server, said, session);
            session = answer.path("sessionId").asText();
            String where = file.getFileName() + ":" + turn.line() + " \"" + said + "\" → " + answer;
            for (Map.Entry<String, String> expectation : turn.expected()) {
                String value = expectation.getKey().equals("remember") ? expectation.getValue()
                    : substitute(expectation.getValue(), remembered, file, turn.line());
                check(answer, expectation.getKey(), value, where, remembered);
            }
        }
    }

    private static void check(JsonNode answer, String key, String value, String where, Map<String, String> remembered) {
        String lower = value.toLowerCase(Locale.ITALIAN);
        switch (key) {
            case "intent" -> assertThat(answer.path("intent").asText()).as(where).isEqualTo(value);
            case "source" -> assertThat(answer.path("sources").path(0).path("id").asText()).as(where).isEqualTo(value);
            case "says" -> assertThat(answer.path("text").asText().toLowerCase(Locale.ITALIAN)).as(where).contains(lower);
            case "not-says" -> assertThat(answer.path("text").asText().toLowerCase(Locale.ITALIAN)).as(where).doesNotContain(lower);
            case "speaks" -> assertThat(answer.path("speech").asText().toLowerCase(Locale.ITALIAN)).as(where).contains(lower);
            case "answered" -> assertThat(answer.path("answered").asBoolean()).as(where).isEqualTo(Boolean.parseBoolean(value));
            case "action" -> assertThat(answer.path("actions").path(0).path("type").asText()).as(where).isEqualTo(value);
            case "has-action" -> assertThat(actionTypes(answer)).as(where).contains(value);
            case "suggests" -> assertThat(answer.path("suggestions").toString().toLowerCase(Locale.ITALIAN)).as(where).contains(lower);
            case "remember" -> {
                String code = codeOf(answer);
                assertThat(code).as(where + ": no action carries a booking code to remember").isNotNull();
                remembered.put(value, code);
            }
            default -> throw new IllegalArgumentException(where + ": unknown expectation '" + key + "'");
        }
    }

    private static List<String> actionTypes(JsonNode answer) {
        List<String> types = new ArrayList<>();
        answer.path("actions").forEach(action -> types.add(action.path("type").asText()));
        return types;
    }

    private static String codeOf(JsonNode answer) {
        for (JsonNode action : answer.path("actions")) {
            if (action.hasNonNull("code")) {
                return action.path("code").asText();
            }
        }
        return null;
    }

    /** {@code ${name}} is a remembered code as typed; {@code ${name-spoken}} is the same code as a recogniser writes it. */
    private static String substitute(String said, Map<String, String> remembered, Path file, int line) {
        String result = said;
        for (Map.Entry<String, String> value : remembered.entrySet()) {
            String spoken = value.getValue().chars().mapToObj(c -> SPOKEN.get((char) c)).collect(Collectors.joining(" "));
            result = result.replace("${" + value.getKey() + "-spoken}", spoken).replace("${" + value.getKey() + "}", value.getValue());
        }
        if (result.contains("${")) {
            throw new IllegalArgumentException(file.getFileName() + ":" + line + ": nothing remembered for " + result);
        }
        return result;
    }

    static List<Turn> parse(Path file) throws IOException {
        List<Turn> turns = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(">")) {
                turns.add(new Turn(i + 1, line.substring(1).strip(), new ArrayList<>()));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (turns.isEmpty() || colon < 0) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": expected '> question' or 'key: value'");
                }
                turns.get(turns.size() - 1).expected().add(
                    new AbstractMap.SimpleEntry<>(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        return turns;
    }
}

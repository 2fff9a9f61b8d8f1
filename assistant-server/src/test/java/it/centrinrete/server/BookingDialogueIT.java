package it.centrinrete.server;

import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.server.booking.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Booking, cancelling and "my bookings" by voice: the fixtures of {@code src/test/resources/dialogues-booking/}, on
 * the sample content plus activities held every day, so there is always a session to book whatever the date; once on
 * H2 and once on a fresh PostgreSQL schema (skipped, saying so, when no PostgreSQL answers).
 */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {"h2", "postgresql"})
class BookingDialogueIT {
    /** The database the class runs on this time: {@code h2} or {@code postgresql}. */
    @Parameter
    String kind;

    @TempDir
    static Path work;
    static AssistantServer server;

    @BeforeParameterizedClassInvocation
    static void start(String kind) throws IOException, URISyntaxException {
        Path content = work.resolve(kind + "-content");
        copy(SampleContent.folder(), content);
        copy(Path.of(BookingDialogueIT.class.getResource("/booking-content").toURI()), content.resolve("activities"));
        String url = TestDatabases.freshUrl(kind);
        server = TestServers.start(work.resolve(kind + "-index"), Map.of("kb.content-dir", content.toString(),
            "db.url", url, "db.user", TestDatabases.user(url)));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBookingConversationGoesAsWritten() throws IOException, URISyntaxException {
        return ConversationFixtures.all(server, "/dialogues-booking");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
